"""``breakup-tui --demo``: samples in a temporary folder, DEMO on every screen, the user's files untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import DataTable

from breakup_tui import cli
from breakup_tui.app import BreakupApp
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.settings import save_settings
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.factories import filled_plan
from tests.helpers import press, settle


def tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


async def test_the_demo_leaves_the_users_folders_untouched(store: ClientStore, dirs: Dirs) -> None:
    store.create(filled_plan("My Real Client"))
    save_settings(store.locations, Settings(your_name="Me", theme="nord"))
    before = tree(dirs.data), tree(dirs.config)
    app = BreakupApp(demo=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        names = [str(row[0]) for row in map(app.screen.query_one(DataTable).get_row_at, range(2))]
        assert "My Real Client" not in names
        await press(pilot, "enter", "ctrl+d", "ctrl+right")  # edit a sample client
        await settle(pilot)
        app.theme = "textual-light"  # and a setting
        await press(pilot, "escape")
        await settle(pilot)
        demo_root = app.demo_folder.root if app.demo_folder else None
    assert (tree(dirs.data), tree(dirs.config)) == before
    assert demo_root is not None and not demo_root.exists()


async def test_demo_says_so_on_every_screen_and_only_in_the_demo(store: ClientStore) -> None:
    app = BreakupApp(demo=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#demo-badge").display
        await press(pilot, "enter")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)
        assert app.screen.query_one("#demo-badge").display

    normal = BreakupApp()
    async with normal.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not normal.screen.query_one("#demo-badge").display


async def test_the_demo_clients_speak_the_interface_language() -> None:
    app = BreakupApp(demo=True, lang="it")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        names = sorted(str(table.get_row_at(i)[0]) for i in range(table.row_count))
        assert names == ["Bellavista Media", "Caffè del Porto"]


def test_the_command_line_opens_the_demo(monkeypatch: pytest.MonkeyPatch, dirs: Dirs) -> None:
    opened: list[BreakupApp] = []
    monkeypatch.setattr(BreakupApp, "run", lambda self, **options: opened.append(self))
    monkeypatch.setattr(cli, "has_terminal", lambda: True)  # pytest's stdin is no terminal
    assert cli.main(["--demo"]) == 0
    [app] = opened
    assert app.demo and app.locations.data_dir != dirs.data
    assert not dirs.data.exists() and not dirs.config.exists()
    if app.demo_folder is not None:
        app.demo_folder.remove()


def test_demo_with_a_command_that_reads_your_files_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--demo", "list"])
    assert exit_.value.code == 2
    assert "--demo" in capsys.readouterr().err


def test_the_real_folder_variable_is_set_in_these_tests(dirs: Dirs) -> None:
    # Guards the tests above: they check the folder BreakupApp() would otherwise use.
    assert os.environ["BREAKUP_TUI_DATA_DIR"] == str(dirs.data)
