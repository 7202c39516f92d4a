"""One verdict on a client file's text, the same for the list, opening and every export.

The standard library's TOML reader decides what a file says and whether it is
valid; the codec then decides whether it is a plan. Every way either can fail
becomes a ``PlanError`` with a one-line reason, so no caller ever sees a
traceback. tomlkit, which keeps comments for saving, is only ever asked to
edit a file this verdict accepted (``store/clients.py``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from breakup_tui.core.i18n import t
from breakup_tui.core.table_reader import PlanError

BOM = "\ufeff"


@dataclass(frozen=True)
class TextShape:
    """How a file was written, so a save can write it the same way."""

    bom: bool = False
    crlf: bool = False


def shape_of(text: str) -> TextShape:
    body = text.removeprefix(BOM)
    # A file counts as CRLF when most of its lines end that way; a save then writes every line so.
    crlf = body.count("\r\n") * 2 > body.count("\n") > 0
    return TextShape(bom=text.startswith(BOM), crlf=crlf)


def without_bom(text: str) -> str:
    # Some editors start UTF-8 files with a byte-order mark; TOML does not allow it, so it is set aside.
    return text.removeprefix(BOM)


def in_shape(text: str, shape: TextShape) -> str:
    """``text`` (written with ``\\n``) with the file's own line endings and mark put back."""
    if shape.crlf:
        # TOML allows a raw CR only before LF, so every line break can safely become CRLF.
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return BOM + text if shape.bom else text


def one_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def toml_data(text: str) -> dict[str, Any]:
    """The parsed file, or ``PlanError`` with a reason a person can read."""
    try:
        return tomllib.loads(without_bom(text))
    except tomllib.TOMLDecodeError as error:
        raise PlanError(t("file_error.bad_toml", reason=one_line(error))) from None
    except RecursionError:
        # tomllib recurses once per nesting level: a hostile file can nest thousands deep.
        raise PlanError(t("file_error.too_deep")) from None
    except (ValueError, OverflowError, MemoryError) as error:
        # tomllib lets some errors through, e.g. an integer of thousands of digits.
        raise PlanError(t("file_error.bad_toml", reason=one_line(error))) from None
