"""Names in the trash: ``<stem>--<stamp>.toml``, within the file-name limit whatever the stem.

A stem can be as long as a file name allows (250 bytes before ``.toml``), so the
trash name cuts it to leave room for the stamp; the whole stem is then kept beside
the trashed file, in ``<trash name>.stem``, and read back on restore. The listing
of the trash only looks at ``*.toml``, so these notes are never taken for clients.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from breakup_tui.store.files import atomic_write

SUFFIX = ".toml"
STEM_NOTE_SUFFIX = ".stem"
# Most file systems refuse a longer file name (counted in bytes).
MAX_NAME_BYTES = 255


def trashed_stem(trashed_name: str) -> str:
    """The stem in a trash name: up to the last ``--`` (a stem may hold ``--`` itself)."""
    return trashed_name.removesuffix(SUFFIX).rsplit("--", 1)[0]


def trash_name(stem: str, stamp: str | None = None) -> str:
    """``<stem>--<stamp>.toml``, the stem cut (between letters) so the name fits the limit."""
    stamp = stamp or datetime.now().strftime("%Y%m%dT%H%M%S%f")
    ending = f"--{stamp}{SUFFIX}"
    room = MAX_NAME_BYTES - len(os.fsencode(ending))
    short = stem
    while len(os.fsencode(short)) > room:
        short = short[:-1]
    return f"{short}{ending}"


def _note_of(trashed: Path) -> Path:
    return trashed.with_name(trashed.name.removesuffix(SUFFIX) + STEM_NOTE_SUFFIX)


def note_whole_stem(trashed: Path, stem: str) -> None:
    """Keep the whole stem beside a trashed file whose name had to cut it (before it is moved)."""
    if trashed_stem(trashed.name) != stem:
        atomic_write(_note_of(trashed), os.fsencode(stem))


def whole_stem(trashed: Path) -> str:
    """The stem the trashed file had: from its note when its name was cut, else from its name."""
    note = _note_of(trashed)
    with contextlib.suppress(OSError):
        if note.is_file() and not note.is_symlink():
            with note.open("rb") as handle:
                return os.fsdecode(handle.read(MAX_NAME_BYTES))
    return trashed_stem(trashed.name)


def forget_whole_stem(trashed: Path) -> None:
    """Remove the note of a file that left the trash, or never got in."""
    with contextlib.suppress(OSError):
        _note_of(trashed).unlink()
