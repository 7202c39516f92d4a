"""A long client list opens with the rows in view and builds the rest on the way down."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.home import HomeScreen
from tests.helpers import press, settle, type_text

CLIENTS = 150  # more than three screens at 80×24


@pytest.fixture
def names(store: ClientStore) -> list[str]:
    """The clients on file, in the order the list shows them."""
    names = [f"Client {n:03}" for n in range(CLIENTS)]
    for name in names:
        store.create(Plan.new(name))
    return names


async def test_the_last_client_is_one_key_away(names: list[str]) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert 0 < table.row_count < CLIENTS  # only the first screens are built
        assert str(table.get_row_at(0)[0]) == names[0]
        await press(pilot, "ctrl+end")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        assert screen.name_of(screen.selected_stem() or "") == names[-1]


async def test_moving_down_builds_the_rows_before_they_are_needed(names: list[str]) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        for _ in range(6):
            await press(pilot, "pagedown")
        await pilot.pause()
        cursor = table.cursor_row
        assert table.row_count > cursor + 10  # rows beyond the cursor are already there
        assert str(table.get_row_at(cursor)[0]) == names[cursor]


async def test_the_filter_finds_a_client_far_down_the_list(names: list[str]) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await type_text(pilot, "Client 149")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        assert str(table.get_row_at(0)[0]) == names[149]
