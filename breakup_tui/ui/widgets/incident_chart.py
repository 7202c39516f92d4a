"""Incidents per month over the last twelve months, as bars with their counts written above them.

The count is printed on every bar and the kinds are named under the chart,
so nothing rests on colour; twelve months of four cells fit 48 columns.
"""

from __future__ import annotations

import math
from datetime import date

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from breakup_tui.core.decide import MonthCount, incidents_by_month
from breakup_tui.core.humanize import month_name
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Incident

BAR_HEIGHT = 4


def chart_text(
    months: list[MonthCount], width: int, bar_style: Style | str = "", muted_style: Style | str = ""
) -> Text:
    """The chart as lines of text: the bars, month names, years, then the totals by kind."""
    # Four cells a month (a bar two wide, then a gap); below 48 columns, three.
    cell = 4 if width >= 4 * len(months) else 3
    name_width = cell - 1 if cell == 4 else 2
    peak = max((m.count for m in months), default=0)
    heights = [math.ceil(m.count * BAR_HEIGHT / peak) if peak else 0 for m in months]
    lines: list[Text] = []
    # From the top row down: a count sits just above its bar; an empty month shows a dot on the base.
    for row in range(BAR_HEIGHT, -1, -1):
        line = Text()
        for month, height in zip(months, heights, strict=True):
            if height and row < height:
                line.append("██", style=bar_style)
                line.append(" " * (cell - 2))
            elif month.count and row == height:
                line.append(str(month.count), style="bold")
                line.append(" " * (cell - len(str(month.count))))
            elif not month.count and row == 0:
                line.append("·", style=muted_style)
                line.append(" " * (cell - 1))
            else:
                line.append(" " * cell)
        lines.append(line)
    # An empty chart needs no blank rows above its base line.
    while len(lines) > 1 and not lines[0].plain.strip():
        lines.pop(0)
    names = Text()
    for month in months:
        names.append(month_name(month.first_day)[:name_width].ljust(cell))
    lines += [names, _year_row(months, cell, muted_style)]
    totals: dict[str, int] = {}
    for month in months:
        for kind, count in month.kinds.items():
            totals[kind] = totals.get(kind, 0) + count
    by_count = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    legend = " · ".join(f"{t('decide.kind_short.' + kind)} {count}" for kind, count in by_count)
    lines.append(Text(legend or t("decide.chart_none"), style=muted_style))
    for line in lines:
        line.rstrip()
    return Text("\n").join(lines)


def _year_row(months: list[MonthCount], cell: int, style: Style | str) -> Text:
    """The year under each January, and under the first month when there is room before one."""
    januaries = [i for i, m in enumerate(months) if m.first_day.month == 1]
    starts = januaries if januaries and januaries[0] * cell < 5 else [0, *januaries]
    row = Text()
    for index in starts:
        row.append(" " * (index * cell - len(row.plain)))
        row.append(str(months[index].first_day.year), style=style)
    return row


class IncidentChart(Widget):
    """Redraws when given the incidents."""

    COMPONENT_CLASSES = {"incident-chart--bar", "incident-chart--muted"}

    DEFAULT_CSS = """
    IncidentChart {
        height: auto;
        margin-bottom: 1;
    }
    IncidentChart > .incident-chart--bar {
        color: $accent;
    }
    IncidentChart > .incident-chart--muted {
        color: $text-muted;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.months: list[MonthCount] = []

    def show(self, incidents: list[Incident], today: date) -> None:
        self.months = incidents_by_month(incidents, today)
        self.refresh(layout=True)

    def render(self) -> Text:
        bar = self.get_component_rich_style("incident-chart--bar")
        muted = self.get_component_rich_style("incident-chart--muted")
        return chart_text(self.months, self.size.width, bar, muted)
