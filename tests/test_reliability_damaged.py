"""Damaged and hostile files: listed with a reason, never changed, and the other clients keep working.

The corpus (tests/corpus.py) is built by the tests. Every file is checked
alone through the store, and all of them together through ``list``, ``list
--json`` and the app, beside a healthy client that is opened and saved.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable

import pytest
from textual.widgets import DataTable, Static

from breakup_tui.app import BreakupApp
from breakup_tui.cli import main
from breakup_tui.core.codec import ITEM_KEYS, KNOWN_KEYS
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore, DamagedClient
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.corpus import CORPUS, UNREADABLE_STEM, Hostile, fingerprint, refuse_reading, wrong_type_files
from tests.helpers import press, settle, toasts

RUNNING_AS_ROOT = os.geteuid() == 0


def make_unreadable(store: ClientStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Take read permission away: for real as a normal user; root reads anyway, so refuse the open."""
    if RUNNING_AS_ROOT:
        refuse_reading(monkeypatch)
    else:
        os.chmod(store.path_of(UNREADABLE_STEM), 0)


def plant(store: ClientStore, hostile: Hostile) -> object:
    path = store.folder / f"{hostile.stem}.toml"
    hostile.build(path)
    return fingerprint(path.resolve() if hostile.outside else path), fingerprint(path)


@pytest.mark.parametrize("hostile", CORPUS, ids=[h.stem for h in CORPUS])
def test_each_damaged_file_is_listed_with_its_reason_and_never_changed(
    store: ClientStore, hostile: Hostile, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = plant(store, hostile)
    if hostile.stem == UNREADABLE_STEM:
        make_unreadable(store, monkeypatch)
    [summary] = store.summaries()
    assert summary.damaged and summary.file == hostile.stem
    assert hostile.reason.casefold() in (summary.error or "").casefold()
    if hostile.stem == "future":
        assert store.open(hostile.stem).read_only
    else:
        with pytest.raises(DamagedClient):
            store.open(hostile.stem)
    store.prepare()
    monkeypatch.undo()
    assert plant_fingerprint(store, hostile) == before


def plant_fingerprint(store: ClientStore, hostile: Hostile) -> object:
    path = store.folder / f"{hostile.stem}.toml"
    if not RUNNING_AS_ROOT and hostile.stem == UNREADABLE_STEM:
        os.chmod(path, 0o600)
    return fingerprint(path.resolve() if hostile.outside else path), fingerprint(path)


@pytest.mark.skipif(not RUNNING_AS_ROOT, reason="only root needs the simulated refusal")
def test_as_root_a_file_without_read_permission_cannot_be_simulated_by_chmod(store: ClientStore) -> None:
    # Why the corpus refuses the open instead: root reads a 000 file all the same.
    path = store.folder / "mode-000.toml"
    path.write_text('schema_version = 1\n[client]\nname = "Readable by root"\n')
    os.chmod(path, 0)
    assert not store.summary("mode-000").damaged


WRONG_TYPES = wrong_type_files()


def test_a_wrong_type_in_every_key_is_reported_by_its_name(
    store: ClientStore, record_figures: Callable[[str, dict[str, object]], None]
) -> None:
    for n, (_, text) in enumerate(WRONG_TYPES):
        (store.folder / f"wrong-{n:03}.toml").write_text(text)
    summaries = {s.file: s for s in store.summaries()}
    for n, (key, _) in enumerate(WRONG_TYPES):
        summary = summaries[f"wrong-{n:03}"]
        assert summary.damaged, f"{key} with a wrong type was accepted"
        assert key in (summary.error or ""), f"{key}: {summary.error}"
    for n, (_, text) in enumerate(WRONG_TYPES):
        assert (store.folder / f"wrong-{n:03}.toml").read_text() == text
    record_figures("damaged", {"hostile_files": len(CORPUS), "wrong_type_files": len(WRONG_TYPES)})


def test_every_key_the_app_writes_is_tried_with_a_wrong_type() -> None:
    tried = {re.sub(r"\[\d+\]", "", key) for key, _ in WRONG_TYPES}
    expected = {f"{table}.{key}" if table else key for table, keys in KNOWN_KEYS.items() for key in keys}
    expected |= {f"{table}.{key}" for table, keys in ITEM_KEYS.items() for key in keys if "." in table}
    assert expected <= tried, f"never given a wrong type: {sorted(expected - tried)}"


def build_corpus(store: ClientStore) -> dict[str, object]:
    return {hostile.stem: plant(store, hostile) for hostile in CORPUS}


async def test_the_app_and_list_start_beside_every_damaged_file_and_the_healthy_client_works(
    store: ClientStore, dirs: Dirs, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    healthy = store.create(Plan.new("Healthy Client"))
    before = build_corpus(store)
    make_unreadable(store, monkeypatch)

    assert main(["list", "--json"]) == 0
    listed = {entry["file"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert listed[healthy]["damaged"] is False
    for hostile in CORPUS:
        entry = listed[hostile.stem]
        assert entry["damaged"] is True and hostile.reason.casefold() in entry["error"].casefold()
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum("Healthy Client" in line for line in lines) == 1
    assert all(any(line.startswith(f"{h.stem}.toml") for line in lines) for h in CORPUS)

    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        panel = str(app.screen.query_one("#damaged", Static).render())
        for hostile in CORPUS:
            assert f"{hostile.stem}.toml" in panel
        table = app.screen.query_one("#clients", DataTable)
        assert table.row_count == 1
        await press(pilot, "enter")
        await pilot.pause()
        assert isinstance(app.screen, WizardScreen) and not app.screen.read_only
        await press(pilot, "ctrl+d", "escape")
        await settle(pilot)
    assert tomllib.loads(store.path_of(healthy).read_text())["progress"]["status"]["decide"] == "done"
    monkeypatch.undo()
    assert {h.stem: plant_fingerprint(store, h) for h in CORPUS} == before


async def test_a_file_from_a_newer_version_opens_read_only_in_the_app_and_says_so(store: ClientStore) -> None:
    path = store.folder / "future.toml"
    path.write_text('schema_version = 99\n[client]\nname = "From the future"\nnew_idea = true\n')
    before = path.read_bytes()
    app = BreakupApp(open_client="future")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen) and app.screen.read_only
        assert "read-only" in str(app.screen.query_one("#save-state", Static).render())
        assert any("newer" in message for message in toasts(app))
        await press(pilot, "ctrl+d", "ctrl+right", "escape")
        await settle(pilot)
    assert path.read_bytes() == before
