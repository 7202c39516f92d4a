"""Step 1: what the verdict sets in motion, and the advice the decision deserves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from breakup_tui.core.advice import Advice
from breakup_tui.core.i18n import t
from breakup_tui.core.parse import InputProblem, parse_date
from breakup_tui.core.plan import REASONS, STEP_IDS, Incident, Plan, Status, Verdict

# A client paying this share of your income (percent) or more is hard to replace quickly.
HIGH_INCOME_SHARE = 30
# On the 1-5 gut-check scale, this or more means "a lot".
HIGH_IMPACT = 4
# Incident kinds: the reasons, plus anything else.
INCIDENT_KINDS = (*REASONS, "other")
# How far back the incident chart looks.
CHART_MONTHS = 12

# Steps a verdict makes unnecessary: keeping them ends the flow; a fade needs only a friendly note.
_NOT_NEEDED: dict[Verdict, tuple[str, ...]] = {
    Verdict.KEEP: STEP_IDS[1:],
    Verdict.FADE: ("converse", "notice", "options", "waffle", "thank"),
}


def steps_not_needed(verdict: Verdict) -> tuple[str, ...]:
    return _NOT_NEEDED.get(verdict, ())


def apply_verdict(plan: Plan, verdict: Verdict, today: date) -> None:
    """Set the verdict, date it, and mark the steps it makes unnecessary (or needed again)."""
    plan.decide.verdict = verdict
    plan.decide.decided_on = None if verdict is Verdict.UNDECIDED else today
    skipped = steps_not_needed(verdict)
    for step in STEP_IDS[1:]:
        status = plan.progress.status_of(step)
        if step in skipped:
            plan.progress.status[step] = Status.NOT_NEEDED
        elif status is Status.NOT_NEEDED:
            plan.progress.status[step] = Status.NOT_STARTED


def incident_date_problem(text: str, today: date) -> str | None:
    """An incident is something that happened: a readable date, not in the future."""
    try:
        day = parse_date(text)
    except InputProblem as problem:
        return str(problem)
    return t("decide.incident_in_future") if day > today else None


def latest_incident(plan: Plan) -> Incident | None:
    return max(plan.decide.incidents, key=lambda i: i.date, default=None)


def fade_fits(plan: Plan) -> bool:
    """No work in progress and nothing owed, so the relationship can simply fade.

    Only once step 3 holds something: an empty notice says nothing yet about the work or the money.
    """
    notice = plan.notice
    known = bool(notice.projects or notice.invoices)
    return known and not notice.projects and all(invoice.paid for invoice in notice.invoices)


def income_at_stake(plan: Plan) -> bool:
    share = plan.client.income_share
    impact = plan.decide.impact_income
    return (share is not None and share >= HIGH_INCOME_SHARE) or (
        impact is not None and impact >= HIGH_IMPACT
    )


def decide_advice(plan: Plan, today: date) -> list[Advice]:
    """What to think over before (and right after) setting the verdict."""
    decide = plan.decide
    verdict = decide.verdict
    advice: list[Advice] = []
    if verdict is Verdict.END:
        decided = decide.decided_on or today
        latest = latest_incident(plan)
        if latest is not None and latest.date == decided:
            advice.append(Advice("cool_off_same_day", t("decide.advice_same_day")))
        if len(decide.incidents) == 1:
            advice.append(Advice("cool_off_single", t("decide.advice_single")))
        if not (decide.reasons or decide.other_reasons or decide.incidents):
            advice.append(Advice("no_reasons", t("decide.advice_no_reasons"), "advice"))
    if verdict is not Verdict.KEEP and income_at_stake(plan):
        share = plan.client.income_share
        message = (
            t("decide.advice_income_share", share=share)
            if share is not None and share >= HIGH_INCOME_SHARE
            else t("decide.advice_income_impact")
        )
        advice.append(Advice("high_income", message))
    # Once the user has decided to end it, proposing a fade second-guesses them.
    if verdict is Verdict.UNDECIDED and fade_fits(plan):
        advice.append(Advice("fade_fits", t("decide.advice_fade"), "advice"))
    if verdict is Verdict.UNDECIDED and _late_payment_on_record(plan):
        advice.append(Advice("late_payment", t("decide.advice_late_payment"), "advice"))
    if verdict is Verdict.END:
        advice.append(Advice("talk_first", t("decide.advice_talk_first"), "advice"))
    return advice


def _late_payment_on_record(plan: Plan) -> bool:
    return "late_payment" in plan.decide.reasons or any(
        i.kind == "late_payment" for i in plan.decide.incidents
    )


@dataclass(frozen=True)
class MonthCount:
    """Incidents in one calendar month; ``kinds`` counts them by kind."""

    first_day: date
    count: int
    kinds: dict[str, int]


def incidents_by_month(
    incidents: list[Incident], today: date, months: int = CHART_MONTHS
) -> list[MonthCount]:
    """The last ``months`` calendar months, oldest first, ending with the current one."""
    starts = []
    year, month = today.year, today.month
    for _ in range(months):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    starts.reverse()
    result = []
    for start in starts:
        kinds: dict[str, int] = {}
        for incident in incidents:
            if (incident.date.year, incident.date.month) == (start.year, start.month):
                kinds[incident.kind] = kinds.get(incident.kind, 0) + 1
        result.append(MonthCount(start, sum(kinds.values()), kinds))
    return result
