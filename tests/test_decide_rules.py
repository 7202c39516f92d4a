"""What the verdict sets in motion and the advice around it, computed in the core."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from breakup_tui.core.decide import (
    HIGH_INCOME_SHARE,
    apply_verdict,
    decide_advice,
    incident_date_problem,
    incidents_by_month,
)
from breakup_tui.core.plan import STEP_IDS, Incident, Invoice, Plan, Project, Status, Verdict

TODAY = date(2026, 11, 26)


def ids(plan: Plan) -> list[str]:
    return [a.id for a in decide_advice(plan, TODAY)]


def ending(*incidents: Incident, decided: date = TODAY) -> Plan:
    plan = Plan.new("Acme")
    plan.decide.incidents = list(incidents)
    plan.decide.reasons = ["late_payment"]
    apply_verdict(plan, Verdict.END, decided)
    return plan


def statuses(plan: Plan) -> dict[str, Status]:
    return {step: plan.progress.status_of(step) for step in STEP_IDS}


# -- verdict -------------------------------------------------------------------


def test_setting_a_verdict_dates_it_and_undecided_clears_the_date() -> None:
    plan = Plan.new("Acme")
    apply_verdict(plan, Verdict.END, TODAY)
    assert plan.decide.decided_on == TODAY
    apply_verdict(plan, Verdict.UNDECIDED, TODAY)
    assert plan.decide.decided_on is None


def test_keeping_them_ends_the_flow() -> None:
    plan = Plan.new("Acme")
    plan.progress.status["decide"] = Status.IN_PROGRESS
    apply_verdict(plan, Verdict.KEEP, TODAY)
    assert statuses(plan) == {"decide": Status.IN_PROGRESS} | dict.fromkeys(STEP_IDS[1:], Status.NOT_NEEDED)


def test_letting_it_fade_skips_steps_two_to_six_and_keeps_the_note() -> None:
    plan = Plan.new("Acme")
    apply_verdict(plan, Verdict.FADE, TODAY)
    skipped = [s for s, status in statuses(plan).items() if status is Status.NOT_NEEDED]
    assert skipped == ["converse", "notice", "options", "waffle", "thank"]
    assert plan.progress.status_of("writing") is Status.NOT_STARTED


def test_changing_back_to_end_it_brings_the_skipped_steps_back_and_keeps_finished_ones() -> None:
    plan = Plan.new("Acme")
    plan.progress.status["converse"] = Status.DONE
    apply_verdict(plan, Verdict.KEEP, TODAY)
    apply_verdict(plan, Verdict.END, TODAY)
    assert Status.NOT_NEEDED not in statuses(plan).values()
    apply_verdict(plan, Verdict.FADE, TODAY)
    apply_verdict(plan, Verdict.KEEP, TODAY)
    assert plan.progress.status_of("writing") is Status.NOT_NEEDED


# -- advice --------------------------------------------------------------------


def test_deciding_on_the_day_of_the_latest_incident_says_sleep_on_it() -> None:
    plan = ending(Incident(date(2026, 9, 1), "haggling"), Incident(TODAY, "negative"))
    assert "cool_off_same_day" in ids(plan)
    assert "cool_off_same_day" not in ids(
        ending(Incident(date(2026, 11, 20), "negative"), Incident(date(2026, 9, 1), "haggling"))
    )


def test_a_verdict_resting_on_a_single_incident_says_sleep_on_it() -> None:
    assert "cool_off_single" in ids(ending(Incident(date(2026, 10, 1), "negative")))
    two = ending(Incident(date(2026, 10, 1), "negative"), Incident(date(2026, 9, 1), "haggling"))
    assert "cool_off_single" not in ids(two)


def test_no_cool_off_warning_while_undecided() -> None:
    plan = Plan.new("Acme")
    plan.decide.incidents = [Incident(TODAY, "negative")]
    assert not {"cool_off_same_day", "cool_off_single"} & set(ids(plan))


@pytest.mark.parametrize(
    ("share", "warned"), [(HIGH_INCOME_SHARE - 1, False), (HIGH_INCOME_SHARE, True), (80, True)]
)
def test_a_high_income_share_says_line_up_replacement_income(share: int, warned: bool) -> None:
    plan = ending(Incident(date(2026, 10, 1), "negative"))
    plan.client.income_share = share
    assert ("high_income" in ids(plan)) is warned
    if warned:
        [advice] = [a for a in decide_advice(plan, TODAY) if a.id == "high_income"]
        assert f"{share}%" in advice.message and "longer notice" in advice.message


def test_a_high_income_impact_on_the_gut_check_warns_too_but_not_when_keeping_them() -> None:
    plan = ending(Incident(date(2026, 10, 1), "negative"))
    plan.decide.impact_income = 4
    assert "high_income" in ids(plan)
    apply_verdict(plan, Verdict.KEEP, TODAY)
    assert "high_income" not in ids(plan)


def test_letting_it_fade_is_offered_only_when_nothing_is_in_progress_and_all_is_paid() -> None:
    plan = Plan.new("Acme")
    plan.notice.invoices = [Invoice("INV-1", Decimal("100"), "EUR", None, True)]
    assert "fade_fits" in ids(plan)
    plan.notice.invoices[0].paid = False
    assert "fade_fits" not in ids(plan)
    plan.notice.invoices = []
    plan.notice.projects = [Project("Site")]
    assert "fade_fits" not in ids(plan)


def test_late_payment_is_named_the_clearest_reason_while_undecided() -> None:
    plan = Plan.new("Acme")
    assert "late_payment" not in ids(plan)
    plan.decide.incidents = [Incident(date(2026, 10, 1), "late_payment")]
    assert "late_payment" in ids(plan)


def test_ending_it_with_nothing_written_down_asks_why_and_always_says_talk_first() -> None:
    plan = Plan.new("Acme")
    apply_verdict(plan, Verdict.END, TODAY)
    assert {"no_reasons", "talk_first"} <= set(ids(plan))
    plan.decide.reasons = ["haggling"]
    assert "no_reasons" not in ids(plan)


def test_an_incident_cannot_be_in_the_future() -> None:
    assert incident_date_problem("2026-11-26", TODAY) is None
    assert incident_date_problem("2026-11-27", TODAY) is not None
    assert incident_date_problem("27/11", TODAY) is not None


# -- chart ---------------------------------------------------------------------


def test_incidents_are_counted_per_month_over_the_last_twelve() -> None:
    incidents = [
        Incident(date(2026, 10, 2), "late_payment"),
        Incident(date(2026, 10, 20), "late_payment"),
        Incident(date(2026, 8, 14), "haggling"),
        Incident(date(2025, 12, 1), "negative"),  # the oldest month shown
        Incident(date(2025, 11, 30), "negative"),  # thirteen months back: left out
    ]
    months = incidents_by_month(incidents, TODAY)
    assert len(months) == 12
    assert months[0].first_day == date(2025, 12, 1) and months[-1].first_day == date(2026, 11, 1)
    assert [m.count for m in months] == [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 0]
    assert months[10].kinds == {"late_payment": 2}


def test_letting_it_fade_waits_for_step_three_and_stops_once_ending_it() -> None:
    plan = Plan.new("Acme")
    # Nothing known about the work or the invoices yet: no ground to suggest a fade.
    assert "fade_fits" not in ids(plan)
    plan.notice.invoices = [Invoice("INV-1", Decimal("100"), "EUR", None, True)]
    assert "fade_fits" in ids(plan)
    apply_verdict(plan, Verdict.END, TODAY)
    assert "fade_fits" not in ids(plan)
