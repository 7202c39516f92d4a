"""What the screens that edit one open client share: its autosave, and asking before changes are lost."""

from __future__ import annotations

from collections.abc import Callable

from breakup_tui.core.i18n import t
from breakup_tui.ui.autosave import Autosave
from breakup_tui.ui.dialogs.confirm import ConfirmDialog
from breakup_tui.ui.main_screen import MainScreen
from breakup_tui.ui.widgets.save_indicator import SaveIndicator


class UnsavedChangesQuestion(ConfirmDialog):
    """Keep editing (Esc, Enter) or leave without the changes the disk refused."""


class ClientScreen(MainScreen[None]):
    """A screen that edits one open client and saves it through the client's ``Autosave``."""

    def __init__(self, saving: Autosave) -> None:
        super().__init__()
        self.autosave = saving

    @property
    def save_indicator(self) -> SaveIndicator:
        return self.query_one(SaveIndicator)

    def on_screen_resume(self) -> None:
        # Back from a screen that saved through the same autosave (the wrap-up): show where it stands.
        for indicator in self.query(SaveIndicator):
            if indicator.is_mounted:
                indicator.catch_up()

    def save_now(self) -> bool:
        """Write what is pending (leaving, quitting, another screen taking over); False if refused."""
        return self.save_indicator.save_now()

    def close_client(self) -> None:
        """Leaving for good: a last save (said if refused), then the client's lock is released."""
        if not self.autosave.save():
            self.notify(self.autosave.refusal_message, severity="error", timeout=10, markup=False)
        self.autosave.store.close(self.autosave.client)

    def leave_or_ask(self, leave: Callable[[], object], *, quitting: bool = False) -> None:
        """Leave once everything is on disk; otherwise ask first, and a repeated key keeps the changes."""
        if self.save_now():
            leave()
            return
        if isinstance(self.app.screen, UnsavedChangesQuestion):
            return  # already asked: only the explicit choice leaves

        def answered(leave_anyway: bool | None) -> None:
            if not leave_anyway:
                return
            if not self.autosave.save():  # one last try, in case the disk is back
                self.autosave.give_up()
            leave()

        question = UnsavedChangesQuestion(
            t("wizard.unsaved_title"),
            t("wizard.leave_unsaved", reason=self.autosave.refusal or ""),
            confirm_label=t("wizard.quit_without_saving" if quitting else "wizard.leave_without_saving"),
            cancel_label=t("wizard.keep_editing"),
            danger=True,
        )
        self.app.push_screen(question, answered)
