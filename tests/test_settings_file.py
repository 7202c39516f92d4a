"""settings.toml has one verdict: what tomllib refuses is damaged, set aside, never written over."""

from __future__ import annotations

import tomllib

from breakup_tui.core.settings import Settings
from breakup_tui.store.paths import Locations, locate
from breakup_tui.store.settings import load_settings, save_settings, settings_problem
from tests.conftest import Dirs

USER_FILE = """\
# my settings
your_name = "Ada Lovelace"
business = "Engines Ltd"
signature = "Ada"
theme = "nord"
colour = "mine"  # a key of my own
"""


def _locations(dirs: Dirs, text: str) -> Locations:
    locations = locate(dirs.data, dirs.config)
    locations.config_dir.mkdir(parents=True, exist_ok=True)
    locations.settings_file.write_text(text)
    return locations


def test_a_file_only_the_lenient_parser_accepts_is_damaged_and_set_aside(dirs: Dirs) -> None:
    # A multi-line inline table: TOML 1.1, which tomlkit reads and tomllib refuses.
    text = USER_FILE + '[keys]\nquit = { a = "ctrl+q",\n  b = "q" }\n'
    locations = _locations(dirs, text)
    assert settings_problem(locations) is not None
    settings = load_settings(locations)
    settings.theme = "gruvbox"
    aside = save_settings(locations, settings)
    assert aside is not None and aside.read_text() == text
    assert tomllib.loads(locations.settings_file.read_text())["theme"] == "gruvbox"


def test_a_key_given_twice_is_damaged_and_a_theme_change_crashes_nothing(dirs: Dirs) -> None:
    text = USER_FILE + '[keys]\nquit = "ctrl+q"\nquit = "q"\n'
    locations = _locations(dirs, text)
    assert "not valid TOML" in (settings_problem(locations) or "")
    assert load_settings(locations) == Settings()
    aside = save_settings(locations, Settings(theme="gruvbox"))
    assert aside is not None and aside.read_text() == text


def test_a_theme_change_keeps_every_hand_written_value_line_and_comment(dirs: Dirs) -> None:
    locations = _locations(dirs, USER_FILE)
    assert settings_problem(locations) is None
    settings = load_settings(locations)
    settings.theme = "gruvbox"
    assert save_settings(locations, settings) is None
    saved = locations.settings_file.read_text()
    assert saved.replace('theme = "gruvbox"', 'theme = "nord"').startswith(USER_FILE)
    assert list(locations.config_dir.glob("*.damaged-*")) == []


async def test_the_app_says_the_settings_are_damaged_and_a_theme_change_sets_them_aside(dirs: Dirs) -> None:
    from breakup_tui.app import BreakupApp
    from tests.helpers import settle, toasts

    text = USER_FILE + '[keys]\nquit = "ctrl+q"\nquit = "q"\n'
    locations = _locations(dirs, text)
    app = BreakupApp()
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await settle(pilot)
        assert any("settings.toml" in toast for toast in toasts(app))
        app.theme = "textual-light"
        await settle(pilot)
        assert any("damaged-" in toast for toast in toasts(app))
    [aside] = list(locations.config_dir.glob("settings.toml.damaged-*"))
    assert aside.read_text() == text
