"""The settings file: the user's details for the letter, languages, theme and key map.

One parser gives the verdict: what ``tomllib`` refuses is damaged, whatever a more
lenient reader would make of it. A damaged file is read as the defaults, never
written over: the next save sets it aside beside the new one, and says where.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

from breakup_tui.core import clock
from breakup_tui.core.i18n import t
from breakup_tui.core.settings import Settings
from breakup_tui.store.files import FileProblem, atomic_write, read_text
from breakup_tui.store.paths import Locations, ensure_private_dir

_TEXT_FIELDS = {
    "your_name",
    "business",
    "email",
    "signature",
    "letter_language",
    "theme",
    "installation_id",
    "export_folder",
}


def _read(path: Path) -> tuple[str | None, dict[str, Any] | None, str | None]:
    """The file's text, its data, and the reason it is damaged (when it is)."""
    if not path.exists() and not path.is_symlink():
        return None, None, None
    try:
        text = read_text(path)
        return text, tomllib.loads(text), None
    except FileProblem as error:
        return None, None, str(error)
    except (ValueError, RecursionError) as error:
        # ValueError covers TOMLDecodeError (a key given twice among them) and what tomllib lets through.
        reason = str(error).strip().splitlines()[0] if str(error) else type(error).__name__
        return None, None, t("file_error.bad_toml", reason=reason)


def settings_problem(locations: Locations) -> str | None:
    """Why settings.toml cannot be read, or ``None`` when it is missing or healthy."""
    return _read(locations.settings_file)[2]


def load_settings(locations: Locations) -> Settings:
    """The saved settings; a missing or damaged file gives the defaults (it is never overwritten here)."""
    data = _read(locations.settings_file)[1]
    settings = Settings()
    if data is None:
        return settings
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


def save_settings(locations: Locations, settings: Settings) -> Path | None:
    """Write the settings, keeping any comment or key the user added by hand.

    Returns where a damaged file was set aside, or ``None`` when there was none.
    """
    # Imported here: reading the settings at start-up needs only tomllib.
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    from breakup_tui.store.schema import SETTINGS_SCHEMA, schema_directive
    from breakup_tui.store.toml_doc import merge_into

    ensure_private_dir(locations.config_dir)
    path = locations.settings_file
    text, _, problem = _read(path)
    document = tomlkit.document()
    if text is not None:
        try:
            document = tomlkit.parse(text)
        except TOMLKitError:
            problem = "tomlkit"
    aside = None
    if problem is not None:
        # Never write over a file we cannot read: set it aside, next to the new one.
        stamp = clock.now().strftime("%Y%m%dT%H%M%S")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        os.replace(path, aside)
        document = tomlkit.document()
    if not document.body:
        # A new file names its schema on the first line, for editors that validate TOML.
        document.add(schema_directive(SETTINGS_SCHEMA))
    data: dict[str, Any] = {}
    for f in fields(settings):
        value = getattr(settings, f.name)
        if value is not None:
            data[f.name] = dict(value) if isinstance(value, dict) else value
    merge_into(document, data, known=frozenset(f.name for f in fields(settings)))
    atomic_write(path, tomlkit.dumps(document))
    return aside
