"""The last working day and the notice warnings, computed in the core."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from breakup_tui.core.humanize import short_date
from breakup_tui.core.i18n import set_language
from breakup_tui.core.notice import (
    computed_last_day,
    effective_last_day,
    last_working_day,
    notice_advice,
    timeline_events,
)
from breakup_tui.core.parse import amount_problem, number_problem, parse_amount
from breakup_tui.core.plan import Invoice, Plan, Project, Verdict
from breakup_tui.core.working_days import working_day_on_or_before
from tests.factories import filled_plan

TODAY = date(2026, 11, 26)  # a Thursday


def plan_with(
    *,
    meeting: date | None = None,
    weeks: int = 2,
    projects: list[Project] | None = None,
    stop: str | None = None,
    invoices: list[Invoice] | None = None,
    contract_days: int | None = None,
) -> Plan:
    plan = Plan.new("Acme")
    plan.decide.verdict = Verdict.END
    plan.converse.meeting_on = meeting
    plan.notice.weeks = weeks
    plan.notice.projects = projects or []
    plan.notice.stopping_point = stop
    plan.notice.invoices = invoices or []
    plan.notice.contract_notice_days = contract_days
    return plan


def ids(plan: Plan) -> list[str]:
    return [a.id for a in notice_advice(plan, TODAY)]


# -- the last working day -----------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 11), date(2026, 12, 11)),  # Friday stays
        (date(2026, 12, 12), date(2026, 12, 11)),  # Saturday -> Friday
        (date(2026, 12, 13), date(2026, 12, 11)),  # Sunday -> Friday
        (date(2026, 12, 14), date(2026, 12, 14)),  # Monday stays
    ],
)
def test_weekends_move_back_to_the_friday_before(day: date, expected: date) -> None:
    # With no country, only weekends are not working days.
    assert working_day_on_or_before(day, None) == expected


def test_with_no_conversation_and_no_projects_notice_counts_from_today() -> None:
    assert computed_last_day(plan_with(), TODAY) == date(2026, 12, 10)


def test_notice_counts_from_the_conversation_date() -> None:
    assert computed_last_day(plan_with(meeting=date(2026, 12, 2)), TODAY) == date(2026, 12, 16)


def test_notice_ending_on_a_weekend_ends_on_the_friday_before() -> None:
    # Saturday 28 Nov + 2 weeks = Saturday 12 Dec -> Friday 11 Dec
    assert computed_last_day(plan_with(meeting=date(2026, 11, 28)), TODAY) == date(2026, 12, 11)


def test_a_stopping_point_later_than_the_notice_wins() -> None:
    plan = plan_with(projects=[Project("Site", date(2027, 1, 15), "finish")], stop="Site")
    assert computed_last_day(plan, TODAY) == date(2027, 1, 15)


def test_a_stopping_point_earlier_than_the_notice_does_not_shorten_it() -> None:
    plan = plan_with(projects=[Project("Site", date(2026, 12, 1), "finish")], stop="Site")
    assert computed_last_day(plan, TODAY) == date(2026, 12, 10)


def test_a_stopping_point_on_a_sunday_moves_to_the_friday_before() -> None:
    plan = plan_with(projects=[Project("Site", date(2027, 1, 17), "finish")], stop="Site")
    assert computed_last_day(plan, TODAY) == date(2027, 1, 15)


def test_projects_that_are_not_the_stopping_point_do_not_move_the_day() -> None:
    plan = plan_with(projects=[Project("Site", date(2027, 3, 1), "hand_over")])
    assert computed_last_day(plan, TODAY) == date(2026, 12, 10)


def test_a_stopping_point_without_a_due_date_is_ignored() -> None:
    plan = plan_with(projects=[Project("Site", None, "finish")], stop="Site")
    assert computed_last_day(plan, TODAY) == date(2026, 12, 10)


def test_an_override_wins_even_on_a_weekend_and_is_kept_as_typed() -> None:
    plan = plan_with(meeting=date(2026, 12, 2))
    plan.notice.last_day = date(2026, 12, 19)  # a Saturday, the user's choice
    assert last_working_day(plan, TODAY) == date(2026, 12, 19)
    assert effective_last_day(plan, TODAY) == date(2026, 12, 19)
    assert computed_last_day(plan, TODAY) == date(2026, 12, 16)


@pytest.mark.parametrize("verdict", [Verdict.UNDECIDED, Verdict.KEEP, Verdict.FADE])
def test_only_ending_it_gives_an_effective_last_day(verdict: Verdict) -> None:
    plan = plan_with()
    plan.decide.verdict = verdict
    assert effective_last_day(plan, TODAY) is None
    assert last_working_day(plan, TODAY) == date(2026, 12, 10)


# -- warnings ------------------------------------------------------------------


def test_the_filled_example_warns_only_about_the_invoice_due_after_the_last_day() -> None:
    assert ids(filled_plan()) == ["invoice_after_last_day"]


def test_a_project_due_after_the_last_day_needs_a_hand_over() -> None:
    late = Project("Newsletter", date(2026, 12, 22), "finish")
    advice = notice_advice(plan_with(projects=[late], stop=None), TODAY)
    assert "project_after_last_day" in [a.id for a in advice]
    assert any("Newsletter" in a.message and "22 Dec 2026" in a.message for a in advice)
    late.plan = "hand_over"
    assert "project_after_last_day" not in ids(plan_with(projects=[late]))


def test_a_notice_shorter_than_the_contracts_is_flagged() -> None:
    advice = notice_advice(plan_with(contract_days=30), TODAY)
    [short] = [a for a in advice if a.id == "shorter_than_contract"]
    assert "14 days" in short.message and "30" in short.message and "5 weeks" in short.message
    assert "shorter_than_contract" not in ids(plan_with(contract_days=14))


def test_moving_off_a_weekend_can_make_the_notice_shorter_than_the_contract() -> None:
    # From Saturday 28 Nov, two weeks end on Friday 11 Dec: 13 days.
    assert "shorter_than_contract" in ids(plan_with(meeting=date(2026, 11, 28), contract_days=14))


def test_unpaid_invoices_due_after_the_last_day_are_flagged_and_paid_ones_are_not() -> None:
    unpaid = Invoice("INV-9", Decimal("10"), "EUR", date(2027, 1, 10), False)
    paid = Invoice("INV-8", Decimal("10"), "EUR", date(2027, 1, 10), True)
    assert ids(plan_with(invoices=[unpaid])) == ["invoice_after_last_day"]
    assert ids(plan_with(invoices=[paid])) == []


def test_past_due_dates_are_allowed_but_pointed_out() -> None:
    old_project = Project("Logo", date(2026, 11, 2), "finish")
    overdue = Invoice("INV-1", Decimal("10"), "EUR", date(2026, 11, 1), False)
    found = ids(plan_with(projects=[old_project], stop="Logo", invoices=[overdue]))
    assert "project_past" in found and "invoice_overdue" in found


def test_an_override_in_the_past_is_pointed_out() -> None:
    plan = plan_with()
    plan.notice.last_day = date(2026, 11, 20)
    assert "last_day_past" in ids(plan)


def test_projects_without_a_stopping_point_suggest_one_and_an_unknown_one_is_flagged() -> None:
    site = Project("Site", date(2026, 12, 4), "finish")
    assert "pick_stopping_point" in ids(plan_with(projects=[site]))
    assert "unknown_stopping_point" in ids(plan_with(projects=[site], stop="Old name"))


def test_a_project_with_no_plan_asks_finish_or_hand_over() -> None:
    assert "project_no_plan" in ids(plan_with(projects=[Project("Site", None, None)], stop="Site"))


def test_months_of_notice_are_more_than_needed_unless_the_contract_or_income_asks() -> None:
    assert "long_notice" in ids(plan_with(weeks=8))
    assert "long_notice" not in ids(plan_with(weeks=8, contract_days=60))
    busy = plan_with(weeks=8)
    busy.client.income_share = 45
    assert "long_notice" not in ids(busy)


# -- timeline ------------------------------------------------------------------


def test_the_timeline_holds_today_the_due_dates_and_the_last_day_in_order() -> None:
    events = timeline_events(filled_plan(), TODAY)
    assert [(e.day, e.kind, e.label) for e in events] == [
        (date(2026, 11, 26), "today", "today"),
        (date(2026, 11, 30), "invoice", "INV-104"),
        (date(2026, 12, 10), "project", "Website redesign"),
        (date(2026, 12, 16), "last_day", "LAST WORKING DAY"),
        (date(2026, 12, 18), "invoice", "INV-105"),
        (date(2026, 12, 22), "project", "Newsletter templates"),
    ]
    assert events[2].detail == "finish, stopping point"
    assert events[1].detail == "€1,200.00, unpaid"


# -- what is typed -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1200", "1200"), ("1,200.50", "1200.50"), ("1200.5", "1200.5"), ("1.200,50", "1200.50")],
)
def test_amounts_are_read_as_decimals(text: str, amount: str) -> None:
    assert parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["12abc", "", "1,2,3", "-5"])
def test_what_is_not_an_amount_is_refused_with_a_message(text: str) -> None:
    assert amount_problem(text) == "Write an amount such as 1200, 1,200.50 or 1200.5."


def test_whole_numbers_are_checked_against_their_range() -> None:
    weeks = number_problem(0, 104)
    share = number_problem(0, 100, optional=True)
    assert weeks("2") is None and weeks("104") is None
    assert weeks("") == weeks("105") == weeks("2.5") == "Enter a whole number from 0 to 104."
    assert share("") is None and share("101") is not None


def test_on_screen_dates_can_name_the_weekday_in_either_language() -> None:
    assert short_date(date(2026, 12, 16), weekday=True) == "Wed 16 Dec 2026"
    assert short_date(date(2026, 12, 16), weekday=True, year=False) == "Wed 16 Dec"
    set_language("it")
    assert short_date(date(2026, 12, 16), weekday=True) == "mer 16 dic 2026"
