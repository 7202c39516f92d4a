"""This installation's own id, made once and kept in the settings file (calendar UIDs use it)."""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import replace

from breakup_tui.core.settings import Settings
from breakup_tui.store.paths import Locations
from breakup_tui.store.settings import save_settings


def with_installation_id(locations: Locations, settings: Settings) -> Settings:
    """``settings`` with an installation id, saved the first time one is made.

    Failing to save only means a new id next time; the export itself goes on.
    """
    if settings.installation_id.strip():
        return settings
    updated = replace(settings, installation_id=secrets.token_hex(8))
    with contextlib.suppress(OSError):
        save_settings(locations, updated)
    return updated
