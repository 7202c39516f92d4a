"""Under --lang it, the keys Textual's own widgets show are named in Italian too."""

from __future__ import annotations

from textual.widgets import Select

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import catalogue
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.settings import SettingsDialog
from tests.helpers import press, settle


async def test_an_open_menu_names_its_escape_key_in_italian_and_escape_closes_only_the_menu(
    store: ClientStore,
) -> None:
    app = BreakupApp(lang="it")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_settings()
        await settle(pilot)
        menu = app.screen.query_one("#language", Select)
        menu.focus()
        await press(pilot, "enter")
        await pilot.pause()
        assert menu.expanded
        shown = {key: active.binding.description for key, active in app.screen.active_bindings.items()}
        assert shown["escape"] == catalogue("it").t("common.close_menu") == "Chiudi il menu"
        assert "Dismiss menu" not in shown.values()

        await press(pilot, "escape")
        await pilot.pause()
        assert not menu.expanded
        assert isinstance(app.screen, SettingsDialog)  # the dialog stays; only the menu closed
        await press(pilot, "escape")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsDialog)
