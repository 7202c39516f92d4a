"""The header's word on saving ("saved ✓", "saving soon", "! not saved") and the timers that save.

An edit is saved after a pause in editing, never on every keystroke; a save the disk refused
is tried again on its own every ``RETRY_DELAY`` seconds until it goes through. What is pending
and why it was refused is the client's ``Autosave`` (ui/autosave.py), shared between screens.
"""

from __future__ import annotations

from textual.widgets import Static

from breakup_tui.core.i18n import t
from breakup_tui.ui import autosave
from breakup_tui.ui.autosave import SaveState
from breakup_tui.ui.debounce import Debounce

LABELS = {
    SaveState.SAVED: "wizard.saved",
    SaveState.PENDING: "wizard.pending",
    SaveState.FAILED: "wizard.unsaved",
    SaveState.READ_ONLY: "app.read_only",
}


class SaveIndicator(Static):
    """Shows where one client's changes stand and saves them when it is time."""

    def __init__(self, saving: autosave.Autosave) -> None:
        super().__init__(id="save-state")
        self.saving = saving
        self.shown: str | None = None

    def on_mount(self) -> None:
        # The delays are read here, not at import, so a test can shorten them.
        self.soon = Debounce(self, autosave.AUTOSAVE_DELAY, self.save_now)
        self.retry = Debounce(self, autosave.RETRY_DELAY, self.save_now)
        self.catch_up()

    def changed(self) -> None:
        """The plan changed: save once editing pauses."""
        self.saving.changed()
        self.soon.restart()
        self.show_state()

    def save_now(self) -> bool:
        """Write what is pending; on a refusal say why (once per reason) and try again later."""
        self.soon.cancel()
        known = self.saving.refusal
        saved = self.saving.save()
        if saved:
            self.retry.cancel()
        else:
            if self.saving.refusal != known:
                self.notify(self.saving.refusal_message, severity="error", timeout=10, markup=False)
            self.retry.restart()
        self.show_state()
        return saved

    def catch_up(self) -> None:
        """Show the state another screen may have changed, and keep retrying a refused save."""
        if self.saving.state is SaveState.FAILED:
            self.retry.restart()
        self.show_state()

    def show_state(self) -> None:
        state = self.saving.state
        label = t(LABELS[state])
        label = "! " + label if state is SaveState.FAILED else label
        # Every key typed passes here; a label updated to itself would still lay out the screen again.
        if label != self.shown:
            self.shown = label
            self.update(label)
        self.set_class(state is SaveState.FAILED, "-error")
        self.set_class(state is SaveState.PENDING, "-pending")
