"""Whether an open client's changes are on disk: the state behind the autosave, without Textual.

There is one ``Autosave`` per open client, handed from screen to screen (the wizard, the
wrap-up opened from it, the wizard rebuilt in another language), so a change the disk refused
on one screen is still known, retried and asked about on the next.

A save writes on the calling thread, the UI thread: a typical client renders and writes in a
few milliseconds (docs/performance.md). So there is a single writer, and every save is over,
written or refused, before the next key is handled; nothing is left in flight to wait for.
The timers that decide *when* to save live in ``ui/widgets/save_indicator.py``.
"""

from __future__ import annotations

from enum import StrEnum

from breakup_tui.core.i18n import t
from breakup_tui.core.printable import printable
from breakup_tui.store.clients import ClientStore, OpenClient, StoreError

# At most this many seconds after the last edit, once editing pauses, the plan is written.
AUTOSAVE_DELAY = 0.6
# Seconds before a save the disk refused is tried again.
RETRY_DELAY = 5.0


class SaveState(StrEnum):
    SAVED = "saved"
    PENDING = "pending"  # waiting for a pause in editing
    FAILED = "failed"  # the disk refused the last save; the changes are kept in memory
    READ_ONLY = "read_only"


class Autosave:
    """One client's unsaved changes and the reason the disk last refused them."""

    def __init__(self, store: ClientStore, client: OpenClient) -> None:
        self.store = store
        self.client = client
        self.dirty = False
        # Why the last save was refused; kept until a save succeeds.
        self.refusal: str | None = None

    @property
    def read_only(self) -> bool:
        return self.client.read_only is not None

    @property
    def state(self) -> SaveState:
        if self.read_only:
            return SaveState.READ_ONLY
        if self.refusal is not None:
            return SaveState.FAILED
        return SaveState.PENDING if self.dirty else SaveState.SAVED

    @property
    def refusal_message(self) -> str:
        """What the user is told when the disk refuses a save."""
        return printable(t("wizard.save_failed", reason=self.refusal or ""))

    def changed(self) -> None:
        """The plan changed in memory."""
        if not self.read_only:
            self.dirty = True

    def save(self) -> bool:
        """Write what is pending now; False when the disk refused it (the changes stay in memory)."""
        if not self.dirty:
            return True
        try:
            self.store.save(self.client)
        except StoreError as error:
            self.refusal = str(error)
            return False
        self.dirty = False
        self.refusal = None
        return True

    def give_up(self) -> None:
        """The user chose to leave without the refused changes: nothing is pending any more."""
        self.dirty = False
        self.refusal = None
