"""Switching the interface language rebuilds the screens in place and keeps the open client."""

from __future__ import annotations

from textual.widgets import Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import current_language
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.settings import load_settings
from breakup_tui.ui.wizard import WizardScreen
from tests.factories import filled_plan
from tests.helpers import settle


async def test_switching_to_italian_keeps_the_client_open(store: ClientStore) -> None:
    stem = store.create(filled_plan())
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.switch_language("it")
        await settle(pilot)
        assert current_language() == "it"
        assert isinstance(app.screen, WizardScreen)
        assert app.screen.client.read_only is None
        assert "Preavviso" in str(app.screen.query_one("#step-heading", Static).render())
    assert load_settings(store.locations).language == "it"
