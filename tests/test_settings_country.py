"""The country in the settings dialog, and step 3 saying when a public holiday moved the last day."""

from __future__ import annotations

import tomllib
from datetime import date

from textual.widgets import Button, Input, Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.settings import save_settings
from breakup_tui.ui.dialogs.settings import SettingsDialog
from tests.factories import filled_plan
from tests.helpers import settle


async def test_the_country_is_checked_and_saved_from_the_settings_dialog(store: ClientStore) -> None:
    app = BreakupApp()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        app.action_settings()
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, SettingsDialog)
        dialog.query_one("#country", Input).value = "xx"
        dialog.query_one("#save", Button).press()
        await settle(pilot)
        assert app.screen is dialog  # refused, with a message
        assert "XX" in str(dialog.query_one("#settings-error", Static).render())
        dialog.query_one("#country", Input).value = "it"
        dialog.query_one("#save", Button).press()
        await settle(pilot)
        # The new settings are applied once the dialog has closed, which a busy machine can delay.
        for _ in range(40):
            if app.country is not None:
                break
            await pilot.pause(0.05)
        assert not isinstance(app.screen, SettingsDialog)
        assert app.country == "IT" and app.store.country == "IT"
    saved = tomllib.loads(store.locations.settings_file.read_text())
    assert saved["country"] == "IT"


async def test_step_three_says_the_last_day_moved_off_christmas(store: ClientStore) -> None:
    save_settings(store.locations, Settings(country="IT", your_name="Sam"))
    plan = filled_plan()
    plan.converse.meeting_on = date(2026, 12, 11)
    plan.notice.weeks = 2  # ends on Friday 25 December
    plan.notice.contract_notice_days = None
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        line = str(app.screen.query_one("#last-day", Static).render())
        assert "Thu 24 Dec" in line
        assert "moved off Christmas Day (Fri 25 Dec 2026)" in line
