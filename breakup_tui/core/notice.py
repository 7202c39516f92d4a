"""The last working day (N1-N3): notice from the conversation, a natural stopping point, no weekends."""

from __future__ import annotations

from datetime import date, timedelta

from breakup_tui.core.plan import Plan, Verdict


def off_weekend(day: date) -> date:
    """Saturday and Sunday move back to the Friday before."""
    weekday = day.weekday()
    if weekday >= 5:
        return day - timedelta(days=weekday - 4)
    return day


def computed_last_day(plan: Plan, today: date) -> date:
    """The later of (conversation date, or today) + notice and the stopping point's due date."""
    notice = plan.notice
    start = plan.converse.meeting_on or today
    day = start + timedelta(weeks=notice.weeks)
    if notice.stopping_point:
        for project in notice.projects:
            if project.name == notice.stopping_point and project.due is not None:
                day = max(day, project.due)
                break
    return off_weekend(day)


def effective_last_day(plan: Plan, today: date) -> date | None:
    """The override if the user set one; otherwise the computed day once there is a reason to end."""
    if plan.notice.last_day is not None:
        return plan.notice.last_day
    if plan.decide.verdict is not Verdict.END:
        return None
    return computed_last_day(plan, today)
