"""The last working day: notice from the conversation, a natural stopping point, a working day.

``country`` is the user's ISO 3166 code from the settings (None: weekends only);
see ``working_days``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from breakup_tui.core.advice import Advice
from breakup_tui.core.decide import income_at_stake
from breakup_tui.core.formatting import format_money
from breakup_tui.core.humanize import dated, short_date
from breakup_tui.core.i18n import current_language, t, tn
from breakup_tui.core.plan import Plan, Project, Verdict
from breakup_tui.core.working_days import MovedDay, moved_back, working_day_on_or_before

# Beyond this many weeks, notice is longer than the client needs to find someone else.
LONG_NOTICE_WEEKS = 6


def notice_start(plan: Plan, today: date) -> date:
    """Notice counts from the conversation, or from today when none is planned."""
    return plan.converse.meeting_on or today


def stopping_project(plan: Plan) -> Project | None:
    name = plan.notice.stopping_point
    return next((p for p in plan.notice.projects if name and p.name == name), None)


def _notice_end(plan: Plan, today: date) -> date:
    """The later of (conversation date, or today) + notice and the stopping point's due date."""
    day = notice_start(plan, today) + timedelta(weeks=plan.notice.weeks)
    project = stopping_project(plan)
    if project is not None and project.due is not None:
        day = max(day, project.due)
    return day


def last_day_move(plan: Plan, today: date, country: str | None = None, language: str = "en") -> MovedDay:
    """The computed last day, and what it was moved back from (a weekend or a named holiday)."""
    return moved_back(_notice_end(plan, today), country, language)


def computed_last_day(plan: Plan, today: date, country: str | None = None) -> date:
    """The notice's end moved back to a working day (no weekend, no public holiday)."""
    return working_day_on_or_before(_notice_end(plan, today), country)


def last_working_day(plan: Plan, today: date, country: str | None = None) -> date:
    """The day the notice step shows: the user's override, or else the computed day."""
    return plan.notice.last_day or computed_last_day(plan, today, country)


def effective_last_day(plan: Plan, today: date, country: str | None = None) -> date | None:
    """The override if the user set one; otherwise the computed day once there is a reason to end."""
    if plan.notice.last_day is not None:
        return plan.notice.last_day
    if plan.decide.verdict is not Verdict.END:
        return None
    return computed_last_day(plan, today, country)


def handover_day(due: date | None, last_day: date | None, country: str | None = None) -> date | None:
    """When a hand-over is done: by its due date, never after the last day, on a working day."""
    if due is None and last_day is None:
        return None
    day = min(d for d in (due, last_day) if d is not None)
    return working_day_on_or_before(day, country)


def notice_advice(plan: Plan, today: date, country: str | None = None) -> list[Advice]:
    """Warnings about the notice as planned: what falls after the last day, what the contract asks."""
    last = last_working_day(plan, today, country)
    advice: list[Advice] = []
    if plan.notice.last_day is not None and plan.notice.last_day < today:
        advice.append(Advice("last_day_past", t("notice.advice_last_day_past", day=short_date(last))))
    advice += _project_advice(plan, last, today)
    advice += _length_advice(plan, last, today)
    advice += _invoice_advice(plan, last, today)
    return advice


def _project_advice(plan: Plan, last: date, today: date) -> list[Advice]:
    advice: list[Advice] = []
    for project in plan.notice.projects:
        due = project.due
        if due is not None and due > last and project.plan != "hand_over":
            advice.append(
                Advice(
                    "project_after_last_day",
                    t("notice.advice_project_after", name=project.name, due=dated(due)),
                )
            )
        elif due is not None and due < today:
            advice.append(
                Advice(
                    "project_past",
                    t("notice.advice_project_past", name=project.name, due=dated(due)),
                    "advice",
                )
            )
        if project.plan is None:
            advice.append(
                Advice("project_no_plan", t("notice.advice_project_no_plan", name=project.name), "advice")
            )
    stop = plan.notice.stopping_point
    if stop and stopping_project(plan) is None:
        advice.append(Advice("unknown_stopping_point", t("notice.advice_unknown_stop", name=stop)))
    elif plan.notice.projects and not stop:
        advice.append(Advice("pick_stopping_point", t("notice.advice_pick_stop"), "advice"))
    return advice


