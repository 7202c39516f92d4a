"""ctrl+e hands a long text to the user's own editor and takes back what they saved."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import textwrap
import time
import tomllib
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.external_editor import EditorUnavailable, editor_command
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.helpers import press, settle, toasts
from tests.test_step_keys import footer_text


def test_visual_wins_over_editor_and_arguments_are_kept() -> None:
    assert editor_command({"VISUAL": "code --wait", "EDITOR": "vi"}) == ["code", "--wait"]
    assert editor_command({"EDITOR": "nano -R"}) == ["nano", "-R"]
    with pytest.raises(EditorUnavailable, match="VISUAL or"):
        editor_command({"VISUAL": "  ", "EDITOR": ""})
    with pytest.raises(EditorUnavailable, match="cannot be read"):
        editor_command({"EDITOR": "'unclosed"})


async def test_ctrl_e_is_offered_only_in_a_long_text_field(store: ClientStore) -> None:
    plan = Plan.new("Acme")
    plan.progress.current = "converse"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        screen.query(TextArea).first().focus()
        await settle(pilot)
        assert "^e Editor" in footer_text(app)
        screen.query(Input).first().focus()
        await settle(pilot)
        assert "Editor" not in footer_text(app)
        # In a one-line field ctrl+e keeps its usual meaning: the end of the line.
        field = screen.query(Input).first()
        field.value = "abc"
        field.cursor_position = 0
        await press(pilot, "ctrl+e")
        assert field.cursor_position == 3


async def test_with_no_editor_set_it_says_so_in_one_line(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    plan = Plan.new("Acme")
    plan.progress.current = "converse"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.screen.query(TextArea).first().focus()
        await press(pilot, "ctrl+e")
        await settle(pilot)
        assert any("No editor is set" in toast for toast in toasts(app))


async def test_where_the_terminal_cannot_be_handed_over_it_says_so(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test harness, like the browser under `serve`, cannot suspend the app.
    monkeypatch.setenv("EDITOR", "true")
    plan = Plan.new("Acme")
    plan.progress.current = "converse"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        area = app.screen.query(TextArea).first()
        area.focus()
        await press(pilot, "ctrl+e")
        await settle(pilot)
        assert area.text == ""
        assert any("cannot be opened here" in toast for toast in toasts(app))


EDITOR_SCRIPT = textwrap.dedent(
    """\
    import pathlib, sys
    path = pathlib.Path(sys.argv[1])
    text = path.read_text(encoding="utf-8")
    if "Acme" in text or "Dear" in text:
        path.write_text("Dear Jane,\\n\\nWritten in my own editor.\\n", encoding="utf-8")
        pathlib.Path(sys.argv[0]).with_suffix(".done").write_text(text, encoding="utf-8")
    """
)


def _read_until(fd: int, wanted: bytes, seconds: float, seen: bytearray) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return wanted in seen
            if not chunk:
                return wanted in seen
            seen.extend(chunk)
            if wanted in seen:
                return True
    return wanted in seen


@pytest.mark.slow
def test_in_a_real_terminal_the_letter_body_comes_back_as_a_hand_edit(
    store: ClientStore, dirs: Dirs, tmp_path: Path
) -> None:
    plan = Plan.new("Acme Studio")
    plan.client.contact = "Jane Doe"
    plan.progress.current = "writing"
    stem = store.create(plan)
    # The sender is known, so step 7 opens on the letter rather than asking who it is from.
    dirs.config.mkdir(parents=True, exist_ok=True)
    (dirs.config / "settings.toml").write_text('your_name = "Sam Rossi"\nsender_asked = true\n')
    script = tmp_path / "editor.py"
    script.write_text(EDITOR_SCRIPT, encoding="utf-8")
    done = script.with_suffix(".done")
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "EDITOR": f"{sys.executable} {script}",
        "BREAKUP_TUI_DATA_DIR": str(dirs.data),
        "BREAKUP_TUI_CONFIG_DIR": str(dirs.config),
    }
    env.pop("VISUAL", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, in a terminal of its own
        os.execvpe(sys.executable, [sys.executable, "-m", "breakup_tui", "open", stem], env)
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        seen = bytearray()
        assert _read_until(fd, b"Put it in writing", 30, seen), seen[-2000:]
        # Tab through the form until the letter's body has the focus and ctrl+e hands it over.
        for _ in range(12):
            os.write(fd, b"\t")
            _read_until(fd, b"\x00", 0.3, seen)
            os.write(fd, b"\x05")  # ctrl+e
            if _read_until(fd, b"\x00", 1.0, seen) or done.exists():
                break
        assert done.exists(), "the editor was never given the letter"
        # The app takes the terminal back and draws its screen again, with the new text in the editor.
        assert _read_until(fd, b"Written in my own editor", 15, seen)
        os.write(fd, b"\x11")  # ctrl+q
        _read_until(fd, b"\x00", 5, seen)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
    assert "Dear" in done.read_text(encoding="utf-8")
    data = tomllib.loads((dirs.clients / f"{stem}.toml").read_text(encoding="utf-8"))
    assert data["writing"]["body"].rstrip("\n") == "Dear Jane,\n\nWritten in my own editor."
