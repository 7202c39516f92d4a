"""Today, due dates and the last working day on one line of time, with a numbered list under it.

Markers on the axis carry a symbol per kind and a number; the list below
names each number's date and what falls on it, so labels never collide and
nothing rests on colour. Events too close to tell apart share a number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from breakup_tui.core.humanize import short_date
from breakup_tui.core.notice import TimelineEvent
from breakup_tui.core.printable import printable

# One symbol per kind; where several share a place, the first in this order shows.
SYMBOLS = {"last_day": "■", "project": "◆", "invoice": "▲", "today": "●"}


@dataclass
class Marker:
    """Events that share one place on the axis."""

    column: int
    events: list[TimelineEvent] = field(default_factory=list)

    @property
    def symbol(self) -> str:
        kinds = {e.kind for e in self.events}
        return next(SYMBOLS[kind] for kind in SYMBOLS if kind in kinds)


def place_markers(events: list[TimelineEvent], width: int) -> list[Marker]:
    """Columns on an axis ``width`` wide, at least a number's width apart, in date order."""
    if not events:
        return []
    first, last = events[0].day, events[-1].day
    span = max((last - first).days, 1)
    markers: list[Marker] = []
    for event in events:
        column = round((event.day - first).days / span * (width - 1))
        if markers and (markers[-1].column == column or markers[-1].events[-1].day == event.day):
            markers[-1].events.append(event)
        else:
            markers.append(Marker(column, [event]))
    gap = len(str(len(markers))) + 1
    while len(markers) > 1 and (len(markers) - 1) * gap >= width:
        # Too many to tell apart: join the two closest in time.
        index = min(
            range(len(markers) - 1), key=lambda i: markers[i + 1].events[0].day - markers[i].events[-1].day
        )
        markers[index].events += markers.pop(index + 1).events
    for index in range(1, len(markers)):
        markers[index].column = max(markers[index].column, markers[index - 1].column + gap)
    markers[-1].column = min(markers[-1].column, width - 1)
    for index in range(len(markers) - 2, -1, -1):
        markers[index].column = min(markers[index].column, markers[index + 1].column - gap)
    return markers


def timeline_text(events: list[TimelineEvent], width: int, styles: dict[str, Style] | None = None) -> Text:
    styles = styles or {}
    axis_width = max(width - 2, 8)
    markers = place_markers(events, axis_width)
    axis = ["─"] * axis_width + ["▶"]
    numbers = [" "] * (axis_width + 1)
    for number, marker in enumerate(markers, start=1):
        axis[marker.column] = marker.symbol
        label = str(number)
        numbers[marker.column : marker.column + len(label)] = label
    axis_line = Text(" " + "".join(axis))
    for marker in markers:
        if marker.symbol == SYMBOLS["last_day"]:
            axis_line.stylize(styles.get("last_day", ""), marker.column + 1, marker.column + 2)
    lines = [axis_line, Text(" " + "".join(numbers).rstrip())]
    # Within one year day and month are enough; once the events cross a year, every date says its year.
    crosses_a_year = len({event.day.year for event in events}) > 1
    date_width = 16 if crosses_a_year else 11
    for number, marker in enumerate(markers, start=1):
        for event in marker.events:
            day = short_date(event.day, weekday=True, year=crosses_a_year)
            line = Text(f"{number:>2} {SYMBOLS[event.kind]} {day:<{date_width}} ")
            # Project names and invoice numbers are the user's: plain text, never markup.
            style = styles.get("done" if event.done else event.kind, "")
            line.append(printable(event.label), style=style)
            if event.detail:
                line.append(f" · {printable(event.detail)}", style=styles.get("muted", ""))
            line.truncate(width, overflow="ellipsis")
            lines.append(line)
    return Text("\n").join(lines)


class Timeline(Widget):
    COMPONENT_CLASSES = {"timeline--last-day", "timeline--muted"}

    DEFAULT_CSS = """
    Timeline {
        height: auto;
        margin-bottom: 1;
    }
    Timeline > .timeline--last-day {
        color: $text-warning;
        text-style: bold;
    }
    Timeline > .timeline--muted {
        color: $text-muted;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.events: list[TimelineEvent] = []

    def show(self, events: list[TimelineEvent]) -> None:
        self.events = list(events)
        self.refresh(layout=True)

    def render(self) -> Text:
        last = self.get_component_rich_style("timeline--last-day")
        muted = self.get_component_rich_style("timeline--muted")
        return timeline_text(self.events, self.size.width, {"last_day": last, "done": muted, "muted": muted})
