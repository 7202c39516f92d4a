"""The base of every full screen: help and the command palette in its footer.

The app binds these keys too, so they work over dialogs as well, but the
app's bindings are built once, in the language it started in. Screens are
rebuilt on a language switch, so declaring the keys here, once, and letting
each screen inherit them keeps the footer's words in the current language.
They share the app's ids, so a remapped key moves both.
"""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import Screen

from breakup_tui.ui.localize import Localized

HELP_ID = "app.help"
PALETTE_ID = "app.palette"

ResultType = TypeVar("ResultType")


class MainScreen(Localized, Screen[ResultType]):
    # Priority, like the app's bindings, so these translated ones are those the footer shows.
    BINDINGS = [
        Binding("f1", "app.help", "help.key_help", key_display="F1", priority=True, id=HELP_ID),
        Binding(
            "ctrl+p", "app.command_palette", "palette.key_palette", show=False, priority=True, id=PALETTE_ID
        ),
    ]
