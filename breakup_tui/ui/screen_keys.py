"""The keys every full screen shows in its footer: help and the command palette.

The app binds them too (so they work everywhere, dialogs included), but the
app's own bindings are built once, in the language of the moment. Screens are
rebuilt on a language switch, so a copy in each screen's ``BINDINGS`` keeps
the footer's words in the current language. Both copies share an id, so a
remapped key moves both.
"""

from __future__ import annotations

from textual.binding import Binding

HELP_ID = "app.help"
PALETTE_ID = "app.palette"

# Priority, like the app's bindings, so these (translated) copies are the ones the footer shows.
SCREEN_KEYS: list[Binding] = [
    Binding("f1", "app.help", "help.key_help", key_display="F1", priority=True, id=HELP_ID),
    Binding("ctrl+p", "app.command_palette", "palette.key_palette", show=False, priority=True, id=PALETTE_ID),
]
