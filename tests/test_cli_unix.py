"""The command line as a Unix tool, run in real processes with real pipes."""

from __future__ import annotations

import os
import pty
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from tests.conftest import Dirs
from tests.factories import filled_plan

HOSTILE_CONTACT = "Jane\x1b]2;owned\x07 \x1b]52;c;ZXZpbA==\x07\u202eDoe\x9b31m\x00"


def cli(*args: str, **options: object) -> subprocess.CompletedProcess[bytes]:
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    options.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "breakup_tui", *args], timeout=60, **options
    )


def no_traceback(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode()
    assert "Traceback" not in err
    return err


@pytest.fixture
def many(store: ClientStore) -> None:
    for index in range(60):
        store.create(filled_plan(f"Client {index:02d}"))


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_closed_pipe_ends_quietly(many: None, json_flag: list[str]) -> None:
    # "list | head -1": the reader is gone before the output ends (here, before it starts, so that
    # the output cannot all fit in the pipe's buffer first).
    process = subprocess.Popen(
        [sys.executable, "-m", "breakup_tui", "list", *json_flag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        bufsize=0,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert err == ""


def test_a_full_disk_is_one_line_and_exit_1(many: None) -> None:
    with open("/dev/full", "wb") as full:
        result = cli("list", stdout=full)
    err = no_traceback(result)
    assert result.returncode == 1
    assert err.count("\n") == 1 and "No space left on device" in err


def test_serve_on_a_busy_port_is_one_line_naming_the_port() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("serve", "--host", "127.0.0.1", "--port", str(port))
    err = no_traceback(result)
    assert result.returncode == 1
    assert result.stdout == b""  # no "is running" before the failure
    assert err.count("\n") == 1 and str(port) in err


def test_the_app_without_a_terminal_says_so_and_exits_2() -> None:
    result = cli()
    err = no_traceback(result)
    assert result.returncode == 2
    assert result.stdout == b""  # no escape codes
    assert err.count("\n") == 1 and "breakup-tui list" in err


def test_dash_means_stdout(store: ClientStore, tmp_path: Path) -> None:
    store.create(filled_plan())
    result = cli("export", "acme studio", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith(b"To: jane@acme.example")
    assert not (tmp_path / "-").exists()


def test_global_options_after_the_subcommand(store: ClientStore, dirs: Dirs, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    elsewhere = ClientStore(locate(other, dirs.config))
    elsewhere.prepare()
    elsewhere.create(filled_plan("Only Here"))
    result = cli("list", "--data-dir", str(other), "--lang", "it")
    assert result.returncode == 0
    assert b"Only Here" in result.stdout and b"dicembre" in result.stdout
    exported = cli("export", "only here", "--lang", "it", "--data-dir", str(other))
    assert exported.returncode == 0 and exported.stdout


@pytest.mark.parametrize("command", ["list", "export", "open", "serve", "tone"])
def test_each_subcommand_help_has_a_description_examples_and_exit_codes(command: str) -> None:
    result = cli(command, "--help")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "Examples:" in out and "Exit codes:" in out and f"breakup-tui {command}" in out
    description = out.split("\n\n")[1]
    assert description.strip() and not description.startswith(" ")


def test_argparse_speaks_italian() -> None:
    helped = cli("--lang", "it", "export", "--help").stdout.decode()
    assert helped.startswith("uso: ")
    assert "opzioni:" in helped and "mostra questo aiuto ed esce" in helped
    assert "show this help" not in helped and "options:" not in helped
    refused = cli("--lang", "it", "export")
    err = refused.stderr.decode()
    assert refused.returncode == 2
    assert "uso:" in err and "errore: mancano questi argomenti obbligatori: CLIENT" in err
    assert "required" not in err


@pytest.mark.parametrize("target", [".", "", "/", "folder", "folder/"])
def test_output_onto_a_folder_or_nothing_is_one_line_exit_2(
    store: ClientStore, tmp_path: Path, target: str
) -> None:
    store.create(filled_plan())
    (tmp_path / "folder").mkdir()
    result = cli("export", "acme studio", "-o", target, cwd=tmp_path)
    err = no_traceback(result)
    assert result.returncode == 2 and err.count("\n") == 1


def test_output_onto_a_fifo_or_a_device_is_refused(store: ClientStore, tmp_path: Path) -> None:
    store.create(filled_plan())
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/null")):
        result = cli("export", "acme studio", "-o", str(target))
        assert result.returncode == 2 and "not a regular file" in no_traceback(result)
    assert fifo.is_fifo() and Path("/dev/null").is_char_device()


def test_output_onto_a_client_file_is_refused(store: ClientStore, dirs: Dirs) -> None:
    stem = store.create(filled_plan())
    client_file = dirs.clients / f"{stem}.toml"
    before = client_file.read_bytes()
    for target in (client_file, dirs.clients / "new.txt", dirs.clients / ".." / "clients" / "x.md"):
        result = cli("export", "acme studio", "-o", str(target))
        assert result.returncode == 2 and "clients folder" in no_traceback(result)
    assert client_file.read_bytes() == before
    assert not (dirs.clients / "new.txt").exists()


def test_export_escapes_controls_on_a_terminal_and_writes_exactly_into_a_pipe(store: ClientStore) -> None:
    plan = filled_plan()
    plan.client.contact = HOSTILE_CONTACT
    # The letter greets by this name, so the whole hostile text reaches the output.
    plan.client.greeting = HOSTILE_CONTACT
    store.create(plan)
    piped = cli("export", "acme studio")
    assert HOSTILE_CONTACT.encode() in piped.stdout
    leader, follower = pty.openpty()
    try:
        on_terminal = cli("export", "acme studio", stdout=follower)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert on_terminal.returncode == 0
    assert b"Dear " in shown
    for raw in ("\x1b", "\x07", "\x9b", "\x00", "\u202e"):
        assert raw.encode() not in shown


def test_list_prints_human_dates_in_the_interface_language(store: ClientStore) -> None:
    store.create(filled_plan())
    assert "16 December 2026" in cli("list").stdout.decode()
    assert "16 dicembre 2026" in cli("--lang", "it", "list").stdout.decode()
    assert '"2026-12-16"' in cli("list", "--json").stdout.decode()
