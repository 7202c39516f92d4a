"""The user's own keys (the [keys] table in settings.toml) and theme, kept between runs."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.settings import load_settings, save_settings
from breakup_tui.ui.dialogs.client_form import ClientFormDialog
from breakup_tui.ui.help import HelpScreen
from breakup_tui.ui.home import HomeScreen
from breakup_tui.ui.wizard import WizardScreen
from tests.helpers import press, settle
from tests.scenes import footer_keys


async def test_a_remapped_key_works_and_the_old_one_does_not(store: ClientStore) -> None:
    save_settings(store.locations, Settings(keys={"home.new": "a", "wizard.next": "ctrl+n"}))
    stem = store.create(Plan.new("Acme"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "a New" in await footer_keys(pilot)
        await press(pilot, "n")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await press(pilot, "a")
        await settle(pilot)
        assert isinstance(app.screen, ClientFormDialog)
        await press(pilot, "escape")
        app.open_client(stem)
        await settle(pilot)
        await press(pilot, "ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)
        assert app.screen.current == "converse"


async def test_help_can_move_to_another_key_and_lists_it(store: ClientStore) -> None:
    save_settings(store.locations, Settings(keys={"app.help": "f2"}))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "f2 Help" in await footer_keys(pilot)
        await press(pilot, "f1")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        await press(pilot, "f2")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert any(k.keys == "f2" and k.description == "Help" for k in app.screen.keys)


async def test_a_key_taken_twice_is_reported_once(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # escape already closes the filter: giving it to "new client" too is a clash.
    save_settings(store.locations, Settings(keys={"home.new": "escape"}))
    app = BreakupApp()
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **options: said.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "down", "up", "down")
        await settle(pilot)
    warnings = [message for message in said if "[keys]" in message]
    assert len(warnings) == 1
    assert "settings.toml" in warnings[0]


async def test_the_chosen_theme_is_saved_and_restored(store: ClientStore) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await settle(pilot)
    assert load_settings(store.locations).theme == "textual-light"
    assert 'theme = "textual-light"' in store.locations.settings_file.read_text()

    again = BreakupApp()
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"


async def test_an_unknown_theme_in_the_file_falls_back_without_being_overwritten(store: ClientStore) -> None:
    save_settings(store.locations, Settings(theme="no-such-theme"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
    assert tomllib.loads(store.locations.settings_file.read_text())["theme"] == "no-such-theme"


# Textual's border styles: words in a border rule that are not colours.
BORDER_TYPES = {"ascii", "blank", "dashed", "double", "heavy", "hidden", "hkey", "inner", "none"}
BORDER_TYPES |= {"outer", "panel", "round", "solid", "tall", "thick", "vkey", "wide"}


def every_stylesheet() -> str:
    """The app's chrome and every screen's sheet, as installed."""
    ui = resources.files("breakup_tui.ui")
    screens = [sheet for sheet in ui.joinpath("styles").iterdir() if sheet.name.endswith(".tcss")]
    sheets = [ui.joinpath("app.tcss"), *screens]
    assert len(sheets) > 1
    return "\n".join(sheet.read_text() for sheet in sheets)


def test_the_stylesheet_uses_theme_variables_only() -> None:
    """A fixed colour would look wrong in some theme; every colour is a $variable."""
    css = every_stylesheet()
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    colour_rules = re.findall(
        r"^\s*(?:[\w-]*color|background|border(?:-top|-right|-bottom|-left)?|outline)\s*:\s*([^;]+);",
        css,
        re.M,
    )
    assert colour_rules
    for value in colour_rules:
        words = [w for w in value.split() if not w.startswith("$") and not w.endswith("%")]
        fixed = [w for w in words if re.fullmatch(r"#[0-9a-fA-F]{3,8}|rgb.*|[a-z]+", w)]
        assert set(fixed) <= BORDER_TYPES | {"transparent"}, value
