"""The plan's dates as an iCalendar file: the last day, deadlines, invoices and the follow-ups.

Every event is all-day. Its UID is made from this installation's id, the
client's file stem and what the event is about, so exporting again updates the
events already in the user's calendar instead of adding copies, and two
installations never clash. SEQUENCE and LAST-MODIFIED follow the plan's last
change, so a calendar takes the newer export over the older one. Reminders
fall on working days (the user's country) and ring at 9:00 the day before.
Titles are for the user, so they are in the interface language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from breakup_tui.core.formatting import format_money
from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.notice import effective_last_day, handover_day
from breakup_tui.core.working_days import (
    next_working_day,
    working_day_on_or_after,
    working_day_on_or_before,
)
from breakup_tui.core.wrapup import event_key, in_wrapup, wrapup_events
from breakup_tui.export import CalendarError, ExportSource
from breakup_tui.store.slug import slugify

# Chase an unpaid invoice this long after it falls due (then on the next working day).
CHASE_AFTER = timedelta(days=7)
UID_DOMAIN = "breakup-tui"
# An all-day event starts at midnight: fifteen hours before is 9:00 the day before.
ALARM_BEFORE = timedelta(hours=15)
# SEQUENCE counts minutes since this moment, so each later change gives a higher number.
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
# Line and paragraph separators end a line for some readers, like the control characters.
_LINE_BREAKERS = {"\u0085", "\u2028", "\u2029"}


@dataclass(frozen=True)
class CalendarEvent:
    key: str  # unique within the client; part of the UID
    day: date
    summary: str
    reminder: bool = True  # something to act on: on a working day, with an alarm


def one_line(text: str) -> str:
    """``text`` with every control character and line break made a space: no text adds a line."""
    cleaned = "".join(
        " " if unicodedata.category(c) == "Cc" or c in _LINE_BREAKERS or "\ud800" <= c <= "\udfff" else c
        for c in text
    )
    return " ".join(cleaned.split())


def _unique(key: str, seen: set[str]) -> str:
    candidate, n = key, 2
    while candidate in seen:
        candidate = f"{key}-{n}"
        n += 1
    seen.add(candidate)
    return candidate


def calendar_events(source: ExportSource) -> list[CalendarEvent]:
    plan = source.plan
    country = source.country
    client = plan.client.name
    language = current_language()
    seen: set[str] = set()
    events: list[CalendarEvent] = []
    last_day = effective_last_day(plan, source.today, country)
    if last_day is not None:
        events.append(CalendarEvent("last-day", last_day, t("export.event_last_day", client=client)))
        events.append(
            CalendarEvent(
                "revoke-access",
                next_working_day(last_day, country),
                t("export.event_revoke_access", client=client),
            )
        )
    if in_wrapup(plan):
        return _wrapup_calendar(source, events, last_day)
    for project in plan.notice.projects:
        if project.due is None:
            continue
        if project.plan == "hand_over":
            kind, day = "hand_over", handover_day(project.due, last_day, country) or project.due
        else:
            kind, day = "finish", working_day_on_or_before(project.due, country)
        key = _unique(f"project-{slugify(project.name)}", seen)
        summary = t(f"export.event_project_{kind}", project=project.name, client=client)
        events.append(CalendarEvent(key, day, summary))
    for invoice in plan.notice.invoices:
        if invoice.paid or invoice.due is None:
            continue
        key = _unique(f"invoice-{slugify(invoice.number)}", seen)
        amount = format_money(invoice.amount, invoice.currency, language)
        values = {"number": invoice.number, "amount": amount, "client": client}
        # The due date is the client's to keep, as written; the chase is the user's reminder.
        events.append(
            CalendarEvent(f"{key}-due", invoice.due, t("export.event_invoice_due", **values), reminder=False)
        )
        chase = working_day_on_or_after(invoice.due + CHASE_AFTER, country)
        events.append(CalendarEvent(f"{key}-chase", chase, t("export.event_invoice_chase", **values)))
    return sorted(events, key=lambda e: (e.day, e.key))


def _wrapup_calendar(
    source: ExportSource, events: list[CalendarEvent], last_day: date | None
) -> list[CalendarEvent]:
    """After the letter, the wrap-up's open items stand for the projects, invoices and access.

    Done and not-needed items are left out. An item that was already an event before the
    wrap-up keeps that event's key, so a calendar updates the event rather than adding a copy.
    """
    plan = source.plan
    same_event: dict[str, str] = {event_key("access"): "revoke-access"}
    seen: set[str] = set()
    for project in plan.notice.projects:
        if project.due is not None:
            same_event[event_key(f"project:{project.name}")] = _unique(
                f"project-{slugify(project.name)}", seen
            )
    for invoice in plan.notice.invoices:
        if not invoice.paid and invoice.due is not None:
            chase = _unique(f"invoice-{slugify(invoice.number)}", seen)
            same_event[event_key(f"invoice:{invoice.number}")] = f"{chase}-chase"
    kept = [e for e in events if e.key == "last-day"]
    for item in wrapup_events(plan, source.today):
        kept.append(CalendarEvent(same_event.get(item.key, item.key), item.day, item.summary))
    return sorted(kept, key=lambda e: (e.day, e.key))


def event_uid(source: ExportSource, key: str) -> str:
    installation = one_line(source.settings.installation_id).replace(" ", "")
    domain = f"{installation}.{UID_DOMAIN}" if installation else UID_DOMAIN
    return one_line(f"{source.stem}-{key}@{domain}").replace(" ", "-")


def plan_calendar(source: ExportSource) -> str:
    """The calendar's text; ``CalendarError`` (one line) when it cannot be built."""
    try:
        return _calendar_text(source)
    except CalendarError:
        raise
    except Exception as error:  # whatever icalendar raises, the user gets one line, not a traceback
        raise CalendarError(one_line(str(error)) or type(error).__name__) from error


def _calendar_text(source: ExportSource) -> str:
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//breakup-tui//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", one_line(t("export.calendar_name", client=source.plan.client.name)))
    stamp = source.now.astimezone(UTC)
    changed = (source.plan.progress.updated or source.now).astimezone(UTC).replace(microsecond=0)
    sequence = max(int((changed - SEQUENCE_EPOCH).total_seconds() // 60), 0)
    for item in calendar_events(source):
        summary = one_line(item.summary)
        event = Event()
        event.add("uid", event_uid(source, item.key))
        event.add("dtstamp", stamp)
        event.add("last-modified", changed)
        event.add("sequence", sequence)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", summary)
        event.add("transp", "TRANSPARENT")
        if item.reminder:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", -ALARM_BEFORE)
            event.add_component(alarm)
        calendar.add_component(event)
    text: str = calendar.to_ical().decode("utf-8")
    return text
