"""Writing to stdout and to ``-o`` like a Unix tool: quiet on a closed pipe, one line on a write error.

A closed pipe (``list | head -1``) is not an error of ours: the process ends
quietly with the status a shell reports for SIGPIPE. Any other write error
(``list > /dev/full``) is one line on stderr and exit 1.
"""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import sys
from pathlib import Path

from breakup_tui.core.i18n import t
from breakup_tui.core.printable import printable

EXIT_WRITE_FAILED = 1
# What a shell reports for a process ended by SIGPIPE: 128 + the signal's number.
EXIT_CLOSED_PIPE = 128 + int(getattr(signal, "SIGPIPE", 13))


class OutputRefused(ValueError):
    """``-o`` names something that is not a file we may replace; the message is one line."""


def for_stdout(text: str) -> str:
    """Exactly ``text`` into a pipe or file; on a terminal, every control character made visible."""
    if sys.stdout.isatty():
        return printable(text, multiline=True)
    return text


def write_stdout(text: str) -> int | None:
    """Write and flush; the exit status if the write failed, else None."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        return closed_pipe()
    except OSError as problem:
        return write_failed(problem)
    return None


def closed_pipe() -> int:
    # Point stdout at nothing, so that the interpreter's last flush at exit raises no second error.
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
    return EXIT_CLOSED_PIPE


def write_failed(problem: OSError) -> int:
    reason = problem.strerror or str(problem)
    print(printable(t("command.write_failed", reason=reason)), file=sys.stderr)
    return EXIT_WRITE_FAILED


def check_output_path(raw: str, clients_folder: Path) -> Path:
    """The file ``-o`` may write; ``OutputRefused`` for a folder, a special file or a client file."""
    if not raw.strip():
        raise OutputRefused(t("command.output_empty"))
    path = Path(raw).expanduser()
    if raw.endswith(("/", os.sep)) or path.name in ("", ".", ".."):
        raise OutputRefused(t("command.output_folder", path=raw))
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as problem:
        raise OutputRefused(t("command.output_unusable", path=raw, reason=problem.strerror)) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputRefused(t("command.output_folder", path=raw))
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputRefused(t("command.output_special", path=raw))
    if _inside(path, clients_folder):
        raise OutputRefused(t("command.output_client_file", path=raw))
    return path


def _inside(path: Path, folder: Path) -> bool:
    # Resolved, so that a symlink or "../" cannot reach a client file by another name.
    try:
        target = path.resolve()
        return target.is_relative_to(folder.resolve())
    except OSError:
        return False


# Characters json.dumps leaves raw with ensure_ascii=False that a terminal may obey (DEL, C1, bidi),
# and the lone surrogates of a file name that is not UTF-8, which no terminal encoding can carry.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def terminal_safe_json(data: object) -> str:
    """JSON that reads as the same data, with every character a terminal could obey escaped as \\uXXXX."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # Outside strings JSON is plain ASCII, so only string contents change, to equivalent escapes.
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", text)
