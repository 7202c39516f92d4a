"""The demo's folders: a throwaway data and settings folder holding the sample clients.

Nothing here reads or writes the user's own folders: the demo lives and dies
in a temporary directory.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from breakup_tui.core.samples import sample_plans, sample_settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import Locations
from breakup_tui.store.settings import save_settings


class DemoFolder:
    """A temporary folder filled with the sample clients in ``language``; ``remove()`` deletes it."""

    def __init__(self, language: str, today: date) -> None:
        # TemporaryDirectory also cleans up at exit if remove() is never reached.
        self._folder = tempfile.TemporaryDirectory(prefix="breakup-tui-demo-", ignore_cleanup_errors=True)
        root = Path(self._folder.name)
        self.locations = Locations(root / "data", root / "config")
        save_settings(self.locations, sample_settings(language))
        store = ClientStore(self.locations)
        for plan in sample_plans(language, today):
            store.create(plan)

    @property
    def root(self) -> Path:
        return Path(self._folder.name)

    def remove(self) -> None:
        self._folder.cleanup()
