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
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Plan, Status
from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.store.files import TEMP_SUFFIX
from breakup_tui.ui import autosave
from breakup_tui.ui.dialogs.confirm import ConfirmDialog
from breakup_tui.ui.home import HomeScreen
from breakup_tui.ui.wizard import WizardScreen
from breakup_tui.ui.wrapup import WrapupScreen
from tests.conftest import TODAY
from tests.factories import filled_plan
from tests.helpers import press, screen_text, settle, toasts


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


def client_on_a_refusing_disk(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch, failure: str
) -> tuple[Disk, str, bytes]:
    """A new client, a disk that will refuse saves at ``failure``, and the file's bytes before."""
    disk = refuse_saves(monkeypatch, failure)
    stem = store.create(Plan.new("Acme"))
    return disk, stem, store.path_of(stem).read_bytes()


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
    monkeypatch.setattr(autosave, "AUTOSAVE_DELAY", 0.01)
    monkeypatch.setattr(autosave, "RETRY_DELAY", 0.05)
    stem = store.create(Plan.new("Acme"))
    path = store.path_of(stem)
    before = path.read_bytes()
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        disk.full = True
        await press(pilot, "ctrl+d")
        await wait_until(pilot, lambda: screen.save_state == "failed", "the failed state")
        assert "not saved" in str(screen.query_one("#save-state", Static).render())
        assert any("Could not save" in m and disk.reason in m for m in toasts(app))
        assert path.read_bytes() == before and leftovers(store) == []
        assert screen.plan.progress.status["decide"] is Status.DONE

        # Leaving now would drop the changes: the app asks, with the reason; Esc keeps editing.
        await press(pilot, "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and disk.reason in screen_text(app)
        await press(pilot, "escape")
        await pilot.pause()
        assert app.screen is screen

        disk.full = False
        await wait_until(pilot, lambda: screen.save_state == "saved", "the saved state after a retry")
        assert path.read_bytes() != before
        assert store.load(stem).plan.progress.status["decide"] is Status.DONE
        await press(pilot, "escape")
        await settle(pilot)
        assert app.screen is not screen


async def test_quitting_with_changes_the_disk_refused_asks_and_a_repeated_ctrl_q_stays(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk, stem, before = client_on_a_refusing_disk(store, monkeypatch, "flushing it to the disk")
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        disk.full = True
        await press(pilot, "ctrl+d", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        # Asked again by the same key, the app still stays: only the explicit choice quits.
        await press(pilot, "ctrl+q")
        await pilot.pause()
        assert app.return_code is None and isinstance(app.screen, ConfirmDialog)
        await press(pilot, "tab", "enter")  # "Quit without saving"
        await pilot.pause()
        assert app.return_code == 0
    assert store.path_of(stem).read_bytes() == before


async def test_the_autosave_writes_on_the_ui_thread_so_leaving_never_outruns_a_save(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save is over, written or refused, before the next key: leaving has no write in a worker to trust."""
    monkeypatch.setattr(autosave, "AUTOSAVE_DELAY", 0.01)
    monkeypatch.setattr(autosave, "RETRY_DELAY", 60)  # no retry of its own: the test decides when
    writers: list[threading.Thread] = []
    real_write = ClientStore.write

    def watched_write(self: ClientStore, *args: Any, **kwargs: Any) -> None:
        writers.append(threading.current_thread())
        real_write(self, *args, **kwargs)

    monkeypatch.setattr(ClientStore, "write", watched_write)
    disk, stem, before = client_on_a_refusing_disk(store, monkeypatch, "flushing it to the disk")
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        disk.full = True
        await press(pilot, "ctrl+d")
        await wait_until(pilot, lambda: screen.save_state == "failed", "the refused autosave")
        await press(pilot, "escape")  # the refusal is known at once: leaving asks
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert store.path_of(stem).read_bytes() == before
        await press(pilot, "escape")  # keep editing
        await pilot.pause()
        assert app.screen is screen and screen.plan.progress.status["decide"] is Status.DONE

        disk.full = False
        await press(pilot, "escape")  # asked again, with room on the disk: saved, then gone
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert store.load(stem).plan.progress.status["decide"] is Status.DONE
    assert writers and all(thread is threading.main_thread() for thread in writers)


def header(app: BreakupApp) -> str:
    return str(app.screen.query_one("#save-state", Static).render())


async def test_the_wrapup_saves_a_refused_tick_on_its_own_once_the_disk_is_back(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave, "RETRY_DELAY", 0.05)
    disk = refuse_saves(monkeypatch, "creating the temporary file")
    stem = store.create(filled_plan())
    app = BreakupApp()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "w")  # the wrap-up, from the client list
        await settle(pilot)
        assert isinstance(app.screen, WrapupScreen)
        disk.full = True
        await press(pilot, "b")  # begin the wrap-up: a change, saved at once
        await pilot.pause()
        assert "not saved" in header(app)
        assert any("Could not save" in m and disk.reason in m for m in toasts(app))
        assert store.load(stem).plan.wrapup.started_on is None

        disk.full = False  # no key pressed: the retry alone must save it
        await wait_until(pilot, lambda: store.load(stem).plan.wrapup.started_on == TODAY, "the retried save")
        await pilot.pause()
        assert header(app) == t("wizard.saved")


async def test_a_tick_the_disk_refused_on_the_wrapup_is_still_unsaved_back_in_the_wizard(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave, "RETRY_DELAY", 60)  # no retry while the test looks
    disk = refuse_saves(monkeypatch, "renaming it over the old file")
    stem = store.create(filled_plan())
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        wizard_screen = app.screen
        assert isinstance(wizard_screen, WizardScreen)
        await press(pilot, "ctrl+w")
        await settle(pilot)
        disk.full = True
        await press(pilot, "b", "escape")  # begin the wrap-up, refused; back to the wizard
        await pilot.pause()
        assert app.screen is wizard_screen
        assert "not saved" in header(app)
        await press(pilot, "escape")  # leaving would lose the tick: asked first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)


async def test_esc_on_the_question_about_refused_changes_stays_and_only_a_choice_leaves(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk, stem, before = client_on_a_refusing_disk(store, monkeypatch, "flushing it to the disk")
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        disk.full = True
        await press(pilot, "ctrl+d", "escape", "escape")  # Esc again, as if by habit
        await pilot.pause()
        assert app.screen is screen, "a repeated Esc left and dropped the changes"
        assert screen.plan.progress.status["decide"] is Status.DONE

        await press(pilot, "escape")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, ConfirmDialog)
        assert disk.reason in screen_text(app)
        await press(pilot, "tab", "enter")  # from "Keep editing" to "Leave without saving"
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert store.path_of(stem).read_bytes() == before  # the user chose to leave without them


async def test_opening_another_client_from_the_palette_asks_before_dropping_refused_changes(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_palette import open_palette_and_run

    disk = refuse_saves(monkeypatch, "creating the temporary file")
    stem = store.create(Plan.new("Acme"))
    store.create(Plan.new("Bellini SRL"))
    before = store.path_of(stem).read_bytes()
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        acme = app.screen
        assert isinstance(acme, WizardScreen)
        disk.full = True
        await press(pilot, "ctrl+d")
        await open_palette_and_run(pilot, "bellini")
        assert isinstance(app.screen, ConfirmDialog), "another client opened over the refused changes"
        await press(pilot, "escape")  # keep editing
        await pilot.pause()
        assert app.screen is acme and acme.plan.progress.status["decide"] is Status.DONE

        await open_palette_and_run(pilot, "bellini")
        await press(pilot, "tab", "enter")  # leave without saving: then the command goes on
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen) and app.screen.plan.client.name == "Bellini SRL"
    assert store.path_of(stem).read_bytes() == before
