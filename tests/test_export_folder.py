"""The export dialog proposes a folder that exists and remembers it; Enter in the path field never writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input

from breakup_tui.app import BreakupApp
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import load_settings
from breakup_tui.ui.dialogs.export import ExportDialog
from tests.conftest import Dirs
from tests.factories import filled_plan
from tests.helpers import clear_input, press, settle, type_text


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DOCUMENTS_DIR"):
        monkeypatch.delenv(name, raising=False)
    return home


async def open_export(app: BreakupApp, pilot: object) -> ExportDialog:
    await press(pilot, "x")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


@pytest.mark.parametrize("language", ["en", "it"])
async def test_the_proposed_folder_exists_and_enter_moves_to_the_button(
    store: ClientStore, home: Path, language: str
) -> None:
    store.create(filled_plan())
    app = BreakupApp(lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = await open_export(app, pilot)
        # No Documents folder here: the home folder, which exists, rather than a folder that does not.
        proposed = Path(dialog.query_one("#path", Input).value).expanduser()
        assert proposed.parent == home
        await press(pilot, "tab")
        assert app.focused is dialog.query_one("#path", Input)
        await press(pilot, "enter")
        await settle(pilot)
        assert app.screen is dialog  # nothing written yet
        assert app.focused is dialog.query_one("#export", Button)
        assert not proposed.exists()
        await press(pilot, "enter")
        await settle(pilot)
        assert proposed.exists()


async def test_the_documents_folder_is_proposed_and_the_folder_used_is_remembered(
    store: ClientStore, home: Path, dirs: Dirs
) -> None:
    (home / "Documents").mkdir()
    elsewhere = home / "exports"
    elsewhere.mkdir()
    store.create(filled_plan())
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = await open_export(app, pilot)
        assert dialog.query_one("#path", Input).value.startswith("~/Documents/")
        await press(pilot, "tab")
        await clear_input(pilot, 80)
        await type_text(pilot, f"{elsewhere}/plan.eml")
        await press(pilot, "enter", "enter")
        await settle(pilot)
        assert (elsewhere / "plan.eml").exists()
        dialog = await open_export(app, pilot)
        assert dialog.query_one("#path", Input).value.startswith("~/exports/")
        await press(pilot, "escape")
    assert load_settings(locate(dirs.data, dirs.config)).export_folder == str(elsewhere)

    # A remembered folder that is gone is not proposed: back to the documents folder.
    (elsewhere / "plan.eml").unlink()
    elsewhere.rmdir()
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = await open_export(app, pilot)
        assert dialog.query_one("#path", Input).value.startswith("~/Documents/")