def _length_advice(plan: Plan, last: date, today: date) -> list[Advice]:
    advice: list[Advice] = []
    days = (last - notice_start(plan, today)).days
    contract = plan.notice.contract_notice_days
    if contract is not None and days < contract:
        weeks = -(-contract // 7)  # rounded up
        advice.append(
            Advice(
                "shorter_than_contract",
                t(
                    "notice.advice_contract",
                    notice_days=tn("counts.days", max(days, 0)),
                    contract_days=tn("counts.days", contract),
                    weeks=tn("counts.weeks", weeks),
                ),
            )
        )
    # A contract that asks for more, or an income that needs time to replace, excuses a long notice.
    excused = (contract is not None and contract > LONG_NOTICE_WEEKS * 7) or income_at_stake(plan)
    if plan.notice.weeks > LONG_NOTICE_WEEKS and not excused:
        advice.append(Advice("long_notice", t("notice.advice_long"), "advice"))
    return advice


def _invoice_advice(plan: Plan, last: date, today: date) -> list[Advice]:
    advice: list[Advice] = []
    for invoice in plan.notice.invoices:
        due = invoice.due
        if invoice.paid or due is None:
            continue
        if due > last:
            advice.append(
                Advice(
                    "invoice_after_last_day",
                    t("notice.advice_invoice_after", number=invoice.number, due=dated(due)),
                )
            )
        elif due < today:
            advice.append(
                Advice(
                    "invoice_overdue",
                    t("notice.advice_invoice_overdue", number=invoice.number, due=dated(due)),
                )
            )
    return advice


# The order of events on one day: today first, the last day last.
EVENT_ORDER = ("today", "invoice", "project", "last_day")


@dataclass(frozen=True)
class TimelineEvent:
    day: date
    kind: str  # one of EVENT_ORDER
    label: str = ""  # the project's name or the invoice's number, as the user wrote it
    detail: str = ""  # what to know about it: finish or hand over, the amount and whether it is paid
    done: bool = False  # a paid invoice


def timeline_events(plan: Plan, today: date, country: str | None = None) -> list[TimelineEvent]:
    """Today, the projects' and invoices' due dates and the last working day, in date order."""
    overridden = plan.notice.last_day is not None
    events = [
        TimelineEvent(today, "today", t("notice.timeline_today")),
        TimelineEvent(
            last_working_day(plan, today, country),
            "last_day",
            t("notice.timeline_last_day"),
            t("notice.overridden") if overridden else t("notice.computed"),
        ),
    ]
    stop = stopping_project(plan)
    for project in plan.notice.projects:
        if project.due is not None:
            details = [t(f"notice.plan_{project.plan}")] if project.plan else []
            if project is stop:
                details.append(t("notice.timeline_stop"))
            events.append(TimelineEvent(project.due, "project", project.name, ", ".join(details)))
    for invoice in plan.notice.invoices:
        if invoice.due is not None:
            state = t("notice.paid") if invoice.paid else t("notice.unpaid")
            amount = format_money(invoice.amount, invoice.currency, current_language())
            events.append(
                TimelineEvent(invoice.due, "invoice", invoice.number, f"{amount}, {state}", invoice.paid)
            )
    return sorted(events, key=lambda e: (e.day, EVENT_ORDER.index(e.kind)))


def last_day_follows_today(plan: Plan) -> bool:
    """True when the effective last day is worked out from today, and so may change tomorrow.

    The summary cache relies on this: keep it in step with ``computed_last_day``
    and ``notice_start`` (a property test checks that a plan for which it is
    False gives the same last day whatever the date).
    """
    notice_from_today = plan.converse.meeting_on is None  # see notice_start
    return plan.notice.last_day is None and plan.decide.verdict is Verdict.END and notice_from_today
