"""The client files: list, create, open, save, rename, delete to the trash and restore."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from breakup_tui.core import clock
from breakup_tui.core.client_text import TextShape, in_shape, one_line, shape_of, toml_data, without_bom
from breakup_tui.core.i18n import t
from breakup_tui.core.summary import ClientSummary, name_in_use
from breakup_tui.core.table_reader import PlanError
from breakup_tui.store.files import (
    ChangedOnDisk,
    EditLock,
    FileProblem,
    Signature,
    atomic_write,
    read_text,
    remove_leftover_temps,
    signature,
)
from breakup_tui.store.paths import Locations, ensure_private_dir
from breakup_tui.store.slug import unique_slug
from breakup_tui.store.summary_cache import cached_summaries, is_client_file
from breakup_tui.store.trash import forget_whole_stem, note_whole_stem, trash_name, whole_stem

if TYPE_CHECKING:
    import tomlkit

    from breakup_tui.core.plan import Plan

# tomlkit and the codec are imported where a file is parsed or written, not at start-up:
# the home screen lists clients from the summary cache without them.

SUFFIX = ".toml"


class StoreError(Exception):
    """An operation on the files failed; ``str()`` says why, for a person."""


class ClientNotFound(StoreError):
    pass


class DamagedClient(StoreError):
    pass


@dataclass
class OpenClient:
    """A client being edited: its plan, its parsed document and how it was opened."""

    stem: str
    path: Path
    plan: Plan
    document: tomlkit.TOMLDocument
    disk_signature: Signature | None
    read_only: str | None = None  # the reason, when it must not be saved
    shape: TextShape = field(default_factory=TextShape)  # its byte-order mark and line endings, kept on save
    lock: EditLock | None = field(default=None, repr=False)


def refuse_secrets(record: object) -> None:
    """Raise ``StoreError`` when any text in ``record`` looks like a password, token or key."""
    from breakup_tui.core.secrets import secrets_in  # its patterns compile on first use, not at start-up

    found = secrets_in(record)
    if found:
        raise StoreError(t("secrets.not_saved", where=found[0].where, problem=found[0].problem))


def _same_data(a: object, b: object) -> bool:
    """Equal as parsed values; NaN counts as equal to NaN (a float compares unequal to itself)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_data(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_data(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and a != a and b != b:
        return True
    return type(a) is type(b) and a == b


def editable_document(text: str, data: dict[str, object]) -> tuple[tomlkit.TOMLDocument, str | None]:
    """The document saves merge into, or an empty one and why the file must stay read-only.

    The verdict on a file is tomllib's and the codec's (``core/client_text``);
    tomlkit only edits. When tomlkit cannot read a file the verdict accepted,
    or reads it differently, saving through it could change what the user
    wrote, so the file opens read-only instead.
    """
    import tomlkit

    try:
        document = tomlkit.parse(without_bom(text))
        same = _same_data(document.unwrap(), data)
    except Exception as error:  # any failure of the editing parser means "do not write"
        return tomlkit.document(), t("store_error.not_editable", reason=one_line(error))
    if not same:
        return tomlkit.document(), t("store_error.not_editable", reason=t("store_error.read_differently"))
    return document, None


class ClientStore:
    def __init__(self, locations: Locations, country: str | None = None) -> None:
        self.locations = locations
        # The user's country (settings), whose public holidays move the last working day.
        self.country = country

    # -- paths -------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return self.locations.clients_dir

    def path_of(self, stem: str) -> Path:
        path = self.folder / f"{stem}{SUFFIX}"
        # A stem comes from our own listing or slugs, but never trust it to stay inside.
        if path.parent != self.folder or "/" in stem or "\\" in stem or stem.startswith("."):
            raise ClientNotFound(t("store_error.not_found", name=stem))
        return path

    def prepare(self) -> None:
        """Make the folders and tidy up after a killed writer; a folder that cannot be made is left out.

        In a read-only data folder the clients are still listed and open read-only;
        whatever needs a missing folder says why when it is tried.
        """
        for folder in (
            self.locations.data_dir,
            self.folder,
            self.locations.trash_dir,
            self.locations.locks_dir,
        ):
            with contextlib.suppress(OSError):
                ensure_private_dir(folder)
        remove_leftover_temps(self.folder)

    def stems(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(
            entry.name[: -len(SUFFIX)] for entry in os.scandir(self.folder) if is_client_file(entry.name)
        )

    # -- reading -----------------------------------------------------------

    def summary(self, stem: str, today: date | None = None) -> ClientSummary:
        today = today or clock.today()
        try:
            data = toml_data(read_text(self.path_of(stem)))
            # Imported once a file parses: a list whose only uncached file is a half-copied one
            # (not TOML at all) starts without the codec and the plan's dataclasses.
            from breakup_tui.core.codec import plan_from_data

            plan = plan_from_data(data)
        except (FileProblem, PlanError) as error:
            return ClientSummary.broken(stem, str(error))
        return ClientSummary.of(stem, plan, today, self.country)

    def summaries(self, today: date | None = None) -> list[ClientSummary]:
        """Every client file, damaged ones included, by name."""
        today = today or clock.today()
        # Unchanged files come from the summary cache; the rest are read here, one way only.
        summaries = cached_summaries(
            self.folder,
            self.locations.cache_file,
            today,
            lambda stem: self.summary(stem, today),
            country=self.country,
        )
        return sorted(summaries, key=lambda s: (s.name.casefold(), s.file))

    def find(self, query: str) -> str | None:
        """The stem of the client called ``query`` (any case), or whose file stem it is."""
        stems = self.stems()
        if query in stems:
            return query
        wanted = query.casefold()
        for summary in self.summaries():
            if summary.name.casefold() == wanted or summary.file.casefold() == wanted:
                return summary.file
        return None

    def name_taken(self, name: str, except_stem: str | None = None) -> bool:
        return name_in_use(self.summaries(), name, except_stem)

    def load(self, stem: str) -> OpenClient:
        """Read a client without locking it (for exports and tests)."""
        from breakup_tui.core.codec import FutureSchemaError, PlanError, plan_from_data
        from breakup_tui.core.plan import SCHEMA_VERSION

        path = self.path_of(stem)
        if not path.exists() and not path.is_symlink():
            raise ClientNotFound(t("store_error.not_found", name=stem))
        before = signature(path)
        read_only: str | None = None
        # The same verdict as the list's (``summary``): what it calls damaged never opens.
        try:
            text = read_text(path)
            data = toml_data(text)
            try:
                plan = plan_from_data(data)
            except FutureSchemaError as error:
                # Readable, but never to be written by this older version.
                read_only = str(error)
                plan = plan_from_data({**data, "schema_version": SCHEMA_VERSION})
        except (FileProblem, PlanError) as error:
            raise DamagedClient(str(read_only or error)) from None
        document, not_editable = editable_document(text, data)
        return OpenClient(stem, path, plan, document, before, read_only or not_editable, shape_of(text))

    def open(self, stem: str) -> OpenClient:
        """Load a client for editing; if another window holds it, open it read-only."""
        client = self.load(stem)
        if client.read_only:
            return client
        try:
            ensure_private_dir(self.locations.locks_dir)
            lock = EditLock(self.locations.locks_dir / f"{stem}.lock")
            acquired = lock.try_acquire()
        except OSError as error:
            # A read-only or foreign data folder: no lock can be taken, so nothing is written either.
            client.read_only = t("wizard.read_only_folder", reason=error.strerror or str(error))
            return client
        if acquired:
            client.lock = lock
        else:
            client.read_only = t("wizard.read_only_lock")
        return client

    def close(self, client: OpenClient) -> None:
        if client.lock is not None:
            client.lock.release()
            client.lock = None

    # -- writing -----------------------------------------------------------

    def render(self, client: OpenClient) -> str:
        """The text the client's file will hold (updates the in-memory document)."""
        from breakup_tui.core.codec import plan_to_data
        from breakup_tui.store.toml_doc import render

        if client.read_only:
            raise StoreError(client.read_only)
        # The forms refuse secrets as they are typed; this catches any other way in (a hand edit).
        refuse_secrets(client.plan)
        client.plan.progress.updated = clock.now()
        client.document, text = render(client.document, plan_to_data(client.plan))
        return in_shape(text, client.shape)

    def write(self, client: OpenClient, text: str) -> None:
        """Write rendered text over the file, unless someone else wrote it since it was read.

        One writer per client (the app saves on its UI thread), so writes land in the order made.
        """
        if client.read_only:
            raise StoreError(client.read_only)
        if client.disk_signature is not None and signature(client.path) != client.disk_signature:
            raise StoreError(t("store_error.changed_on_disk"))
        try:
            # Checked again right before the rename: another program may save while we write.
            written = atomic_write(client.path, text, unchanged_since=client.disk_signature)
        except ChangedOnDisk:
            raise StoreError(t("store_error.changed_on_disk")) from None
        except OSError as error:
            reason = error.strerror or str(error)
            raise StoreError(t("store_error.write_failed", reason=reason)) from None
        client.disk_signature = written

    def save(self, client: OpenClient) -> None:
        """Write the client's plan into its file, keeping the user's own keys and comments."""
        self.write(client, self.render(client))

    def create(self, plan: Plan) -> str:
        """Write a new client file and return its stem."""
        import tomlkit

        from breakup_tui.core.codec import plan_to_data
        from breakup_tui.store.schema import CLIENT_SCHEMA, schema_directive
        from breakup_tui.store.toml_doc import render

        refuse_secrets(plan)
        self.prepare()
        stem = unique_slug(plan.client.name, self.stems() + self._trash_stems())
        path = self.path_of(stem)
        plan.progress.updated = clock.now()
        header = tomlkit.document()
        header.add(schema_directive(CLIENT_SCHEMA))
        header.add(tomlkit.comment(t("file.header", schema=CLIENT_SCHEMA)))
        _, text = render(header, plan_to_data(plan))
        try:
            atomic_write(path, text)
        except OSError as error:
            raise StoreError(t("store_error.write_failed", reason=error.strerror or str(error))) from None
        return stem

    def rename(self, stem: str, new_name: str) -> None:
        """Change the client's name; the file keeps its stem, so links and syncs stay valid."""
        client = self.open(stem)
        try:
            if client.read_only:
                raise StoreError(client.read_only)
            client.plan.client.name = new_name
            self.save(client)
        finally:
            self.close(client)

    # -- trash -------------------------------------------------------------

    def _trash_stems(self) -> list[str]:
        trash = self.locations.trash_dir
        if not trash.is_dir():
            return []
        return [whole_stem(p) for p in trash.glob(f"*{SUFFIX}")]

    @contextlib.contextmanager
    def held(self, stem: str) -> Iterator[None]:
        """The client's edit lock while its file is moved or replaced; ``StoreError`` if a window has it."""
        lock = EditLock(self.locations.locks_dir / f"{stem}.lock")
        ensure_private_dir(self.locations.locks_dir)
        if not lock.try_acquire():
            raise StoreError(t("store_error.locked"))
        try:
            yield
        finally:
            lock.release()

    def delete(self, stem: str) -> str:
        """Move the client's file into the trash; return the name it has there."""
        path = self.path_of(stem)
        with self.held(stem):
            ensure_private_dir(self.locations.trash_dir)
            trashed = self.locations.trash_dir / trash_name(stem)
            try:
                note_whole_stem(trashed, stem)
                os.replace(path, trashed)
            except OSError as error:
                forget_whole_stem(trashed)
                raise StoreError(t("store_error.write_failed", reason=error.strerror or str(error))) from None
            return trashed.name

    def restore(self, trashed_name: str) -> str:
        """Bring a trashed file back under its old stem, or a fresh one if that is taken."""
        source = self.locations.trash_dir / trashed_name
        if source.parent != self.locations.trash_dir or not source.is_file():
            raise ClientNotFound(t("store_error.not_found", name=trashed_name))
        stem = whole_stem(source)
        if stem in self.stems():
            stem = unique_slug(stem, self.stems())
        target = self.path_of(stem)
        try:
            shutil.move(str(source), str(target))
        except OSError as error:
            raise StoreError(t("store_error.write_failed", reason=error.strerror or str(error))) from None
        forget_whole_stem(source)
        return stem

    def trash(self) -> list[str]:
        trash = self.locations.trash_dir
        if not trash.is_dir():
            return []
        return sorted(p.name for p in trash.glob(f"*{SUFFIX}"))
