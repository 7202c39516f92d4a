"""Two windows on one client: the second reads, never writes; closing or killing the first frees it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tomllib
from collections.abc import Iterator

import pytest
from textual.widgets import Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.helpers import press, settle, toasts

# Another process that opens a client the way the app does, then waits to be told to go (or killed).
HOLDER = """
import sys
from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.store.paths import locate
client = ClientStore(locate(sys.argv[1], sys.argv[2])).open(sys.argv[3])
print("held" if client.read_only is None else "read-only", flush=True)
sys.stdin.read()
"""


def decide_status(store: ClientStore, stem: str) -> str:
    return str(tomllib.loads(store.path_of(stem).read_text())["progress"]["status"]["decide"])


def assert_read_only_and_said(app: BreakupApp) -> None:
    assert isinstance(app.screen, WizardScreen) and app.screen.read_only
    assert "read-only" in str(app.screen.query_one("#save-state", Static).render())
    assert any("another window" in message for message in toasts(app))


async def test_a_second_window_reads_the_client_and_the_first_keeps_writing(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    first = BreakupApp(open_client=stem)
    async with first.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(first.screen, WizardScreen) and not first.screen.read_only
        second = BreakupApp(open_client=stem)
        async with second.run_test(size=(80, 24), notifications=True) as other:
            await settle(other)
            assert_read_only_and_said(second)
            await other.press("ctrl+d", "escape")
            await settle(other)
        assert decide_status(store, stem) == "not_started"
        await press(pilot, "ctrl+d", "escape")
        await settle(pilot)
        assert decide_status(store, stem) == "done"
    # The first window closed: the client is free again.
    third = store.open(stem)
    assert third.read_only is None
    store.close(third)


@pytest.fixture
def holder(store: ClientStore, dirs: Dirs) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    stem = store.create(Plan.new("Acme"))
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(dirs.data), str(dirs.config), stem],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    yield stem, process
    if process.poll() is None:
        process.kill()
    process.wait()


async def test_a_client_held_by_a_killed_process_is_free_again(
    store: ClientStore, holder: tuple[str, subprocess.Popen[str]]
) -> None:
    stem, process = holder
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert_read_only_and_said(app)
        await press(pilot, "escape")
        await settle(pilot)
        # Nor can it be deleted from under the other window.
        await press(pilot, "delete")
        await press(pilot, "tab", "enter")
        await settle(pilot)
        assert store.stems() == [stem]
        assert any("another window" in message for message in toasts(app))

    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # The dead process's lock file is still there; the kernel dropped its lock, so it must not block.
    assert (store.locations.locks_dir / f"{stem}.lock").exists()
    again = BreakupApp(open_client=stem)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, WizardScreen) and not again.screen.read_only
        await press(pilot, "ctrl+d", "escape")
        await settle(pilot)
    assert decide_status(store, stem) == "done"


def test_a_rename_waits_for_the_other_window(
    store: ClientStore, holder: tuple[str, subprocess.Popen[str]]
) -> None:
    stem, process = holder
    with pytest.raises(StoreError, match="another window"):
        store.rename(stem, "Renamed")
    assert store.load(stem).plan.client.name == "Acme"
    assert process.stdin is not None
    process.stdin.close()  # the other window closes normally
    process.wait()
    store.rename(stem, "Renamed")
    assert store.load(stem).plan.client.name == "Renamed"
