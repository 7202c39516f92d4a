"""A save the disk refuses keeps the old file, says so, keeps the changes, and succeeds once the disk is back.

The refusal is simulated where a real one surfaces (root ignores a read-only
folder's mode, and a tiny file system needs privileges): creating the
temporary file, flushing it to the disk, or renaming it over the old file.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan, Status
from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.store.files import TEMP_SUFFIX
from breakup_tui.ui import wizard
from breakup_tui.ui.wizard import WizardScreen
from tests.helpers import settle
from tests.screen_probe import toasts


@dataclass
class Disk:
    """A disk that refuses writes while ``full`` is set, for ``reason``."""

    reason: str
    full: bool = False


FAILURES = {
    # where the refusal comes: (the os function, the error it raises)
    "creating the temporary file": ("open", errno.ENOSPC),
    "flushing it to the disk": ("fsync", errno.ENOSPC),
    "renaming it over the old file": ("replace", errno.EROFS),
}


def refuse_saves(monkeypatch: pytest.MonkeyPatch, failure: str) -> Disk:
    function, code = FAILURES[failure]
    real: Callable[..., Any] = getattr(os, function)
    state = Disk(os.strerror(code))

    def refusing(*args: Any, **kwargs: Any) -> Any:
        # Only saves are refused (they go through a temporary file); reading and locking go on.
        if state.full and (function == "fsync" or str(args[0]).endswith(TEMP_SUFFIX)):
            raise OSError(code, state.reason)
        return real(*args, **kwargs)

    monkeypatch.setattr(os, function, refusing)
    if function == "replace":
        # A save that must not lose another program's edit swaps the files instead of renaming.
        from breakup_tui.store import exchange

        real_exchange = exchange.exchange

        def refusing_exchange(first: Any, second: Any) -> bool:
            if state.full and str(first).endswith(TEMP_SUFFIX):
                raise OSError(code, state.reason)
            return real_exchange(first, second)

        monkeypatch.setattr(exchange, "exchange", refusing_exchange)
    return state


@pytest.fixture(params=list(FAILURES))
def disk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Disk:
    return refuse_saves(monkeypatch, request.param)


def leftovers(store: ClientStore) -> list[str]:
    return [p.name for p in store.folder.iterdir() if p.name.endswith(TEMP_SUFFIX)]


def test_a_refused_save_keeps_the_old_file_and_the_changes(store: ClientStore, disk: Disk) -> None:
    stem = store.create(Plan.new("Acme"))
    path = store.path_of(stem)
    before = path.read_bytes()
    client = store.open(stem)
    client.plan.decide.notes = "written while the disk was full"
    disk.full = True
    with pytest.raises(StoreError, match=disk.reason):
        store.save(client)
    assert path.read_bytes() == before
    assert leftovers(store) == []
    assert client.plan.decide.notes == "written while the disk was full"
    disk.full = False
    store.save(client)
    store.close(client)
    assert store.load(stem).plan.decide.notes == "written while the disk was full"


async def wait_until(pilot: Pilot[Any], condition: Callable[[], bool], what: str) -> None:
    """Let the app run until ``condition`` holds (autosave and its retries are timers)."""
    for _ in range(300):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError(f"the app never reached: {what}")


async def test_the_app_says_a_save_failed_keeps_the_changes_and_saves_them_later(
    store: ClientStore, disk: Disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wizard, "AUTOSAVE_DELAY", 0.01)
    monkeypatch.setattr(wizard, "RETRY_DELAY", 0.05)
    stem = store.create(Plan.new("Acme"))
    path = store.path_of(stem)
    before = path.read_bytes()
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        disk.full = True
        await pilot.press("ctrl+d")
        await wait_until(pilot, lambda: screen.save_state == "failed", "the failed state")
        assert "not saved" in str(screen.query_one("#save-state", Static).render())
        assert any("Could not save" in m and disk.reason in m for m in toasts(app))
        assert path.read_bytes() == before and leftovers(store) == []
        assert screen.plan.progress.status["decide"] is Status.DONE

        # Leaving now would drop the changes: the first request is refused, with the reason.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert any("still here" in message for message in toasts(app))

        disk.full = False
        await wait_until(pilot, lambda: screen.save_state == "saved", "the saved state after a retry")
        assert path.read_bytes() != before
        assert store.load(stem).plan.progress.status["decide"] is Status.DONE
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not screen


async def test_quitting_waits_once_for_changes_the_disk_refused(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = refuse_saves(monkeypatch, "flushing it to the disk")
    stem = store.create(Plan.new("Acme"))
    before = store.path_of(stem).read_bytes()
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        disk.full = True
        await pilot.press("ctrl+d", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, WizardScreen) and app.screen.save_state == "failed"
        assert any("still here" in message for message in toasts(app))
        # Asked again, the app quits: the user was told what it costs.
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert store.path_of(stem).read_bytes() == before


async def test_leaving_while_a_doomed_save_is_still_being_written_keeps_the_changes(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wizard, "AUTOSAVE_DELAY", 0.01)
    monkeypatch.setattr(wizard, "RETRY_DELAY", 60)  # no retry of its own: the test decides when
    disk = Disk(os.strerror(errno.ENOSPC))
    in_the_worker = threading.Event()
    release_the_worker = threading.Event()
    real_fsync = os.fsync

    def slow_then_full(fd: int) -> None:
        # The autosave worker's flush hangs until released, then fails: a save still "saving".
        if threading.current_thread() is not threading.main_thread():
            in_the_worker.set()
            release_the_worker.wait(10)
        if disk.full:
            raise OSError(errno.ENOSPC, disk.reason)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", slow_then_full)
    stem = store.create(Plan.new("Acme"))
    before = store.path_of(stem).read_bytes()
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        disk.full = True
        await pilot.press("ctrl+d")
        await wait_until(pilot, in_the_worker.is_set, "a save in the worker")
        assert screen.save_state == "saving"
        # Leaving waits for that save; it fails, so the screen stays with the changes.
        threading.Timer(0.2, release_the_worker.set).start()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.plan.progress.status["decide"] is Status.DONE
        assert any("still here" in message for message in toasts(app))
        assert store.path_of(stem).read_bytes() == before

        disk.full = False
        await pilot.press("escape")  # asked again, with room on the disk: saved, then gone
        await settle(pilot)
        assert app.screen is not screen
    assert store.load(stem).plan.progress.status["decide"] is Status.DONE
