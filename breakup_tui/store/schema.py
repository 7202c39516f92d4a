"""The JSON Schemas shipped in the package, and the first line that points an editor to them.

Editors that validate TOML (taplo and the extensions built on it) read a
``#:schema`` comment on a file's first line; the schema is named by its place in
the installed package, so the line works wherever breakup-tui was installed.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from tomlkit.items import Comment, Trivia

CLIENT_SCHEMA = "client.schema.json"
SETTINGS_SCHEMA = "settings.schema.json"


def schema_path(name: str) -> Path:
    return Path(str(resources.files("breakup_tui.schema").joinpath(name)))


def schema_directive(name: str) -> Comment:
    """The first-line comment that names the schema ``name`` for an editor."""
    # Written by hand: tomlkit's own comments put a space after ``#``, which editors do not read.
    return Comment(Trivia(comment="#:schema " + schema_path(name).resolve().as_uri(), trail="\n"))
