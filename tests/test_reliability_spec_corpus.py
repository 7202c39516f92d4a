"""The TOML specification corpus (tests/toml_spec_corpus.py): no crash anywhere, no file altered.

Each file is listed, opened for editing and, when it opens, exported in every
format through the export functions; the list's verdict and opening's must
agree. The whole folder then goes through ``list`` and ``list --json`` (in
this process, and once through a real subprocess) and a sample through the app.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from breakup_tui.app import BreakupApp
from breakup_tui.cli import main
from breakup_tui.core import clock
from breakup_tui.core.settings import Settings
from breakup_tui.export import FORMATS, ExportSource, render
from breakup_tui.store.clients import ClientStore, DamagedClient
from tests.helpers import settle
from tests.toml_spec_corpus import toml_spec_corpus

CORPUS = toml_spec_corpus()
APP_SAMPLE = CORPUS[::25]


def state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def plant(store: ClientStore, files: list[tuple[str, str]]) -> dict[str, tuple[bytes, int]]:
    before = {}
    for stem, text in files:
        path = store.folder / f"{stem}.toml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        before[stem] = state(path)
    return before


def test_every_file_of_the_spec_corpus_lists_opens_or_refuses_and_exports_without_a_crash(
    store: ClientStore, record_figures: Callable[[str, dict[str, object]], None]
) -> None:
    assert len(CORPUS) >= 500
    before = plant(store, CORPUS)
    summaries = {s.file: s for s in store.summaries()}
    healthy = damaged = read_only = exported = 0
    for stem, _ in CORPUS:
        summary = summaries[stem]
        assert summary.error is None or "\n" not in summary.error, stem
        if summary.damaged:
            damaged += 1
            with pytest.raises(DamagedClient):  # what the list calls damaged never opens
                store.open(stem)
            continue
        healthy += 1
        client = store.open(stem)  # what the list calls healthy opens
        try:
            read_only += client.read_only is not None
            assert client.read_only is None or "\n" not in client.read_only, stem
            source = ExportSource(client.plan, Settings(), stem, clock.today(), clock.now())
            for what, formats in FORMATS.items():
                for fmt in formats:
                    assert render(what, fmt, source), (stem, what, fmt)
                    exported += 1
        finally:
            store.close(client)
    altered = [stem for stem, _ in CORPUS if state(store.folder / f"{stem}.toml") != before[stem]]
    assert altered == []
    record_figures(
        "spec_corpus",
        {
            "files": len(CORPUS),
            "healthy": healthy,
            "damaged": damaged,
            "read_only": read_only,
            "exports": exported,
            "crashes": 0,
            "altered": len(altered),
        },
    )


def test_list_and_list_json_survive_the_whole_spec_corpus(
    store: ClientStore, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plant(store, CORPUS)
    assert main(["list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == len(CORPUS)
    assert main(["list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) >= len(CORPUS)
    done = subprocess.run(
        [sys.executable, "-m", "breakup_tui", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert len(json.loads(done.stdout)) == len(CORPUS)
    some_healthy = next(entry["file"] for entry in listed if not entry["damaged"])
    for fmt in ("txt", "eml"):
        exported = subprocess.run(
            [sys.executable, "-m", "breakup_tui", "export", some_healthy, "--format", fmt],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert exported.returncode == 0 and "Traceback" not in exported.stderr, exported.stderr
    assert {stem: state(store.folder / f"{stem}.toml") for stem, _ in CORPUS} == before


async def test_the_app_starts_beside_a_sample_of_the_spec_corpus(store: ClientStore) -> None:
    before = plant(store, APP_SAMPLE)
    damaged = {s.file for s in store.summaries() if s.damaged}
    app = BreakupApp()
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#clients", DataTable).row_count == len(APP_SAMPLE) - len(damaged)
        if damaged:
            assert "could not be read" in str(app.screen.query_one("#damaged", Static).render())
    assert {stem: state(store.folder / f"{stem}.toml") for stem, _ in APP_SAMPLE} == before
