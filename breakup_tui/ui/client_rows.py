"""The cells of a client's row in the client list: name, verdict, progress, steps done, last day, updated."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from breakup_tui.core.humanize import ago, short_date
from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.plan_vocabulary import STEP_IDS
from breakup_tui.core.printable import printable
from breakup_tui.core.summary import ClientSummary

if TYPE_CHECKING:
    from breakup_tui.core.wrapup_action import Action


def row_cells(s: ClientSummary, now: datetime) -> tuple[Text, ...]:
    # Text cells: a client's name is never markup, and plain text is quicker to measure.
    return (
        Text(printable(s.name), overflow="ellipsis", no_wrap=True),
        Text(t(f"verdict.{s.verdict}")),
        progress_cell(s, now.date()),
        Text(f"{s.steps_done}/{len(STEP_IDS)}"),
        Text(short_date(s.last_day)),
        Text(ago(s.updated, now)),
    )


def progress_cell(s: ClientSummary, today: date) -> Text:
    """How far the client has come, in words to scan down a column.

    Ended; a wrap-up action due within a week (overdue marked); the day the letter
    was sent; the next dated action of a wrap-up begun before the letter; kept or
    fading; else the first step neither done nor skipped.
    """
    if s.ended_on is not None:
        return Text(t("wrapup.home_ended", day=short_date(s.ended_on)), style="dim")
    dated = [a for a in s.actions if a.due is not None]
    first = min(dated, key=lambda a: a.due or today) if dated else None
    # An action due soon matters more than the progress; a later one waits on its own screen.
    if first is not None and (first.due or today) <= today + DUE_SOON:
        return dated_action_cell(first, today)
    if s.sent_on is not None:
        return Text(t("home.progress_sent", day=short_date(s.sent_on, year=False)))
    if first is not None:
        return dated_action_cell(first, today)
    if s.verdict in PROGRESS_VERDICTS:
        return Text(t(f"home.progress_{s.verdict}"), style="dim")
    if s.next_step is None:
        return Text(t("home.progress_all_done"))
    return Text(f"{STEP_IDS.index(s.next_step) + 1} {t('steps.' + s.next_step)}")


DUE_SOON = timedelta(days=7)
# Verdicts that end the steps early: the client list says so instead of naming a step.
PROGRESS_VERDICTS = ("keep", "fade")


def dated_action_cell(first: Action, today: date) -> Text:
    """A wrap-up action and its date, overdue marked, cut with an ellipsis to fit the column."""
    # Imported here: only a list with clients in wrap-up needs the action texts.
    from breakup_tui.core.wrapup import action_text

    action = printable(action_text(first, current_language()))
    due = first.due or today
    key = "wrapup.home_overdue" if due < today else "wrapup.home_due"
    style = Style(color="red", bold=True) if due < today else Style()
    return Text(
        t(key, day=short_date(due, year=False), action=action),
        style=style,
        overflow="ellipsis",
        no_wrap=True,
    )
