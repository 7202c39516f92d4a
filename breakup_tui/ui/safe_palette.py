"""The command palette with an input that refuses control characters (see core.printable).

Textual's palette echoes what is typed or pasted into its input to the terminal; a pasted
``ESC ] 52 ;`` sequence would reach the terminal and set the clipboard.
"""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input

from breakup_tui.core.printable import ONLY_PRINTABLE


class SafeCommandPalette(CommandPalette):
    def on_mount(self) -> None:
        self.query_one(Input).restrict = ONLY_PRINTABLE
