"""The client list's columns are as wide as their longest cell on every start, even under load."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest
from textual.widgets import DataTable

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan, Status, Verdict
from breakup_tui.store.clients import ClientStore
from tests.factories import filled_plan
from tests.helpers import screen_text, settle

# Names far longer than the column's header, so a column cut to the header shows "Acme …".
NAMES = ("Acme Studio Ltd", "Bellini & Figli", "Northwind Trade")
STARTS = 8


@pytest.fixture
def clients(store: ClientStore) -> None:
    store.create(filled_plan(NAMES[0]))
    kept = Plan.new(NAMES[1])
    kept.decide.verdict = Verdict.KEEP
    kept.progress.status["decide"] = Status.DONE
    store.create(kept)
    store.create(Plan.new(NAMES[2]))


@pytest.fixture
def busy_cpu() -> Iterator[None]:
    """A thread that keeps the interpreter busy, as a slow or loaded machine does."""
    stop = threading.Event()

    def burn() -> None:
        while not stop.is_set():
            sum(range(10_000))
            time.sleep(0)

    thread = threading.Thread(target=burn, daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join()


def cells_cut(app: BreakupApp) -> list[str]:
    """Every cell of the list that is not shown whole on screen."""
    table = app.screen.query_one("#clients", DataTable)
    shown = screen_text(app)
    return [
        str(cell)
        for row in range(table.row_count)
        for cell in table.get_row_at(row)
        if str(cell).strip() and str(cell) not in shown
    ]


async def start_and_measure() -> list[str]:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # The first frame the user sees: no key pressed, nothing else waited for.
        return cells_cut(app)


@pytest.mark.slow
@pytest.mark.usefixtures("clients", "busy_cpu")
async def test_every_column_fits_its_longest_cell_on_simultaneous_starts() -> None:
    results = await asyncio.gather(*(start_and_measure() for _ in range(STARTS)))
    assert [cut for cut in results if cut] == []


@pytest.mark.usefixtures("clients")
async def test_every_column_fits_its_longest_cell_on_a_plain_start() -> None:
    for _ in range(3):
        assert await start_and_measure() == []
