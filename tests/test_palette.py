"""The command palette (ctrl+p): jump to a step, open a client by name, start a new one, switch language."""

from __future__ import annotations

import tomllib

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, OptionList

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import current_language
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui import palette
from breakup_tui.ui.dialogs.client_form import ClientFormDialog
from breakup_tui.ui.dialogs.settings import SettingsDialog
from breakup_tui.ui.home import HomeScreen
from breakup_tui.ui.palette import ActionCommand, system_commands
from breakup_tui.ui.wizard import WizardScreen
from tests.factories import filled_plan
from tests.helpers import open_palette_and_run, press, settle, type_text


def palette_options(app: BreakupApp) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(options.option_count)]


async def test_the_palette_finds_and_runs_jump_to_step(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_palette_and_run(pilot, "give notice")
        assert isinstance(app.screen, WizardScreen)
        assert app.screen.current == "notice"
        await press(pilot, "ctrl+q")
    assert tomllib.loads(store.path_of(stem).read_text())["progress"]["current"] == "notice"


async def test_jumping_is_offered_only_with_a_client_open(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        await type_text(pilot, "go to step")
        await settle(pilot)
        assert not any("Go to step" in option for option in palette_options(app))


async def test_typing_a_name_opens_that_client_without_piling_up_screens(store: ClientStore) -> None:
    first = store.create(Plan.new("Acme"))
    store.create(Plan.new("Bellini SRL"))
    app = BreakupApp(open_client=first)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_palette_and_run(pilot, "bellini")
        assert isinstance(app.screen, WizardScreen)
        assert app.screen.plan.client.name == "Bellini SRL"
        # The default screen, the client list, this client: Acme was closed on the way.
        assert len(app.screen_stack) == 3


async def test_a_name_with_markup_is_listed_as_typed(store: ClientStore) -> None:
    store.create(Plan.new("[b]Acme[/b] & Co"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        await type_text(pilot, "acme")
        await settle(pilot)
        assert "[b]Acme[/b] & Co" in palette_options(app)
        await press(pilot, "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)


async def test_open_a_client_lists_every_client_before_typing(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    store.create(Plan.new("Bellini SRL"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_palette_and_run(pilot, "open a client")
        assert CommandPalette.is_open(app)
        assert palette_options(app) == ["Acme", "Bellini SRL"]


async def test_new_client_from_inside_a_client_goes_back_to_the_list_first(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_palette_and_run(pilot, "new client")
        assert isinstance(app.screen, ClientFormDialog)
        assert isinstance(app.screen_stack[-2], HomeScreen)


async def test_switching_language_from_the_palette(store: ClientStore) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_palette_and_run(pilot, "interface in italian")
        assert current_language() == "it"
        await press(pilot, "ctrl+p")
        await settle(pilot)
        assert app.screen.query_one(Input).placeholder.startswith("Cerca un comando")
        await type_text(pilot, "nuovo")
        await settle(pilot)
        assert "Nuovo cliente" in palette_options(app)


async def test_settings_export_and_copy_the_letter_are_in_the_palette(store: ClientStore) -> None:
    app = BreakupApp(open_client=store.create(filled_plan()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = {command.title for command in system_commands(app, app.screen)}
        assert {"Settings", "Export…", "Copy the letter"} <= titles
        await open_palette_and_run(pilot, "settings")
        assert isinstance(app.screen, SettingsDialog)


async def test_an_entry_is_offered_only_where_its_action_exists(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = ActionCommand("palette.copy_letter", "palette.copy_letter_help", "frobnicate")
    monkeypatch.setattr(palette, "ACTION_COMMANDS", (entry,))

    class Frobnicating(HomeScreen):
        def action_frobnicate(self) -> None:
            self.frobnicated = True

    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert list(palette.action_commands(app, app.screen)) == []
        screen = Frobnicating(store)
        await app.push_screen(screen)
        [command] = palette.action_commands(app, screen)
        await command.callback()
        assert screen.frobnicated
