"""Hand a long text to the user's own editor ($VISUAL, else $EDITOR) and take back what they wrote.

The app steps aside with ``App.suspend()`` while the editor runs in the same
terminal, then redraws itself. The text goes through a private temporary file
(0600, removed afterwards), since it may be a letter the user has not sent.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from textual.app import App, SuspendNotSupported

from breakup_tui.core.i18n import t


class EditorUnavailable(Exception):
    """The text could not be handed to an editor; the message says why, in one line."""


def editor_command(env: Mapping[str, str]) -> list[str]:
    """The editor the user chose, as a command line; $VISUAL wins, as in other terminal tools."""
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError as error:
                raise EditorUnavailable(t("editor.bad_command", name=name, reason=str(error))) from None
            if words:
                return words
    raise EditorUnavailable(t("editor.not_set"))


def edit_externally(app: App[object], text: str, *, env: Mapping[str, str] | None = None) -> str:
    """Run the user's editor on ``text`` and return the text as they saved it."""
    command = editor_command(os.environ if env is None else env)
    handle, name = tempfile.mkstemp(prefix="breakup-tui-", suffix=".txt")
    path = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        try:
            with app.suspend():
                result = subprocess.run([*command, str(path)], check=False)
        except SuspendNotSupported:
            raise EditorUnavailable(t("editor.cannot_suspend")) from None
        except OSError as error:
            raise EditorUnavailable(t("editor.failed", reason=error.strerror or str(error))) from None
        if result.returncode != 0:
            raise EditorUnavailable(t("editor.exit_code", code=result.returncode))
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise EditorUnavailable(t("editor.not_utf8")) from None
        except OSError as error:
            raise EditorUnavailable(t("editor.failed", reason=error.strerror or str(error))) from None
    finally:
        path.unlink(missing_ok=True)
