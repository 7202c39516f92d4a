"""On-screen dates and relative times follow the interface language."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from breakup_tui.core.humanize import ago, dated, short_date
from breakup_tui.core.i18n import set_language

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def test_short_dates_in_english_and_italian() -> None:
    assert short_date(date(2026, 12, 16)) == "16 Dec 2026"
    set_language("it")
    assert short_date(date(2026, 12, 16)) == "16 dic 2026"
    assert short_date(None) == "—"


def test_relative_times() -> None:
    assert ago(NOW, NOW) == "today"
    assert ago(NOW - timedelta(days=1), NOW) == "yesterday"
    assert ago(NOW - timedelta(days=2), NOW) == "2 days ago"
    assert ago(NOW - timedelta(days=21), NOW) == "3 weeks ago"
    assert ago(NOW - timedelta(days=31), NOW) == "1 month ago"
    assert ago(NOW - timedelta(days=800), NOW) == "2 years ago"
    set_language("it")
    assert ago(NOW - timedelta(days=2), NOW) == "2 giorni fa"


def test_italian_screen_dates_take_the_article_the_day_needs() -> None:
    set_language("it")
    assert dated(date(2027, 1, 8)) == "l'8 gen 2027"
    assert dated(date(2026, 10, 8), "di") == "dell'8 ott 2026"
    assert dated(date(2026, 12, 18)) == "il 18 dic 2026"
    assert short_date(date(2027, 1, 1)) == "1° gen 2027"
    set_language("en")
    assert dated(date(2027, 1, 8), "di") == "8 Jan 2027"


def test_counted_relative_times_read_right_for_one() -> None:
    set_language("it")
    assert ago(NOW - timedelta(days=7 * 2), NOW) == "2 settimane fa"
    assert ago(NOW - timedelta(days=400), NOW) == "1 anno fa"
    assert ago(NOW - timedelta(days=45), NOW) == "1 mese fa"
