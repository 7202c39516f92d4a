"""Step 3 by keyboard: projects, invoices, the notice and the last working day, saved and restored."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest
from textual.widgets import Button, DataTable, Input, Select

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Status
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.record import RecordDialog
from breakup_tui.ui.steps.notice import NoticeForm
from breakup_tui.ui.widgets.advice_list import AdviceList
from breakup_tui.ui.widgets.fields import FieldError, FieldNote
from breakup_tui.ui.widgets.timeline import Timeline
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.factories import filled_plan
from tests.helpers import app_at, clear_input, press, settle, tab_to, type_text


def dialog_text(pilot, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(pilot.app.screen.query_one(selector).render())


async def open_dialog(pilot, editor: str) -> RecordDialog:  # type: ignore[no-untyped-def]
    await tab_to(pilot, f"{editor} #add")
    await press(pilot, "enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, RecordDialog)
    return pilot.app.screen


async def test_fill_notice_by_keyboard_quit_and_find_it_all_again(store: ClientStore, dirs: Dirs) -> None:
    app, stem = app_at(store, "notice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # A project needs a name: the dialog says so and stays open.
        dialog = await open_dialog(pilot, "#projects")
        await press(pilot, "enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "cannot be empty" in dialog_text(pilot, "#field-name FieldError")
        await type_text(pilot, "Website redesign")
        await press(pilot, "tab")
        await type_text(pilot, "2026-12-10")
        await press(pilot, "enter")
        await pilot.pause()

        # A due date in the past is allowed, and pointed out.
        dialog = await open_dialog(pilot, "#projects")
        await type_text(pilot, "Old logo")
        await press(pilot, "tab")
        await type_text(pilot, "2026-11-02")
        await pilot.pause()
        assert "in the past" in str(dialog.query_one("#field-due FieldNote", FieldNote).render())
        await press(pilot, "tab", "enter", "h", "enter")
        await tab_to(pilot, "#save")
        await press(pilot, "enter")
        await pilot.pause()

        # An amount that is not one is refused; what was typed stays on screen.
        dialog = await open_dialog(pilot, "#invoices")
        await type_text(pilot, "INV-104")
        await press(pilot, "tab")
        await type_text(pilot, "12abc")
        await press(pilot, "enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "1,200.50" in str(dialog.query_one("#field-amount FieldError", FieldError).render())
        assert dialog.query_one("#field-amount Input", Input).value == "12abc"
        await clear_input(pilot)
        await type_text(pilot, "1,200.50")
        await press(pilot, "tab", "tab")
        await type_text(pilot, "2026-12-30")
        await press(pilot, "enter")
        await pilot.pause()

        await tab_to(pilot, "#weeks")
        await clear_input(pilot)
        await type_text(pilot, "3")
        await tab_to(pilot, "#contract-days")
        await type_text(pilot, "30")
        await tab_to(pilot, "#stopping-point")
        await press(pilot, "enter", "w", "enter")
        await pilot.pause()
        form = app.screen.query_one(NoticeForm)
        last_day = str(form.query_one("#last-day").render())
        assert "Thu 17 Dec 2026" in last_day and "(computed)" in last_day
        advice = form.query_one(AdviceList)
        assert "shorter_than_contract" in advice.ids and "invoice_after_last_day" in advice.ids
        assert "project_past" in advice.ids

        # Overridden by hand, then back to the computed day with the button.
        await tab_to(pilot, "#last-day-override")
        await type_text(pilot, "2026-12-18")
        await pilot.pause()
        assert "(overridden)" in str(form.query_one("#last-day").render())
        await tab_to(pilot, "#clear-override")
        await press(pilot, "enter")
        await pilot.pause()
        assert "(computed)" in str(form.query_one("#last-day").render())
        assert form.plan.notice.last_day is None
        await type_text(pilot, "2026-12-18")
        await press(pilot, "ctrl+q")

    data = tomllib.loads((dirs.clients / f"{stem}.toml").read_text())
    notice = data["notice"]
    assert notice["projects"] == [
        {"name": "Website redesign", "due": date(2026, 12, 10), "plan": "finish"},
        {"name": "Old logo", "due": date(2026, 11, 2), "plan": "hand_over"},
    ]
    assert notice["invoices"] == [
        {
            "number": "INV-104",
            "amount": "1200.50",
            "currency": "EUR",
            "due": date(2026, 12, 30),
            "paid": False,
        }
    ]
    assert (notice["weeks"], notice["contract_notice_days"]) == (3, 30)
    assert notice["stopping_point"] == "Website redesign"
    assert notice["last_day"] == date(2026, 12, 18)
    assert data["progress"]["status"]["notice"] == "in_progress"

    again = BreakupApp(open_client=stem)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        form = again.screen.query_one(NoticeForm)
        projects = form.query_one("#projects DataTable", DataTable)
        assert [[str(c) for c in projects.get_row_at(i)] for i in range(projects.row_count)] == [
            ["Website redesign", "10 Dec 2026", "finish"],
            ["Old logo", "2 Nov 2026", "hand over"],
        ]
        invoices = form.query_one("#invoices DataTable", DataTable)
        assert [str(c) for c in invoices.get_row_at(0)] == ["INV-104", "€1,200.50", "30 Dec 2026", "unpaid"]
        assert form.query_one("#weeks Input", Input).value == "3"
        assert form.query_one("#contract-days Input", Input).value == "30"
        assert form.query_one("#stopping-point", Select).value == "Website redesign"
        assert form.query_one("#last-day-override Input", Input).value == "18/12/2026"
        last_day = str(form.query_one("#last-day").render())
        assert "Fri 18 Dec 2026" in last_day and "(overridden)" in last_day
        assert form.query_one("#clear-override", Button).display
        timeline = form.query_one(Timeline)
        assert [e.kind for e in timeline.events] == ["project", "today", "project", "last_day", "invoice"]


async def test_renaming_the_stopping_points_project_carries_over(store: ClientStore) -> None:
    app, _stem = app_at(store, "notice", filled_plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#projects DataTable")
        await press(pilot, "enter")  # edit the first row: Website redesign
        await pilot.pause()
        await clear_input(pilot, 30)
        await type_text(pilot, "New website")
        await press(pilot, "enter")
        await pilot.pause()
        form = app.screen.query_one(NoticeForm)
        assert form.plan.notice.stopping_point == "New website"
        assert form.query_one("#stopping-point", Select).value == "New website"


async def test_an_empty_weeks_field_is_refused_and_the_plan_keeps_its_notice(store: ClientStore) -> None:
    app, _stem = app_at(store, "notice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#weeks")
        await clear_input(pilot)
        await pilot.pause()
        form = app.screen.query_one(NoticeForm)
        assert "0 to 104" in str(form.query_one("#weeks FieldError").render())
        assert form.plan.notice.weeks == 2


@pytest.mark.parametrize("step", ["decide", "converse", "notice"])
async def test_looking_at_a_filled_step_changes_nothing_in_the_file(
    step: str, store: ClientStore, dirs: Dirs
) -> None:
    plan = filled_plan()
    plan.progress.status[step] = Status.NOT_STARTED
    app, stem = app_at(store, step, plan)
    before = (dirs.clients / f"{stem}.toml").read_bytes()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+q")
    assert (dirs.clients / f"{stem}.toml").read_bytes() == before


async def test_a_client_open_in_another_window_shows_the_forms_locked(store: ClientStore) -> None:
    app, stem = app_at(store, "notice", filled_plan())
    elsewhere = store.open(stem)  # another window holds the edit lock
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            form = app.screen.query_one(NoticeForm)
            assert form.read_only
            assert all(widget.disabled for widget in form.query("Input, Select, Button"))
            await tab_to(pilot, "#projects DataTable")
            await press(pilot, "a", "enter", "delete")
            await pilot.pause()
            # No dialog opened, nothing removed.
            assert isinstance(app.screen, WizardScreen)
            assert len(form.plan.notice.projects) == 2
    finally:
        store.close(elsewhere)
