"""How check-your-answers, the letter editor and its dialogs look at 80×24."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

from breakup_tui.app import BreakupApp
from breakup_tui.store.clients import ClientStore
from tests.conftest import Dirs
from tests.helpers import plan_at_writing, press, settled, with_sender

SIZE = (80, 24)


@pytest.fixture
def acme_at_writing(store: ClientStore, dirs: Dirs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    with_sender(dirs)
    # The export dialog shows a path under the home folder: the same on every machine.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    plan = plan_at_writing()
    return store.create(plan)


def test_writing_check_your_answers(snap_compare, acme_at_writing: str) -> None:  # type: ignore[no-untyped-def]
    async def open_review(pilot: Pilot[None]) -> None:
        await settled(pilot)
        await press(pilot, "ctrl+r")
        await settled(pilot)

    app = BreakupApp(open_client=acme_at_writing)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_review)


def test_writing_letter_editor(snap_compare, acme_at_writing: str) -> None:  # type: ignore[no-untyped-def]
    async def focus_body(pilot: Pilot[None]) -> None:
        await settled(pilot)
        pilot.app.screen.query_one("#letter-body").focus()
        await settled(pilot)

    app = BreakupApp(open_client=acme_at_writing)
    assert snap_compare(app, terminal_size=SIZE, run_before=focus_body)


def test_writing_letter_editor_after_earlier_steps_changed(  # type: ignore[no-untyped-def]
    snap_compare, store: ClientStore, dirs: Dirs
) -> None:
    with_sender(dirs)
    plan = plan_at_writing()
    plan.writing.body = "Dear Jane,\n\nMy own words, written before the last day moved.\n"
    plan.writing.based_on = "the letter as it was generated then"
    stem = store.create(plan)
    assert snap_compare(BreakupApp(open_client=stem), terminal_size=SIZE, run_before=settled)


def test_writing_export_dialog(snap_compare, acme_at_writing: str) -> None:  # type: ignore[no-untyped-def]
    async def open_export(pilot: Pilot[None]) -> None:
        await settled(pilot)
        pilot.app.screen.query_one("#letter-export", Button).focus()
        await press(pilot, "enter")
        await settled(pilot)

    app = BreakupApp(open_client=acme_at_writing)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_export)


def test_writing_asks_for_the_sender_once(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    plan = plan_at_writing()
    stem = store.create(plan)
    assert snap_compare(BreakupApp(open_client=stem), terminal_size=SIZE, run_before=settled)
