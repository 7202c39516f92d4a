"""Dates are typed the way people write them, and shown back in the same order."""

from __future__ import annotations

from datetime import date

import pytest

from breakup_tui.core.i18n import set_language, t
from breakup_tui.core.parse import InputProblem, date_problem, parse_date, typed_date

DECEMBER_2 = date(2026, 12, 2)


@pytest.mark.parametrize(
    "typed",
    [
        "02/12/2026",
        "2/12/2026",
        "2/12/26",
        "02-12-2026",
        "2-12-26",
        "02.12.2026",
        "2.12.26",
        "2026-12-02",
        " 02/12/2026 ",
    ],
)
def test_the_forms_people_type_all_read_as_the_same_day(typed: str) -> None:
    assert parse_date(typed) == DECEMBER_2


@pytest.mark.parametrize("typed", ["31/02/2026", "30.02.26", "2026-02-30", "00/12/2026", "12/13/2026"])
def test_an_impossible_date_says_so_and_repeats_what_was_typed(typed: str) -> None:
    with pytest.raises(InputProblem) as problem:
        parse_date(typed)
    assert typed in str(problem.value)
    assert str(problem.value) != t("input.date_format")


@pytest.mark.parametrize("typed", ["2/12", "02/12-2026", "dicembre", "2026/12/02", "02/12/202"])
def test_a_form_that_is_not_a_date_explains_the_expected_one(typed: str) -> None:
    assert date_problem(typed) == t("input.date_format")


def test_the_italian_explanation_is_in_italian_and_gives_the_italian_order() -> None:
    set_language("it")
    assert "GG/MM/AAAA" in t("input.date_format")
    assert t("notice.date_placeholder") == "GG/MM/AAAA"
    with pytest.raises(InputProblem, match="31/02/2026 non è una data"):
        parse_date("31/02/2026")


def test_a_field_shows_a_date_day_first_and_reads_it_back() -> None:
    assert typed_date(DECEMBER_2) == "02/12/2026"
    assert typed_date(date(2027, 1, 8)) == "08/01/2027"
    assert parse_date(typed_date(date(2027, 1, 8))) == date(2027, 1, 8)
    assert t("decide.date_placeholder") == "DD/MM/YYYY"
