"""The calendar follows the wrap-up: open items are events, done ones drop out, UIDs never change."""

from __future__ import annotations

from datetime import date

from breakup_tui.core.wrapup import toggle_done, toggle_not_needed
from tests.factories import filled_plan
from tests.test_calendar import calendar_of
from tests.test_wrapup_core import TODAY, by_key, sent_plan


def events(plan) -> dict[str, tuple[date, str]]:  # type: ignore[no-untyped-def]
    calendar = calendar_of(plan)
    return {str(e["UID"]): (e.decoded("DTSTART"), str(e["SUMMARY"])) for e in calendar.walk("VEVENT")}


def test_a_ticked_item_leaves_the_calendar_and_the_others_keep_their_uids() -> None:
    plan = sent_plan()
    before = events(plan)
    invoice = next(uid for uid, (_, summary) in before.items() if "INV-104" in summary)
    toggle_done(plan, by_key(plan, "invoice:INV-104"), TODAY)
    toggle_not_needed(plan, by_key(plan, "project:Website redesign"), TODAY)
    after = events(plan)
    assert invoice not in after
    assert not any("Website redesign" in summary for _, summary in after.values())
    # Everything else is the same event, under the same UID, exported again.
    assert set(after) < set(before)
    assert all(after[uid] == before[uid] for uid in after)
    # The hand-over items the user chose have events of their own during the wrap-up.
    assert any("files" in summary.casefold() for _, summary in after.values())


def test_sending_the_letter_keeps_the_uids_of_events_already_in_the_calendar() -> None:
    plan = filled_plan()
    plan.notice.last_day = date(2026, 12, 18)
    before = set(events(plan))
    plan.writing.sent_on = date(2026, 12, 3)
    after = set(events(plan))
    for kept in ("last-day", "revoke-access", "project-website-redesign", "invoice-inv-105-chase"):
        assert any(f"-{kept}@" in uid for uid in before & after), kept
