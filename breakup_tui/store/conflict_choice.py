"""Settling a sync conflict copy: the user keeps one of the two files, and the other goes to the trash.

Nothing is merged. Each choice acts only on the files as they were shown: if
either changed since (the sync tool delivered a newer one), nothing is done and
the user is told. Keeping the copy writes its bytes over the original through
the atomic write (so the client keeps its file name and stays private) and
moves the original's bytes to the trash first, so either choice can be undone.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from breakup_tui.core.i18n import t
from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.store.files import ChangedOnDisk, FileProblem, Signature, atomic_write, read_bytes, signature
from breakup_tui.store.paths import ensure_private_dir
from breakup_tui.store.trash import forget_whole_stem, note_whole_stem, trash_name


@dataclass(frozen=True)
class Version:
    """One of the two files as it was read for the user to compare."""

    stem: str
    path: Path
    data: bytes | None  # None when it cannot be read; ``problem`` says why
    problem: str | None
    signature: Signature | None

    @property
    def text(self) -> str | None:
        return None if self.data is None else self.data.decode("utf-8", "replace")

    @property
    def modified(self) -> datetime | None:
        return (
            None if self.signature is None else datetime.fromtimestamp(self.signature[0] / 1e9).astimezone()
        )


@dataclass(frozen=True)
class ConflictPair:
    original: Version
    copy: Version


def _version(store: ClientStore, stem: str) -> Version:
    path = store.path_of(stem)
    before = signature(path)
    try:
        data: bytes | None = read_bytes(path)
    except FileProblem as error:
        return Version(stem, path, None, str(error), before)
    summary = store.summary(stem)
    return Version(stem, path, data, summary.error if summary.damaged else None, before)


def read_conflict(store: ClientStore, original: str, copy: str) -> ConflictPair:
    return ConflictPair(_version(store, original), _version(store, copy))


def _still_as_shown(pair: ConflictPair) -> None:
    for version in (pair.original, pair.copy):
        if signature(version.path) != version.signature:
            raise StoreError(t("store_error.changed_on_disk"))


def keep_original(store: ClientStore, pair: ConflictPair) -> str:
    """Move the copy to the trash; return its name there."""
    _still_as_shown(pair)
    return store.delete(pair.copy.stem)


def keep_copy(store: ClientStore, pair: ConflictPair) -> str:
    """Put the copy's bytes in the original's place and the original in the trash; return its name there."""
    if pair.copy.data is None or pair.copy.problem:
        raise StoreError(t("conflict.copy_unusable", reason=pair.copy.problem or ""))
    original = pair.original
    if original.data is None:
        # Only a file whose bytes were read can go to the trash for the user to get back.
        raise StoreError(t("conflict.original_unusable", reason=original.problem or ""))
    with store.held(original.stem), store.held(pair.copy.stem):
        _still_as_shown(pair)
        trashed = store.locations.trash_dir / trash_name(original.stem)
        try:
            ensure_private_dir(store.locations.trash_dir)
            note_whole_stem(trashed, original.stem)
            atomic_write(trashed, original.data)
            atomic_write(original.path, pair.copy.data, unchanged_since=original.signature)
        except OSError as error:
            with contextlib.suppress(OSError):
                trashed.unlink()
            forget_whole_stem(trashed)
            if isinstance(error, ChangedOnDisk):
                raise StoreError(t("store_error.changed_on_disk")) from None
            raise StoreError(t("store_error.write_failed", reason=error.strerror or str(error))) from None
        try:
            os.unlink(pair.copy.path)  # its bytes are the client's file now
        except OSError as error:
            raise StoreError(t("store_error.write_failed", reason=error.strerror or str(error))) from None
    return trashed.name
