"""Italian day articles and plural forms: one helper each, shared by the letter and the screens."""

from __future__ import annotations

from datetime import date

import pytest

from breakup_tui.core.articles import day_article, day_number, with_article
from breakup_tui.core.formatting import format_day
from breakup_tui.core.i18n import Catalogue, plural_category


@pytest.mark.parametrize(
    ("day", "preposition", "expected"),
    [
        (18, "", "il "),
        (8, "", "l'"),
        (11, "", "l'"),
        (1, "", "il "),
        (8, "di", "dell'"),
        (18, "di", "del "),
        (11, "a", "all'"),
        (1, "da", "dal "),
        (8, "entro", "entro l'"),
        (25, "entro", "entro il "),
        (11, "su", "sull'"),
    ],
)
def test_italian_article_follows_the_number(day: int, preposition: str, expected: str) -> None:
    assert day_article(day, preposition) == expected


def test_the_first_of_the_month_is_written_with_the_ordinal_sign_in_italian_only() -> None:
    assert day_number(1, "it") == "1°"
    assert day_number(1, "en") == "1"
    assert day_number(21, "it") == "21"


@pytest.mark.parametrize(
    ("day", "language", "article", "expected"),
    [
        (date(2026, 12, 11), "it", "entro", "entro l'11 dicembre 2026"),
        (date(2027, 1, 8), "it", "", "l'8 gennaio 2027"),
        (date(2027, 1, 1), "it", "di", "del 1° gennaio 2027"),
        (date(2026, 12, 18), "it", None, "18 dicembre 2026"),
        (date(2026, 12, 11), "en", "entro", "11 December 2026"),
        (date(2027, 1, 1), "en", None, "1 January 2027"),
    ],
)
def test_format_day_puts_the_article_where_italian_needs_it(
    day: date, language: str, article: str | None, expected: str
) -> None:
    assert format_day(day, language, article=article) == expected


def test_weekday_dates_take_no_article() -> None:
    assert format_day(date(2026, 12, 1), "it", weekday=True) == "martedì 1° dicembre 2026"
    assert format_day(date(2026, 12, 24), "en", weekday=True) == "Thursday 24 December 2026"


def test_with_article_leaves_english_alone() -> None:
    assert with_article("8 December", 8, "en") == "8 December"
    assert with_article("8 dicembre", 8, "it") == "l'8 dicembre"


@pytest.mark.parametrize(("count", "expected"), [(0, "other"), (1, "one"), (2, "other"), (-1, "one")])
def test_plural_category(count: int, expected: str) -> None:
    assert plural_category("it", count) == expected
    assert plural_category("en", count) == expected


def test_counted_messages_pick_their_form() -> None:
    messages = {"weeks.one": "{n} settimana", "weeks.other": "{n} settimane", "only.other": "{n} x"}
    it = Catalogue("it", messages)
    assert it.plural("weeks", 1) == "1 settimana"
    assert it.plural("weeks", 3) == "3 settimane"
    # A message with only the general form serves every count.
    assert it.plural("only", 1) == "1 x"
