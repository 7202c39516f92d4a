"""``breakup-tui serve``: the app in a browser through textual-serve, on a local port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("textual_serve")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch_when_up(url: str, server: subprocess.Popen[bytes], patience: float = 60.0) -> str:
    """The page, once the server answers (a start-up wait, not a speed check)."""
    give_up = time.monotonic() + patience
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except (urllib.error.URLError, ConnectionError):
            if server.poll() is not None or time.monotonic() > give_up:
                raise
            time.sleep(0.2)


def test_serve_answers_with_the_app_page(tmp_path: Path) -> None:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "breakup_tui",
        "--demo",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        page = fetch_when_up(f"http://127.0.0.1:{port}/", server)
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=30)
    assert "<html" in page.lower() and "breakup-tui" in page
    assert f"http://127.0.0.1:{port}" in out.decode()


def test_serve_explains_how_to_get_the_web_extra_when_it_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from breakup_tui import cli

    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert cli.main(["serve"]) == cli.EXIT_USAGE
    assert "breakup-tui[web]" in capsys.readouterr().err
