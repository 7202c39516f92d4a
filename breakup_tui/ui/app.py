"""BreakupApp: opens on the client list, or straight into one client's plan."""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from breakup_tui.core.i18n import choose_language, current_language, set_language, t
from breakup_tui.store.clients import ClientNotFound, ClientStore, DamagedClient
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import load_settings, save_settings
from breakup_tui.ui.home import HomeScreen
from breakup_tui.ui.localize import localized
from breakup_tui.ui.wizard import WizardScreen


class BreakupApp(App[None]):
    """The whole ending, from doubt to sent letter."""

    CSS_PATH = "app.tcss"
    TITLE = "breakup-tui"
    BINDINGS = [
        Binding("ctrl+q", "quit", show=False, priority=True, id="app.quit"),
    ]

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        config_dir: str | os.PathLike[str] | None = None,
        lang: str | None = None,
        open_client: str | None = None,
    ) -> None:
        self.locations = locate(data_dir, config_dir)
        self.settings = load_settings(self.locations)
        # The language must be set before any screen builds its bindings.
        set_language(choose_language(lang, self.settings.language, os.environ))
        super().__init__()
        self.store = ClientStore(self.locations)
        self.start_client = open_client

    @property
    def data_dir(self) -> Path:
        return self.locations.data_dir

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.store.prepare()
        self.push_screen(localized(HomeScreen)(self.store))
        if self.start_client is not None:
            self.open_client(self.start_client)

    def open_client(self, stem: str) -> None:
        """Open a client's plan at the step where the user left it."""
        try:
            client = self.store.open(stem)
        except (ClientNotFound, DamagedClient) as error:
            self.notify(t("home.open_damaged", file=stem, reason=str(error)), severity="error", markup=False)
            return
        self.push_screen(localized(WizardScreen)(self.store, client))

    def save_settings(self) -> bool:
        """Write the settings; say so in the app when the disk refuses."""
        try:
            save_settings(self.locations, self.settings)
        except OSError as error:
            self.notify(t("wizard.save_failed", reason=error.strerror or str(error)), severity="error")
            return False
        return True

    async def switch_language(self, language: str) -> None:
        """Show the interface in ``language`` now, without a restart, and remember the choice."""
        if language == current_language():
            return
        set_language(language)
        self.settings.language = language
        self.save_settings()
        # Rebuild the screens so every label and key description is in the new language.
        wizard = next((s for s in self.screen_stack if isinstance(s, WizardScreen)), None)
        if wizard is not None:
            wizard.flush()
            wizard.keep_client_open = True
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        await self.push_screen(localized(HomeScreen)(self.store))
        if wizard is not None:
            await self.push_screen(localized(WizardScreen)(self.store, wizard.client))
