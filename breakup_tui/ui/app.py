"""BreakupApp: opens on the client list, or straight into one client's plan."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette, Provider
from textual.dom import DOMNode
from textual.screen import Screen

from breakup_tui.core import clock
from breakup_tui.core.i18n import choose_language, current_language, set_language, t
from breakup_tui.core.printable import printable
from breakup_tui.core.settings import Settings
from breakup_tui.core.working_days import choose_country, set_country
from breakup_tui.store.clients import ClientNotFound, ClientStore, DamagedClient
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import load_settings, save_settings, settings_problem
from breakup_tui.ui.app_requests import OpenClient, OpenSettings, OpenWrapup, ShowClient, SwitchLanguage
from breakup_tui.ui.home import HomeScreen
from breakup_tui.ui.main_screen import HELP_ID
from breakup_tui.ui.safe_palette import SafeCommandPalette

if TYPE_CHECKING:
    from breakup_tui.core.plan import Plan
    from breakup_tui.store.demo import DemoFolder


def clients_provider() -> type[Provider]:
    """Clients by name in the command palette, loaded when the palette first opens, not at start-up."""
    from breakup_tui.ui.palette import ClientsProvider

    return ClientsProvider


class BreakupApp(App[None]):
    """The whole ending, from doubt to sent letter."""

    CSS_PATH = "app.tcss"
    TITLE = "breakup-tui"
    BINDINGS = [
        Binding("ctrl+q", "quit", "help.key_quit", show=False, priority=True, id="app.quit"),
        # Priority, so help opens over dialogs too; a focused text field keeps its "?".
        Binding("f1,question_mark", "help", "help.key_help", show=False, priority=True, id=HELP_ID),
    ]
    COMMANDS = App.COMMANDS | {clients_provider}
    # Each screen gets one of these classes by its width, for the layout to adapt (app.tcss).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-normal"), (100, "-wide")]

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        config_dir: str | os.PathLike[str] | None = None,
        lang: str | None = None,
        open_client: str | None = None,
        demo: bool = False,
    ) -> None:
        self.demo_folder = self.make_demo_folder(lang) if demo else None
        self.locations = self.demo_folder.locations if self.demo_folder else locate(data_dir, config_dir)
        self.settings = load_settings(self.locations)
        # The language must be set before any screen builds its bindings.
        set_language(choose_language(lang, self.settings.language, os.environ))
        super().__init__()
        set_country(self.country)
        self.store = ClientStore(self.locations, self.country)
        self.start_client = open_client
        self.apply_keymap()

    def on_mount(self) -> None:
        self.restore_theme()
        problem = None if self.demo_folder else settings_problem(self.locations)
        if problem is not None:
            message = printable(t("settings_file.damaged", reason=problem))
            self.notify(message, severity="warning", markup=False)
        self.store.prepare()
        self.push_screen(HomeScreen(self.store))
        if self.start_client is not None:
            self.open_client(self.start_client)

    def open_client(self, stem: str) -> None:
        """Open a client's plan at the step where the user left it."""
        # The wizard, the dialogs and the exports load when first used, so start-up stays fast.
        from breakup_tui.ui.wizard import WizardScreen

        try:
            client = self.store.open(stem)
        except (ClientNotFound, DamagedClient) as error:
            self.notify(
                printable(t("home.open_damaged", file=stem, reason=str(error))),
                severity="error",
                markup=False,
            )
            return
        self.push_screen(WizardScreen(self.store, client))

    def open_wrapup(self, stem: str) -> None:
        """Open a client's wrap-up checklist from the client list."""
        from breakup_tui.ui.wrapup import WrapupScreen

        try:
            client = self.store.open(stem)
        except (ClientNotFound, DamagedClient) as error:
            message = printable(t("home.open_damaged", file=stem, reason=str(error)))
            self.notify(message, severity="error", markup=False)
            return
        self.push_screen(WrapupScreen(self.store, client, owns_client=True))

    # -- what screens ask for (ui/app_requests.py) ------------------------

    def on_open_client(self, request: OpenClient) -> None:
        self.open_client(request.stem)

    def on_open_wrapup(self, request: OpenWrapup) -> None:
        self.open_wrapup(request.stem)

    async def on_show_client(self, request: ShowClient) -> None:
        await self.show_client(request.stem)

    async def on_switch_language(self, request: SwitchLanguage) -> None:
        await self.switch_language(request.language)

    def on_open_settings(self, request: OpenSettings) -> None:
        self.open_settings(sender_only=request.sender_only, then=request.then)

    def may_close_client(self, then: Callable[[], object], *, quitting: bool = False) -> bool:
        """True when the open client's changes are on disk; else ask, and run ``then`` if the user leaves.

        Changes the disk refused are never dropped unasked, however often a key is pressed.
        """
        from breakup_tui.ui.client_screen import ClientScreen

        editing = next((s for s in reversed(self.screen_stack) if isinstance(s, ClientScreen)), None)
        if editing is None or editing.save_now():
            return True
        editing.leave_or_ask(then, quitting=quitting)
        return False

    async def action_quit(self) -> None:
        if self.may_close_client(self.exit, quitting=True):
            await super().action_quit()

    def save_settings(self) -> bool:
        """Write the settings; say so in the app when the disk refuses."""
        try:
            aside = save_settings(self.locations, self.settings)
        except OSError as error:
            self.notify(
                printable(t("wizard.save_failed", reason=error.strerror or str(error))),
                severity="error",
                markup=False,
            )
            return False
        if aside is not None:
            message = printable(t("settings_file.set_aside", name=aside.name))
            self.notify(message, severity="warning", markup=False)
        return True

    async def switch_language(self, language: str) -> None:
        """Show the interface in ``language`` now, without a restart, and remember the choice."""
        if language == current_language():
            return
        set_language(language)
        self.settings.language = language
        self.save_settings()
        from breakup_tui.ui.wizard import WizardScreen

        # Rebuild the screens so every label and key description is in the new language.
        wizard = next((s for s in self.screen_stack if isinstance(s, WizardScreen)), None)
        if wizard is not None:
            wizard.save_now()
            wizard.keep_client_open = True
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        await self.push_screen(HomeScreen(self.store))
        if wizard is not None:
            # The same autosave: a change the disk refused is still known, retried and asked about.
            await self.push_screen(WizardScreen(self.store, wizard.client, saving=wizard.autosave))

    # -- settings, export and the letter (reachable from any screen) ---------

    def open_settings(
        self, *, sender_only: bool = False, then: Callable[[Settings], None] | None = None
    ) -> None:
        """Show the settings dialog; ``then`` runs with the new settings once they are applied."""

        def answered(new: Settings | None) -> None:
            if new is not None:
                self.call_later(self.apply_settings, new, then)
            elif sender_only and not self.settings.sender_asked:
                # Asked once: the letter does not ask again, Settings stays one key away.
                self.settings.sender_asked = True
                self.save_settings()

        from breakup_tui.ui.dialogs.settings import SettingsDialog

        themes = sorted(self.available_themes)
        dialog = SettingsDialog(self.settings, themes=themes, sender_only=sender_only)
        self.push_screen(dialog, answered)

    @property
    def country(self) -> str | None:
        """The country whose public holidays are not working days: the settings', else the locale's."""
        return choose_country(self.settings.country, os.environ)

    async def apply_settings(self, new: Settings, then: Callable[[Settings], None] | None = None) -> None:
        self.settings = new
        self.store.country = self.country
        set_country(self.country)
        if new.theme in self.available_themes:
            self.theme = new.theme
        self.save_settings()
        if new.language is not None and new.language != current_language():
            # The screens are rebuilt in the new language; the old ones (and ``then``) are gone.
            await self.switch_language(new.language)
            return
        if then is not None:
            then(new)

    def action_settings(self) -> None:
        self.open_settings()

    def current_client(self) -> tuple[Plan, str] | None:
        """The client the user is looking at: the open plan, or the row selected on the home screen."""
        from breakup_tui.ui.wizard import WizardScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, WizardScreen):
                return screen.plan, screen.client.stem
            if isinstance(screen, HomeScreen):
                stem = screen.selected_stem()
                if stem is None:
                    return None
                try:
                    return self.store.load(stem).plan, stem
                except (ClientNotFound, DamagedClient) as error:
                    self.notify(
                        t("home.open_damaged", file=stem, reason=str(error)), severity="error", markup=False
                    )
                    return None
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "export" and isinstance(self.screen, HomeScreen):
            # From the client list, the export is the selected client's: none selected, no key.
            return self.screen.selected_stem() is not None
        return True

    def action_export(self) -> None:
        from breakup_tui.ui import letter_actions

        client = self.current_client()
        if client is not None:
            letter_actions.start_export(self, *client)

    def action_copy_letter(self) -> None:
        from breakup_tui.ui import letter_actions

        client = self.current_client()
        if client is not None:
            letter_actions.copy_letter(self, client[0])

    # -- demo mode ---------------------------------------------------------

    @staticmethod
    def make_demo_folder(lang: str | None) -> DemoFolder:
        """Sample clients in a temporary folder; the user's own settings are not even read."""
        from breakup_tui.store.demo import DemoFolder

        return DemoFolder(choose_language(lang, None, os.environ), clock.today())

    @property
    def demo(self) -> bool:
        return self.demo_folder is not None

    def on_unmount(self) -> None:
        # Every screen has closed (and saved) by now.
        if self.demo_folder is not None:
            self.demo_folder.remove()

    # -- theme and keys ----------------------------------------------------

    def restore_theme(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.watch(self, "theme", self.remember_theme, init=False)

    def remember_theme(self, theme: str) -> None:
        if theme != self.settings.theme:
            self.settings.theme = theme
            self.save_settings()

    def apply_keymap(self) -> None:
        """The user's [keys] table: binding id -> keys (README, "Keys")."""
        self.reported_clashes: set[frozenset[str]] = set()
        self.set_keymap(self.settings.keys)

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: DOMNode) -> None:
        # Textual calls this on every key press while the clash lasts: say it once.
        ids = frozenset(b.id or b.action for b in clashed_bindings)
        if ids in self.reported_clashes:
            return
        self.reported_clashes.add(ids)
        keys = ", ".join(sorted({self.get_key_display(b) for b in clashed_bindings}))
        message = t("help.clash", keys=keys, file=str(self.locations.settings_file))
        self.notify(message, severity="warning", timeout=10, markup=False)

    # -- help and the command palette --------------------------------------

    def action_help(self) -> None:
        from breakup_tui.ui.help import toggle_help

        toggle_help(self)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from breakup_tui.ui.palette import system_commands

        return system_commands(self, screen)

    def action_command_palette(self) -> None:
        """Textual's command palette, with our placeholder text."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(SafeCommandPalette(id="--command-palette", placeholder=t("palette.placeholder")))

    def action_open_client_picker(self) -> None:
        from breakup_tui.ui.palette import ClientPickerProvider

        self.push_screen(
            SafeCommandPalette(providers=[ClientPickerProvider], placeholder=t("palette.open_placeholder"))
        )

    async def show_home(self) -> HomeScreen | None:
        """Back to the client list, closing whatever is above it (callers ask ``may_close_client`` first)."""
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            await self.pop_screen()
        return self.screen if isinstance(self.screen, HomeScreen) else None

    async def show_client(self, stem: str) -> None:
        """Open a client from anywhere, without piling screens on top of each other."""
        may_close = self.may_close_client(partial(self.call_later, self.show_client, stem))
        if may_close and await self.show_home() is not None:
            self.open_client(stem)

    async def action_new_client(self) -> None:
        if self.may_close_client(partial(self.call_later, self.action_new_client)):
            home = await self.show_home()
            if home is not None:
                home.action_new_client()
