"""``breakup-tui agenda``: the open wrap-up actions of every client, soonest first, overdue at the top.

Cheap enough for a shell start-up file: it reads the client summaries (the
summary cache, or the files with tomllib), never tomlkit, and formats no date
with Babel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from breakup_tui.core.i18n import current_language
from breakup_tui.core.summary import ClientSummary
from breakup_tui.core.wrapup_action import KINDS, Action

DEFAULT_DAYS = 14


@dataclass(frozen=True)
class AgendaLine:
    client: str
    file: str
    action: Action
    overdue: bool

    def text(self, language: str) -> str:
        from breakup_tui.core.wrapup import action_text

        return action_text(self.action, language)

    def as_json(self, language: str) -> dict[str, object]:
        due = self.action.due
        return {
            "client": self.client,
            "file": self.file,
            "action": self.text(language),
            "kind": self.action.kind,
            "due": due.isoformat() if due else None,
            "overdue": self.overdue,
        }


def agenda(summaries: list[ClientSummary], today: date, days: int = DEFAULT_DAYS) -> list[AgendaLine]:
    """Every open, dated action due within ``days`` of today (and every overdue one), soonest first."""
    horizon = today + timedelta(days=days)
    lines = [
        AgendaLine(s.name, s.file, a, a.due < today)
        for s in summaries
        if not s.damaged
        for a in s.actions
        if a.due is not None and a.due <= horizon
    ]
    return sorted(
        lines,
        key=lambda line: (
            not line.overdue,
            line.action.due,
            line.client.casefold(),
            KINDS.index(line.action.kind),
        ),
    )


def agenda_lines(lines: list[AgendaLine], language: str | None = None) -> list[str]:
    """One line each: the ISO date, the client, the action (overdue ones marked)."""
    from breakup_tui.core.i18n import catalogue
    from breakup_tui.core.printable import printable

    language = language or current_language()
    overdue = catalogue(language).t("wrapup.cli_overdue")
    width = min(max((len(line.client) for line in lines), default=0), 30)
    out = []
    for line in lines:
        due = line.action.due.isoformat() if line.action.due else ""
        mark = f"  ({overdue})" if line.overdue else ""
        name = printable(line.client)[:width].ljust(width)
        out.append(f"{due}  {name}  {printable(line.text(language))}{mark}")
    return out
