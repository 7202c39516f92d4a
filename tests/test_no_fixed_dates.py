"""No suggestion in any catalogue carries a date of its own: a date shown to the user comes from the plan."""

from __future__ import annotations

import re
from typing import Any

import pytest

from breakup_tui.core.i18n import catalogue

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}


def texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for item in value for t in texts(item)]
    if isinstance(value, dict):
        return [t for item in value.values() for t in texts(item)]
    return []


@pytest.mark.parametrize("language", ["en", "it"])
def test_no_suggestion_names_a_day_of_a_month(language: str) -> None:
    months = "|".join(MONTHS[language].split())
    fixed_date = re.compile(rf"\b\d{{1,2}}°? (?:{months})\b|\b(?:{months}) \d{{1,2}}\b", re.IGNORECASE)
    m = catalogue(language)
    offenders = [
        (key, text)
        for key, value in m.messages.items()
        if "suggest" in key or key.startswith(("tone.", "waffle.", "thank."))
        for text in texts(value)
        if fixed_date.search(text)
    ]
    assert offenders == []
