"""The user's words inside widgets: control characters shown as symbols, styles kept (see core.printable)."""

from __future__ import annotations

from rich.text import Text

from breakup_tui.core.printable import printable


def printable_text(text: Text, *, multiline: bool = False) -> Text:
    """A copy of ``text`` that cannot drive the terminal; every character maps to one, so styles stay put."""
    safe = text.copy()
    safe.plain = printable(text.plain, multiline=multiline)
    return safe


def printable_cell(cell: str | Text) -> str | Text:
    """A table cell (plain text or styled) made safe to show."""
    return printable_text(cell) if isinstance(cell, Text) else printable(cell)
