"""The settings file: the user's details for the letter, languages, theme and key map."""

from __future__ import annotations

import os
import tomllib
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from breakup_tui.core import clock
from breakup_tui.core.settings import Settings
from breakup_tui.store.files import FileProblem, atomic_write, read_text
from breakup_tui.store.paths import Locations, ensure_private_dir

if TYPE_CHECKING:
    import tomlkit

_TEXT_FIELDS = {"your_name", "business", "email", "signature", "letter_language", "theme", "installation_id"}


def load_settings(locations: Locations) -> Settings:
    """The saved settings; a missing or damaged file gives the defaults (it is never overwritten here)."""
    path = locations.settings_file
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(read_text(path))
    except (FileProblem, ValueError, RecursionError):
        # ValueError covers TOMLDecodeError and the few errors tomllib lets through.
        return Settings()
    settings = Settings()
    for name in _TEXT_FIELDS:
        value = data.get(name)
        if isinstance(value, str):
            setattr(settings, name, value)
    language = data.get("language")
    if isinstance(language, str):
        settings.language = language
    country = data.get("country")
    if isinstance(country, str) and country.strip():
        settings.country = country.strip().upper()
    if isinstance(data.get("sender_asked"), bool):
        settings.sender_asked = data["sender_asked"]
    keys = data.get("keys")
    if isinstance(keys, dict):
        settings.keys = {str(k): str(v) for k, v in keys.items() if isinstance(v, str)}
    return settings


def save_settings(locations: Locations, settings: Settings) -> None:
    """Write the settings, keeping any comment or key the user added by hand."""
    # Imported here: reading the settings at start-up needs only tomllib (DESIGN §9).
    import tomlkit
    from tomlkit.exceptions import ParseError

    from breakup_tui.store.toml_doc import merge_into

    ensure_private_dir(locations.config_dir)
    path = locations.settings_file
    document: tomlkit.TOMLDocument
    try:
        document = tomlkit.parse(read_text(path)) if path.exists() else tomlkit.document()
    except (FileProblem, ParseError, RecursionError, ValueError):
        # Never write over a file we cannot read: set it aside, next to the new one.
        document = tomlkit.document()
        stamp = clock.now().strftime("%Y%m%dT%H%M%S")
        os.replace(path, path.with_name(f"{path.name}.damaged-{stamp}"))
    data: dict[str, Any] = {}
    for f in fields(settings):
        value = getattr(settings, f.name)
        if value is not None:
            data[f.name] = dict(value) if isinstance(value, dict) else value
    merge_into(document, data, known=frozenset(f.name for f in fields(settings)))
    atomic_write(path, tomlkit.dumps(document))
