"""The plan's dates as an iCalendar file: the last day, deadlines, invoices and the follow-ups.

Every event is all-day and has a UID made from the client's file stem and
what the event is about, so exporting again updates the events already in the
user's calendar instead of adding copies. Titles are for the user, so they
are in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, timedelta

from breakup_tui.core.formatting import format_money
from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.notice import effective_last_day
from breakup_tui.export import ExportSource
from breakup_tui.store.slug import slugify

# Chase an unpaid invoice this long after it falls due.
CHASE_AFTER = timedelta(days=7)
UID_DOMAIN = "breakup-tui"


@dataclass(frozen=True)
class CalendarEvent:
    key: str  # unique within the client; part of the UID
    day: date
    summary: str


def next_weekday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _unique(key: str, seen: set[str]) -> str:
    candidate, n = key, 2
    while candidate in seen:
        candidate = f"{key}-{n}"
        n += 1
    seen.add(candidate)
    return candidate


def calendar_events(source: ExportSource) -> list[CalendarEvent]:
    plan = source.plan
    client = plan.client.name
    language = current_language()
    seen: set[str] = set()
    events: list[CalendarEvent] = []
    last_day = effective_last_day(plan, source.today)
    if last_day is not None:
        events.append(CalendarEvent("last-day", last_day, t("export.event_last_day", client=client)))
        events.append(
            CalendarEvent(
                "revoke-access", next_weekday(last_day), t("export.event_revoke_access", client=client)
            )
        )
    for project in plan.notice.projects:
        if project.due is None:
            continue
        kind = "hand_over" if project.plan == "hand_over" else "finish"
        key = _unique(f"project-{slugify(project.name)}", seen)
        summary = t(f"export.event_project_{kind}", project=project.name, client=client)
        events.append(CalendarEvent(key, project.due, summary))
    for invoice in plan.notice.invoices:
        if invoice.paid or invoice.due is None:
            continue
        key = _unique(f"invoice-{slugify(invoice.number)}", seen)
        amount = format_money(invoice.amount, invoice.currency, language)
        values = {"number": invoice.number, "amount": amount, "client": client}
        events.append(CalendarEvent(f"{key}-due", invoice.due, t("export.event_invoice_due", **values)))
        events.append(
            CalendarEvent(
                f"{key}-chase", invoice.due + CHASE_AFTER, t("export.event_invoice_chase", **values)
            )
        )
    return sorted(events, key=lambda e: (e.day, e.key))


def plan_calendar(source: ExportSource) -> str:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//breakup-tui//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", t("export.calendar_name", client=source.plan.client.name))
    stamp = source.now.astimezone(UTC)
    for item in calendar_events(source):
        event = Event()
        event.add("uid", f"{source.stem}-{item.key}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.summary)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    text: str = calendar.to_ical().decode("utf-8")
    return text
