"""The letter as the client will read it, drawn for the preview beside (or instead of) the editor."""

from __future__ import annotations

from rich.text import Text

from breakup_tui.core.i18n import t
from breakup_tui.core.letter import BULLET, Letter
from breakup_tui.core.printable import printable


def preview_text(letter: Letter, sender: str) -> Text:
    """The message as the client will see it: headers, then the body with its lists drawn as bullets."""
    text = Text()
    headers = [("writing.from", sender), ("writing.to", letter.to), ("writing.subject", letter.subject)]
    for key, value in headers:
        if value:
            text.append(f"{t(key)}: ", style="bold")
            text.append(printable(value) + "\n")
    text.append("─" * 20 + "\n", style="dim")
    for line in printable(letter.body, multiline=True).rstrip().splitlines():
        if line.startswith(BULLET):
            text.append("  • " + line[len(BULLET) :] + "\n")
        else:
            text.append(line + "\n")
    text.rstrip()
    return text
