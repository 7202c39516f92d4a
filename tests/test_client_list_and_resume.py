"""Driving the app as a person would: create, move through steps, quit, come back."""

from __future__ import annotations

import tomllib

from textual.widgets import DataTable, Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.helpers import press, type_text


async def test_create_move_to_step_three_quit_and_resume(dirs: Dirs) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "n")
        await type_text(pilot, "Acme Studio")
        await press(pilot, "tab")
        await type_text(pilot, "Jane")
        await press(pilot, "tab")
        await type_text(pilot, "jane@acme.example")
        await press(pilot, "enter")
        await pilot.pause()
        assert isinstance(app.screen, WizardScreen)
        # alt+→ changes step wherever the focus is (a step opens with its first field focused).
        await press(pilot, "alt+right", "alt+right")
        await pilot.pause()
        assert app.screen.query_one("#step-heading", Static).render().plain.startswith("3 ·")  # type: ignore[attr-defined]
        await press(pilot, "ctrl+q")
    [path] = list(dirs.clients.glob("*.toml"))
    data = tomllib.loads(path.read_text())
    assert data["progress"]["current"] == "notice"
    assert data["client"]["email"] == "jane@acme.example"

    again = BreakupApp()
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await again.workers.wait_for_complete()
        await pilot.pause()
        await press(pilot, "enter")
        await pilot.pause()
        assert isinstance(again.screen, WizardScreen)
        assert again.screen.current == "notice"


async def test_new_client_form_refuses_an_empty_or_taken_name(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await press(pilot, "n")
        await press(pilot, "enter")
        await pilot.pause()
        assert "required" in str(app.screen.query_one("#name-error", Static).render())
        await type_text(pilot, "ACME")
        await press(pilot, "enter")
        await pilot.pause()
        assert "already" in str(app.screen.query_one("#name-error", Static).render())
        assert len(store.stems()) == 1


async def test_a_damaged_file_is_shown_with_its_reason_and_left_untouched(
    store: ClientStore, dirs: Dirs
) -> None:
    store.create(Plan.new("Healthy"))
    broken = dirs.clients / "old.toml"
    broken.write_bytes(b'schema_version = 1\n[client]\nname "x"\n')
    before = broken.read_bytes()
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        damaged = str(app.screen.query_one("#damaged", Static).render())
        assert "old.toml" in damaged and "TOML" in damaged
        assert app.screen.query_one(DataTable).row_count == 1
    assert broken.read_bytes() == before


async def test_a_hostile_name_is_created_listed_and_stays_inside(dirs: Dirs) -> None:
    name = "[bold]Acme[/] ../../etc"
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "n")
        await type_text(pilot, name)
        await press(pilot, "enter")
        await pilot.pause()
        assert isinstance(app.screen, WizardScreen)
        await press(pilot, "escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert str(table.get_row_at(0)[0]) == name
    files = list(dirs.data.rglob("*.toml"))
    assert [f.parent for f in files] == [dirs.clients]
    assert tomllib.loads(files[0].read_text())["client"]["name"] == name


async def test_delete_asks_then_undo_restores(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await press(pilot, "delete")
        await press(pilot, "tab", "enter")  # focus moves from Cancel to Delete
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert store.stems() == []
        await press(pilot, "u")
        await pilot.pause()
        assert len(store.stems()) == 1
        assert app.screen.query_one(DataTable).row_count == 1


async def test_marking_a_step_done_is_saved(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "ctrl+d")
        await pilot.pause(0.9)
        await app.workers.wait_for_complete()
    data = tomllib.loads(store.path_of(stem).read_text())
    assert data["progress"]["status"]["decide"] == "done"
