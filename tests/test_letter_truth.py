"""The letter tells the truth: each rule, in English and in each Italian form of address.

Every test runs over the four ways a letter can be written: English, and
Italian to a company (voi), to one person formally (Lei) or informally (tu).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from breakup_tui.core.answers import step_answers
from breakup_tui.core.formatting import word_count
from breakup_tui.core.i18n import set_language
from breakup_tui.core.letter import generated_letter, letter_needed
from breakup_tui.core.plan import HANDOVER_ITEMS, Invoice, Plan, Project, Verdict
from breakup_tui.core.review import find_gaps
from breakup_tui.core.settings import Settings
from tests.conftest import TODAY
from tests.factories import filled_plan, typical_plan

SENDER = Settings(your_name="Sam Rivera", business="Rivera Design", email="sam@rivera.example")
FIXTURES = Path(__file__).parent / "fixtures" / "letters"

WAYS = [("en", "voi"), ("it", "voi"), ("it", "lei"), ("it", "tu")]
IDS = ["en", "it-voi", "it-lei", "it-tu"]
ways = pytest.mark.parametrize(("language", "address"), WAYS, ids=IDS)

# What each language writes for each rule, so one test checks all four letters.
PAST_TALK = {"en": "As we discussed on ", "it": "nel nostro colloquio "}
ANY_TALK = {"en": "discussed", "it": "colloquio"}
OVERDUE = {"en": "overdue since 25 November 2026", "it": "scaduta il 25 novembre 2026"}
SETTLE_FIRST = {"en": "as a priority", "it": "con priorità"}
DECISION = {"en": "I have decided to end", "it": "ho deciso di concludere"}
OFFER = {"en": "I am happy to answer them", "it": "disposizione"}
PROMISE_WORDS = {
    "en": ("project files", "domains", "interview"),
    "it": ("file dei progetti", "domini", "sostitu"),
}

# Words only one Italian form uses; a letter must hold its own and none of the others.
FORM_WORDS = {
    "voi": re.compile(r"\b(vi|Vi|vostr[aoie]|potete|avete)\b|(arvi|ervi|irvi)\b"),
    "lei": re.compile(
        r"\b(Sua|Suo|Lei)\b|[a-z](Le|La)\b|\bLe (scrivo|ho|chiedo|consegnerò|serve|consiglio|auguro)\b"
    ),
    "tu": re.compile(r"\b(ti|Ti|tu[ao]|te|puoi|hai|Ciao)\b|(arti|erti|irti)\b"),
}
_NESTED = re.compile(r"\([^()]*\(")


def plan_in(language: str, address: str, plan: Plan | None = None) -> Plan:
    plan = plan or typical_plan()
    plan.client.language = language
    plan.client.address = address
    plan.thank.thanks = ""
    return plan


def body_of(plan: Plan) -> str:
    return generated_letter(plan, SENDER, TODAY).body


# -- 1. outputs follow the verdict ------------------------------------------------


@ways
def test_a_kept_client_needs_no_letter_and_the_missing_list_says_only_that(
    language: str, address: str
) -> None:
    plan = plan_in(language, address)
    plan.decide.verdict = Verdict.KEEP
    assert not letter_needed(plan)
    assert [gap.step for gap in find_gaps(plan, SENDER, TODAY)] == ["decide"]


@ways
def test_an_undecided_plan_gets_a_draft_and_the_missing_list_leads_with_the_verdict(
    language: str, address: str
) -> None:
    plan = plan_in(language, address)
    plan.decide.verdict = Verdict.UNDECIDED
    assert letter_needed(plan)
    assert body_of(plan).strip()
    gaps = find_gaps(plan, SENDER, TODAY)
    assert gaps[0].step == "decide" and "No verdict yet" in gaps[0].message


@ways
def test_a_fading_relationship_gets_the_short_note(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.decide.verdict = Verdict.FADE
    body = body_of(plan)
    assert letter_needed(plan)
    assert "INV-104" not in body and "Website redesign" not in body
    assert word_count(body) < 80


# -- 2. tense follows the facts ---------------------------------------------------


@ways
@pytest.mark.parametrize("days_ahead", [1, 6])
def test_before_the_conversation_the_letter_presumes_nothing(
    language: str, address: str, days_ahead: int
) -> None:
    plan = plan_in(language, address)
    plan.converse.meeting_on = TODAY + timedelta(days=days_ahead)
    body = body_of(plan)
    assert ANY_TALK[language] not in body
    assert DECISION[language] in body
    gaps = find_gaps(plan, SENDER, TODAY)
    assert [g.step for g in gaps] == ["converse"]
    assert "talk first" in gaps[0].message


@ways
@pytest.mark.parametrize("days_ago", [0, 2])
def test_after_the_conversation_the_letter_names_its_date(language: str, address: str, days_ago: int) -> None:
    plan = plan_in(language, address)
    plan.converse.meeting_on = TODAY - timedelta(days=days_ago)
    body = body_of(plan)
    day = (TODAY - timedelta(days=days_ago)).day
    expected = {"en": f"As we discussed on {day} November 2026,", "it": f"colloquio del {day} novembre 2026,"}
    assert expected[language] in body
    assert find_gaps(plan, SENDER, TODAY) == []


@ways
def test_without_a_meeting_date_the_conversation_comes_first(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.converse.meeting_on = None
    assert ANY_TALK[language] not in body_of(plan)
    assert [g.step for g in find_gaps(plan, SENDER, TODAY)][:1] == ["converse"]


def test_italian_names_the_talk_with_the_right_article() -> None:
    plan = plan_in("it", "voi")
    plan.converse.meeting_on = date(2026, 11, 11)
    assert "colloquio dell'11 novembre 2026" in body_of(plan)
    plan.converse.meeting_on = date(2026, 11, 1)
    assert "colloquio del 1° novembre 2026" in body_of(plan)


# -- 3. only what the user chose becomes a promise --------------------------------


@ways
def test_an_untouched_checklist_promises_nothing(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.options.handover = dict.fromkeys(HANDOVER_ITEMS, "undecided")
    body = body_of(plan)
    for words in PROMISE_WORDS[language]:
        assert words not in body
    undecided = [g for g in find_gaps(plan, SENDER, TODAY) if g.step == "options"]
    assert len(undecided) == len(HANDOVER_ITEMS)


def test_a_new_plan_starts_with_every_item_undecided_and_the_summary_says_so() -> None:
    plan = Plan.new("Acme")
    assert set(plan.options.handover.values()) == {"undecided"}
    answers = dict(step_answers(plan, "options", TODAY))
    assert answers["Hand-over"] == "0 to do, 0 done, 0 not needed, 6 not decided"
    assert answers["Not decided yet"].startswith("Files, Accounts and passwords")
    plan.options.handover["files"] = "todo"
    assert "Files" not in dict(step_answers(plan, "options", TODAY))["Not decided yet"]


@ways
def test_company_property_is_handed_to_the_company(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.options.accounts = []
    plan.options.handover.update(accounts="todo", domains="todo")
    body = body_of(plan)
    expected = {
        "en": ("accounts and passwords that belong to Acme Studio", "in the name of Acme Studio"),
        "it": ("di proprietà di Acme Studio", "a nome di Acme Studio"),
    }
    for words in expected[language]:
        assert words in body
    assert "Sua proprietà" not in body and "intestarLe" not in body


# -- 4. money and dates read right ------------------------------------------------


@ways
def test_an_invoice_due_yesterday_is_overdue_and_asked_for_first(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.notice.invoices[0].due = TODAY - timedelta(days=1)
    body = body_of(plan)
    assert OVERDUE[language] in body
    assert SETTLE_FIRST[language] in body


@ways
def test_one_invoice_is_written_in_the_singular_and_two_overdue_in_the_plural(
    language: str, address: str
) -> None:
    plan = plan_in(language, address)
    plan.notice.invoices = [Invoice("A-1", Decimal("100"), "EUR", date(2026, 12, 8))]
    one = body_of(plan)
    assert {"en": "Invoice A-1 for €100.00 is due on 8 December 2026.", "it": "scade l'8 dicembre 2026."}[
        language
    ] in one
    assert {"en": "These invoices", "it": "Queste fatture"}[language] not in one
    plan.notice.invoices = [
        Invoice("B-2", Decimal("50"), "EUR", date(2026, 11, 20)),
        Invoice("A-1", Decimal("100"), "EUR", date(2026, 11, 1)),
    ]
    two = body_of(plan)
    assert {"en": "These invoices are overdue", "it": "Queste fatture sono scadute"}[language] in two
    # Oldest first, whatever order they were typed in; Italian writes the first of the month "il 1°".
    assert two.index("A-1") < two.index("B-2")
    if language == "it":
        assert "scaduta il 1° novembre 2026" in two


@ways
def test_projects_are_listed_in_date_order(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.notice.projects = [
        Project("Zeta", date(2026, 12, 9), "finish"),
        Project("Alfa", date(2026, 12, 3), "finish"),
        Project("Undated", None, "finish"),
    ]
    body = body_of(plan)
    assert body.index("Alfa") < body.index("Zeta") < body.index("Undated")


@ways
def test_totals_are_per_currency_with_the_right_number(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.notice.invoices.append(Invoice("US-1", Decimal("75"), "USD", date(2026, 12, 20)))
    body = body_of(plan)
    expected = {
        "en": "In total, €1,650.50 and $75.00 are outstanding.",
        "it": "In totale, gli importi da saldare sono 1.650,50 € e 75,00 USD.",
    }
    assert expected[language] in body


# -- 6. a letter a professional sends unedited --------------------------------------


@ways
def test_the_typical_letter_reads_like_a_letter(language: str, address: str) -> None:
    body = body_of(plan_in(language, address))
    limit = {"en": 200, "it": 220}[language]
    assert word_count(body) <= limit
    lines = body.splitlines()
    bullets = [line for line in lines if line.startswith("- ")]
    assert bullets == []  # a handful of items reads as a sentence
    assert not _NESTED.search(body)
    assert DECISION[language] in body
    assert OFFER[language] in body
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 3]
    assert len(sentences) == len(set(sentences))
    together = {"en": "our work together", "it": "la nostra collaborazione"}[language]
    assert body.count(together) <= 1


@ways
def test_a_one_item_list_is_a_sentence_and_long_lists_are_bullets(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.options.handover = dict.fromkeys(HANDOVER_ITEMS, "not_applicable")
    plan.options.handover["files"] = "todo"
    assert "\n- " not in body_of(plan)
    plan.options.handover = dict.fromkeys(HANDOVER_ITEMS, "todo")
    assert body_of(plan).count("\n- ") == len(HANDOVER_ITEMS)


@ways
def test_a_referral_with_brackets_of_its_own_gets_no_more(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.options.referrals[0].speciality = "Email newsletters (Mailchimp)"
    body = body_of(plan)
    assert "Mario Rossi, Email newsletters (Mailchimp), mario@example.com" in body
    assert not _NESTED.search(body)


@pytest.mark.parametrize("address", ["voi", "lei", "tu"])
def test_one_italian_letter_keeps_one_form_of_address(address: str) -> None:
    plan = plan_in("it", address)
    plan.options.handover = dict.fromkeys(HANDOVER_ITEMS, "todo")
    plan.options.interim_tools = "Trello"
    letter = generated_letter(plan, SENDER, TODAY)
    text = letter.subject + "\n" + letter.body
    assert FORM_WORDS[address].search(text), address
    for other, words in FORM_WORDS.items():
        if other != address:
            assert not words.search(text), (address, other, words.findall(text))
    plan.decide.verdict = Verdict.FADE
    note = body_of(plan)
    for other, words in FORM_WORDS.items():
        if other != address:
            assert not words.search(note), (address, other)


@ways
def test_the_greeting_uses_the_chosen_name_else_the_first_name(language: str, address: str) -> None:
    plan = plan_in(language, address)
    hello = {"en": "Dear", "it": "Ciao" if address == "tu" else "Gentile"}[language]
    assert body_of(plan).startswith(f"{hello} Jane,")
    plan.client.greeting = "Dr Doe"
    assert body_of(plan).startswith(f"{hello} Dr Doe,")
    plan.client.contact = plan.client.greeting = ""
    assert "Jane" not in body_of(plan).splitlines()[0]


@ways
def test_the_reference_letter(language: str, address: str) -> None:
    """The letter a reviewer read as the client would; a change to it must be read again."""
    name = "en" if language == "en" else f"it-{address}"
    expected = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    letter = generated_letter(plan_in(language, address), SENDER, TODAY)
    assert f"Subject: {letter.subject}\n\n{letter.body}" == expected


def test_missing_messages_speak_the_interface_language() -> None:
    set_language("it")
    plan = plan_in("en", "voi", filled_plan())
    gaps = find_gaps(plan, SENDER, TODAY)
    assert any("colloquio" in g.message for g in gaps)


@ways
def test_the_users_own_full_stop_is_not_doubled(language: str, address: str) -> None:
    plan = plan_in(language, address)
    plan.options.interim_tools = "A shared drive for the brand assets."
    body = body_of(plan)
    assert "A shared drive for the brand assets." in body
    assert ".." not in body
