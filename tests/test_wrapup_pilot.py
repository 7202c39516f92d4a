"""The wrap-up in the app: mark the letter sent, open the checklist, tick by keyboard, see the list change."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList, Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.wrapup import wrapup_items
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.home import HomeScreen
from breakup_tui.ui.wizard import WizardScreen
from breakup_tui.ui.wrapup import ReminderDialog, WrapupScreen
from tests.conftest import TODAY, Dirs
from tests.helpers import letter_app, press, press_button, settle, with_sender


def next_cell(app: BreakupApp) -> str:
    """The step column, which shows a client's next wrap-up action once it is wrapping up."""
    table = app.screen.query_one("#clients", DataTable)
    return str(table.get_cell(table.coordinate_to_cell_key((0, 0)).row_key, "step"))


async def test_mark_sent_open_the_wrapup_tick_by_keyboard_and_reopen(store: ClientStore, dirs: Dirs) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)
        await press_button(pilot, "#letter-sent")
        await press(pilot, "ctrl+w")
        await settle(pilot)
        assert isinstance(app.screen, WrapupScreen)
        options = app.screen.query_one("#wrapup-items", OptionList)
        assert options.option_count == len(wrapup_items(app.screen.plan, TODAY))
        first = str(options.get_option_at_index(0).prompt)
        assert first.startswith("○ Deliver Website redesign")
        await press(pilot, "space")  # done
        await press(pilot, "down", "down")  # INV-104
        assert "by 30 Nov 2026" in str(options.get_option_at_index(2).prompt)
        await press(pilot, "c")  # reminder sent
        await press(pilot, "m")  # the reminder itself
        await settle(pilot)
        assert isinstance(app.screen, ReminderDialog)
        body = str(app.screen.query_one("#reminder-body", Static).render())
        assert "invoice INV-104 for €1,200.00" in body
        assert "nothing to point out" in str(app.screen.query_one("#reminder-tone", Static).render())
        await press(pilot, "escape")
        await press(pilot, "escape")  # back to the wizard
        await press(pilot, "escape")  # back to the client list
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        # The project is done, INV-104 was chased: next is a follow-up in a week.
        assert "Follow up on the reminder for INV-104" in next_cell(app)
    again = store.load("acme-studio").plan
    ticks = {tick.key: tick for tick in again.wrapup.ticks}
    assert ticks["project:Website redesign"].state == "done"
    assert ticks["project:Website redesign"].on == TODAY
    assert ticks["invoice:INV-104"].chased_on == TODAY

    # Quit and reopen, now from the client list: the ticks are there.
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        await settle(pilot)
        assert isinstance(app.screen, WrapupScreen)
        options = app.screen.query_one("#wrapup-items", OptionList)
        assert str(options.get_option_at_index(0).prompt).startswith("✓ Deliver Website redesign")
        # Close everything that is left: the client ends today.
        for index in range(options.option_count):
            options.highlighted = index
            if str(options.get_option_at_index(index).prompt).startswith("○"):
                await press(pilot, "n")
        await settle(pilot)
        assert "Ended on" in str(app.screen.query_one("#wrapup-status", Static).render())
        await press(pilot, "escape")
        await settle(pilot)
        assert next_cell(app).startswith("ended")
        await press(pilot, "h")  # hide ended clients
        await settle(pilot)
        assert app.screen.query_one("#clients", DataTable).row_count == 0


async def test_the_wrapup_can_begin_before_the_letter_is_sent(store: ClientStore, dirs: Dirs) -> None:
    from tests.factories import filled_plan

    with_sender(dirs)
    stem = store.create(filled_plan())
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert next_cell(app) == "3 Give notice"  # not wrapping up yet: the step the plan is at
        await press(pilot, "w")
        await settle(pilot)
        assert "starts when the letter is marked sent" in str(app.screen.query_one("#wrapup-status").render())
        await press(pilot, "b")
        await settle(pilot)
        await press(pilot, "escape")
        await settle(pilot)
        assert "Collect payment of INV-104" in next_cell(app)
    assert store.load(stem).plan.wrapup.started_on == TODAY


async def test_a_tick_right_before_quitting_is_saved(store: ClientStore, dirs: Dirs) -> None:
    from tests.factories import filled_plan

    plan = filled_plan()
    plan.writing.sent_on = TODAY
    stem = store.create(plan)
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        await settle(pilot)
        await press(pilot, "space", "ctrl+q")
    ticks = store.load(stem).plan.wrapup.ticks
    assert [(tick.key, tick.state) for tick in ticks] == [("project:Website redesign", "done")]


async def test_the_payment_reminder_is_saved_as_a_draft_email(
    store: ClientStore, dirs: Dirs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import email
    from email import policy

    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Documents").mkdir()
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-sent")
        await press(pilot, "ctrl+w")
        await settle(pilot)
        await press(pilot, "down", "down", "m")  # INV-104, its reminder
        await settle(pilot)
        assert isinstance(app.screen, ReminderDialog)
        await press(pilot, "e")
        await app.workers.wait_for_complete()
        await settle(pilot)
    [saved] = list((tmp_path / "Documents").glob("*.eml"))
    message = email.message_from_bytes(saved.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "jane@acme.example"
    assert "INV-104" in message["Subject"]
    assert "€1,200.00" in message.get_content()
    assert not message.defects
