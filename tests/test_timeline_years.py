"""The notice timeline names the year as soon as its dates cross into another one."""

from __future__ import annotations

from datetime import date

from breakup_tui.core.i18n import set_language
from breakup_tui.core.notice import TimelineEvent
from breakup_tui.ui.widgets.timeline import timeline_text


def test_dates_within_one_year_leave_the_year_out() -> None:
    events = [TimelineEvent(date(2026, 12, 2), "today"), TimelineEvent(date(2026, 12, 16), "last_day")]
    text = timeline_text(events, 60).plain
    assert "Wed 16 Dec" in text and "2026" not in text


def test_dates_that_cross_into_the_next_year_all_say_their_year() -> None:
    set_language("it")
    events = [
        TimelineEvent(date(2026, 12, 18), "today"),
        TimelineEvent(date(2027, 1, 8), "project", "Sito"),
        TimelineEvent(date(2027, 1, 15), "last_day"),
    ]
    text = timeline_text(events, 60).plain
    assert "ven 18 dic 2026" in text and "ven 8 gen 2027" in text and "ven 15 gen 2027" in text
