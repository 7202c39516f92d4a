"""How steps 1-3 look at 80×24 with a plan filled in: forms, chart, timeline, advice, a dialog."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

from textual.pilot import Pilot

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Incident, Plan
from breakup_tui.store.clients import ClientStore
from tests.factories import filled_plan
from tests.helpers import app_at, press, settled, tab_to, type_text

SIZE = (80, 24)


def at_step(store: ClientStore, step: str, plan: Plan | None = None, **options: str) -> BreakupApp:
    return app_at(store, step, plan or filled_plan(), **options)[0]


def scrolled_to(selector: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Settle, then scroll the step's form so ``selector`` is at the top."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settled(pilot)
        form = pilot.app.screen.query_one(".step-form")
        form.scroll_to_widget(pilot.app.screen.query_one(selector), animate=False, top=True)
        await settled(pilot)

    return run_before


def test_decide_reasons(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(at_step(store, "decide"), terminal_size=SIZE, run_before=settled)


def test_decide_incident_log_and_chart(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    plan = filled_plan()
    plan.decide.incidents += [
        Incident(date(2026, 10, 20), "late_payment", "Second reminder ignored"),
        Incident(date(2026, 1, 9), "negative", "Call ended in shouting"),
    ]
    app = at_step(store, "decide", plan)
    assert snap_compare(app, terminal_size=SIZE, run_before=scrolled_to("#decide-incidents-title"))


def test_decide_verdict_with_sleep_on_it_advice(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    plan = filled_plan()
    plan.client.income_share = 40
    plan.decide.incidents = [Incident(date(2026, 11, 20), "negative", "Shouted at on a call")]
    app = at_step(store, "decide", plan)
    assert snap_compare(app, terminal_size=SIZE, run_before=scrolled_to("#decide-verdict-title"))


def test_converse_talking_points_with_tone_findings(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    plan = filled_plan()
    plan.converse.expectations = "You always pay late. Maybe it is time we break up, for now."
    assert snap_compare(at_step(store, "converse", plan), terminal_size=SIZE, run_before=settled)


def test_converse_meeting(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    app = at_step(store, "converse")
    assert snap_compare(app, terminal_size=SIZE, run_before=scrolled_to("#meeting-on"))


def test_notice_projects_and_invoices(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(at_step(store, "notice"), terminal_size=SIZE, run_before=settled)


def test_notice_last_day_timeline_and_warnings(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    app = at_step(store, "notice")
    assert snap_compare(app, terminal_size=SIZE, run_before=scrolled_to("#last-day"))


def test_notice_timeline_in_italian_with_an_override(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    plan = filled_plan()
    plan.client.language = "it"
    plan.notice.last_day = date(2026, 12, 23)
    app = at_step(store, "notice", plan, lang="it")
    assert snap_compare(app, terminal_size=SIZE, run_before=scrolled_to("#last-day"))


def test_invoice_dialog_refusing_an_amount(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settled(pilot)
        await tab_to(pilot, "#invoices #add")
        await press(pilot, "enter")
        await pilot.pause()
        await type_text(pilot, "INV-106")
        await press(pilot, "tab")
        await type_text(pilot, "12abc")
        await press(pilot, "enter")
        await settled(pilot)

    assert snap_compare(at_step(store, "notice"), terminal_size=SIZE, run_before=run_before)
