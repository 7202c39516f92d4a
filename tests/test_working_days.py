"""Working days: the last day, reminders and hand-overs skip weekends and the country's public holidays."""

from __future__ import annotations

from datetime import date

import pytest

from breakup_tui.core.notice import computed_last_day, handover_day, last_day_move
from breakup_tui.core.plan import Plan, Verdict
from breakup_tui.core.working_days import (
    choose_country,
    country_from_environment,
    holiday_name,
    is_working_day,
    known_country,
    next_working_day,
    working_day_on_or_after,
    working_day_on_or_before,
)

TODAY = date(2026, 11, 26)


def ending_on(day: date) -> Plan:
    """A plan whose notice of two weeks, counted from the conversation, ends on ``day``."""
    plan = Plan.new("Acme")
    plan.decide.verdict = Verdict.END
    plan.notice.weeks = 2
    plan.converse.meeting_on = date.fromordinal(day.toordinal() - 14)
    return plan


@pytest.mark.parametrize(
    ("notice_ends", "country", "last_day"),
    [
        (date(2026, 12, 25), "IT", date(2026, 12, 24)),  # Christmas, a Friday -> Thursday
        (date(2026, 12, 25), "GB", date(2026, 12, 24)),
        (date(2026, 12, 25), None, date(2026, 12, 25)),  # no country: only weekends move
        (date(2026, 12, 26), "IT", date(2026, 12, 24)),  # Saturday, after Christmas
        (date(2026, 12, 28), "GB", date(2026, 12, 24)),  # Boxing Day observed on Monday
        (date(2026, 12, 28), "IT", date(2026, 12, 28)),  # an ordinary Monday in Italy
        (date(2026, 12, 8), "IT", date(2026, 12, 7)),  # Immaculate Conception
        (date(2026, 12, 8), "GB", date(2026, 12, 8)),
        (date(2026, 4, 3), "GB", date(2026, 4, 2)),  # Good Friday
        (date(2026, 4, 3), "IT", date(2026, 4, 3)),
        (date(2026, 4, 6), "IT", date(2026, 4, 3)),  # Easter Monday
        (date(2026, 4, 25), "IT", date(2026, 4, 24)),  # Liberation Day, a Saturday anyway
        (date(2026, 6, 2), "IT", date(2026, 6, 1)),  # Republic Day
        (date(2026, 11, 26), "US", date(2026, 11, 25)),  # Thanksgiving
        (date(2026, 12, 12), "IT", date(2026, 12, 11)),  # Saturday -> Friday
        (date(2026, 12, 13), None, date(2026, 12, 11)),  # Sunday -> Friday
        (date(2026, 12, 14), "IT", date(2026, 12, 14)),  # a working Monday stays
    ],
)
def test_the_last_day_moves_back_off_weekends_and_holidays(
    notice_ends: date, country: str | None, last_day: date
) -> None:
    assert computed_last_day(ending_on(notice_ends), TODAY, country) == last_day


@pytest.mark.parametrize(
    ("notice_ends", "country", "language", "holiday"),
    [
        (date(2026, 12, 25), "IT", "en", "Christmas Day"),
        (date(2026, 12, 25), "IT", "it", "Natale"),
        (date(2026, 12, 8), "IT", "it", "Immacolata Concezione"),
        (date(2026, 4, 3), "GB", "en", "Good Friday"),
        (date(2026, 12, 12), "IT", "en", ""),  # a weekend has no name
    ],
)
def test_the_move_names_the_holiday_in_the_interface_language(
    notice_ends: date, country: str, language: str, holiday: str
) -> None:
    move = last_day_move(ending_on(notice_ends), TODAY, country, language)
    assert move.moved_from == notice_ends
    assert move.day < notice_ends
    assert move.holiday == holiday


def test_a_working_day_is_not_moved() -> None:
    move = last_day_move(ending_on(date(2026, 12, 14)), TODAY, "IT", "en")
    assert move.moved_from is None and move.day == date(2026, 12, 14)


@pytest.mark.parametrize(
    ("due", "last_day", "country", "expected"),
    [
        (date(2026, 12, 23), date(2026, 12, 18), "IT", date(2026, 12, 18)),  # never after the last day
        (date(2026, 12, 10), date(2026, 12, 18), "IT", date(2026, 12, 10)),  # earlier due date kept
        (date(2026, 12, 8), date(2026, 12, 18), "IT", date(2026, 12, 7)),  # off a holiday, backwards
        (date(2026, 12, 13), date(2026, 12, 18), None, date(2026, 12, 11)),  # off a Sunday
        (None, date(2026, 12, 18), "IT", date(2026, 12, 18)),  # no due date: by the last day
        (date(2026, 12, 26), None, "GB", date(2026, 12, 24)),  # no last day yet: by the due date
        (None, None, "IT", None),
    ],
)
def test_a_hand_over_is_due_on_or_before_the_last_day(
    due: date | None, last_day: date | None, country: str | None, expected: date | None
) -> None:
    day = handover_day(due, last_day, country)
    assert day == expected
    if day is not None:
        assert is_working_day(day, country)
        assert last_day is None or day <= last_day


@pytest.mark.parametrize(
    ("day", "country", "before", "after", "next_one"),
    [
        (date(2026, 12, 25), "IT", date(2026, 12, 24), date(2026, 12, 28), date(2026, 12, 28)),
        (date(2026, 12, 25), "GB", date(2026, 12, 24), date(2026, 12, 29), date(2026, 12, 29)),
        (date(2026, 12, 24), "IT", date(2026, 12, 24), date(2026, 12, 24), date(2026, 12, 28)),
        (date(2026, 12, 31), "IT", date(2026, 12, 31), date(2026, 12, 31), date(2027, 1, 4)),
        (date(2027, 1, 5), "IT", date(2027, 1, 5), date(2027, 1, 5), date(2027, 1, 7)),  # Epiphany
    ],
)
def test_working_days_either_way(day: date, country: str, before: date, after: date, next_one: date) -> None:
    assert working_day_on_or_before(day, country) == before
    assert working_day_on_or_after(day, country) == after
    assert next_working_day(day, country) == next_one


@pytest.mark.parametrize(
    ("env", "country"),
    [
        ({"LANG": "it_IT.UTF-8"}, "IT"),
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"LANG": "en_US"}, "US"),
        ({"LC_ALL": "de_CH.UTF-8@euro", "LANG": "it_IT"}, "CH"),  # LC_ALL wins
        ({"LANG": "it"}, "IT"),  # Italian without a territory is Italy
        ({"LANG": "en"}, None),  # English alone says nothing about the country
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({}, None),
    ],
)
def test_the_country_defaults_from_the_locale(env: dict[str, str], country: str | None) -> None:
    assert country_from_environment(env) == country
    assert choose_country(None, env) == country


def test_the_settings_country_beats_the_locale() -> None:
    assert choose_country(" gb ", {"LANG": "it_IT.UTF-8"}) == "GB"
    assert choose_country("", {"LANG": "it_IT.UTF-8"}) == "IT"


@pytest.mark.parametrize(("code", "known"), [("IT", True), ("gb", True), ("US", True), ("XX", False)])
def test_unknown_country_codes_are_told_apart(code: str, known: bool) -> None:
    assert known_country(code) is known


def test_an_unknown_country_counts_only_weekends() -> None:
    assert holiday_name(date(2026, 12, 25), "XX") == ""
    assert is_working_day(date(2026, 12, 25), "XX")
