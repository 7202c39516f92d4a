"""The command line: list, open, version, languages and exit codes."""

from __future__ import annotations

import json

import pytest
from textual.widgets import Static

from breakup_tui.app import BreakupApp
from breakup_tui.cli import main
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from tests.conftest import Dirs
from tests.factories import filled_plan
from tests.helpers import settle


def test_list_json_has_every_field_and_a_damaged_file(
    store: ClientStore, dirs: Dirs, capsys: pytest.CaptureFixture[str]
) -> None:
    store.create(filled_plan("Acme Studio"))
    store.create(Plan.new("Bellini SRL"))
    (dirs.clients / "old.toml").write_text("not toml at all [")
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["Acme Studio", "Bellini SRL", "old"]
    acme = rows[0]
    assert set(acme) == {
        "name",
        "file",
        "verdict",
        "current",
        "steps_done",
        "last_day",
        "updated",
        "damaged",
        "error",
    }
    assert acme["file"] == "acme-studio"
    assert acme["verdict"] == "end" and acme["current"] == "notice" and acme["steps_done"] == 2
    assert acme["last_day"] == "2026-12-16"  # two weeks after the 2 Dec meeting, a Wednesday
    assert rows[2]["damaged"] is True and rows[2]["error"]


def test_list_in_plain_text(store: ClientStore, capsys: pytest.CaptureFixture[str]) -> None:
    store.create(filled_plan("Acme Studio"))
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "Acme Studio" in out and "end it" in out and "16 December 2026" in out


def test_list_speaks_italian_with_lang_or_locale(
    store: ClientStore, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.create(filled_plan("Acme Studio"))
    assert main(["--lang", "it", "list"]) == 0
    out = capsys.readouterr().out
    assert "chiudere" in out and "16 dicembre 2026" in out and "2026-12-16" not in out
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert main(["list"]) == 0
    assert "chiudere" in capsys.readouterr().out
    # LANGUAGE, a list of preferences, outranks LANG.
    monkeypatch.setenv("LANGUAGE", "en_GB:it")
    assert main(["list"]) == 0
    assert "end it" in capsys.readouterr().out


def test_open_a_missing_client_exits_1_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["open", "Nobody"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Nobody" in err


def test_open_a_damaged_client_exits_1(
    dirs: Dirs, store: ClientStore, capsys: pytest.CaptureFixture[str]
) -> None:
    (dirs.clients / "old.toml").write_text("schema_version = 1\n[client\n")
    assert main(["open", "old"]) == 1
    assert "old.toml" in capsys.readouterr().err


def test_bad_usage_exits_2() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "fr"])
    assert exit_info.value.code == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("breakup-tui ")


async def test_the_app_opens_in_italian_from_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Clienti" in str(app.screen.query_one("#title", Static).render())


async def test_the_lang_flag_beats_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    app = BreakupApp(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Clients" in str(app.screen.query_one("#title", Static).render())
