"""Suggestions said to the client carry the plan's own facts, in the letter's language and form of address."""

from __future__ import annotations

import re
from datetime import date

import pytest

from breakup_tui.core.i18n import catalogue
from breakup_tui.core.plan import PUSHBACK_KINDS
from breakup_tui.core.suggestions import pushback_answer, thank_suggestions
from tests.conftest import TODAY
from tests.factories import typical_plan
from tests.test_letter_truth import FORM_WORDS, IDS, WAYS

# A written date: a day number next to a month name, in either language.
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
)
_A_DATE = re.compile(rf"\d{{1,2}}°? ({_MONTHS})|({_MONTHS}) \d{{1,2}}")
_OURS = ("thank.suggest_thanks", "thank.suggest_reason", "waffle.suggest_", "waffle.commitment_placeholder")


def _texts(value: object) -> list[str]:
    if isinstance(value, dict):
        return [text for form in value.values() for text in _texts(form)]
    if isinstance(value, list):
        return [str(text) for text in value]
    return [str(value)]


@pytest.mark.parametrize("language", ["en", "it"])
def test_no_suggestion_in_the_catalogue_carries_a_date_of_its_own(language: str) -> None:
    for key, value in catalogue(language).messages.items():
        if key.startswith(_OURS):
            for text in _texts(value):
                assert not _A_DATE.search(text), (key, text)


@pytest.mark.parametrize(("language", "address"), WAYS, ids=IDS)
def test_answers_name_the_plans_own_last_day(language: str, address: str) -> None:
    plan = typical_plan(language, address)
    expected = {"en": "remains 10 December 2026", "it": "resta il 10 dicembre 2026"}[language]
    assert expected in pushback_answer(plan, "more_money", TODAY)
    plan.notice.last_day = date(2026, 12, 8)
    moved = {"en": "remains 8 December 2026", "it": "resta l'8 dicembre 2026"}[language]
    assert moved in pushback_answer(plan, "discount", TODAY)
    thanks = thank_suggestions(plan, "thanks", TODAY)
    assert len(thanks) == 3 and any("Acme Studio" in text for text in thanks)


@pytest.mark.parametrize("address", ["voi", "lei", "tu"])
def test_italian_suggestions_use_the_letters_form_of_address(address: str) -> None:
    plan = typical_plan("it", address)
    said = [pushback_answer(plan, kind, TODAY) for kind in PUSHBACK_KINDS]
    said += thank_suggestions(plan, "thanks", TODAY) + thank_suggestions(plan, "reason_if_asked", TODAY)
    text = "\n".join(said)
    assert "{" not in text
    for other, words in FORM_WORDS.items():
        if other != address:
            assert not words.search(text), (address, other, words.findall(text))
