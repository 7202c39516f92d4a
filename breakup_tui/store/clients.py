"""The client files: list, create, open, save, rename, delete to the trash and restore."""

from __future__ import annotations

import os
import shutil
import threading
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from breakup_tui.core import clock
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Plan
from breakup_tui.core.summary import ClientSummary, name_in_use
from breakup_tui.store.files import (
    EditLock,
    FileProblem,
    atomic_write,
    read_text,
    remove_leftover_temps,
    signature,
)
from breakup_tui.store.paths import Locations, ensure_private_dir
from breakup_tui.store.slug import unique_slug
from breakup_tui.store.summary_cache import cached_summaries, is_client_file

if TYPE_CHECKING:
    import tomlkit

# tomlkit and the codec are imported where a file is parsed or written, not at start-up:
# the home screen lists clients from the summary cache without them (DESIGN §9).

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
    disk_signature: tuple[int, int] | None
    read_only: str | None = None  # the reason, when it must not be saved
    lock: EditLock | None = field(default=None, repr=False)
    # Renders are numbered so that a slow write never lands over a newer one.
    rendered_revision: int = 0
    written_revision: int = 0
    write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def refuse_secrets(record: object) -> None:
    """Raise ``StoreError`` when any text in ``record`` looks like a password, token or key (DESIGN §10)."""
    from breakup_tui.core.secrets import secrets_in  # its patterns compile on first use, not at start-up

    found = secrets_in(record)
    if found:
        raise StoreError(t("secrets.not_saved", where=found[0].where, problem=found[0].problem))


def _parse_error(error: Exception) -> str:
    return t("file_error.bad_toml", reason=str(error).strip().splitlines()[0] if str(error) else "")


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
        for folder in (
            self.locations.data_dir,
            self.folder,
            self.locations.trash_dir,
            self.locations.locks_dir,
        ):
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
        from breakup_tui.core.codec import PlanError, plan_from_data

        today = today or clock.today()
        try:
            text = read_text(self.path_of(stem))
            plan = plan_from_data(tomllib.loads(text))
        except (FileProblem, PlanError) as error:
            return ClientSummary.broken(stem, str(error))
        except tomllib.TOMLDecodeError as error:
            return ClientSummary.broken(stem, _parse_error(error))
        except RecursionError:
            # tomllib recurses once per nesting level: a hostile file can nest thousands deep.
            return ClientSummary.broken(stem, t("file_error.too_deep"))
        except ValueError as error:
            # tomllib lets some errors through, e.g. an integer of thousands of digits.
            return ClientSummary.broken(stem, _parse_error(error))
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
        import tomlkit
        from tomlkit.exceptions import ParseError

        from breakup_tui.core.codec import FutureSchemaError, PlanError, plan_from_data

        path = self.path_of(stem)
        if not path.exists() and not path.is_symlink():
            raise ClientNotFound(t("store_error.not_found", name=stem))
        before = signature(path)
        try:
            text = read_text(path)
            document = tomlkit.parse(text)
            plan = plan_from_data(document.unwrap())
        except FutureSchemaError as error:
            # Readable, but never to be written by this older version.
            data = tomllib.loads(text)
            data["schema_version"] = 1
            try:
                plan = plan_from_data(data)
            except PlanError:
                raise DamagedClient(str(error)) from None
            return OpenClient(stem, path, plan, tomlkit.parse(text), before, read_only=str(error))
        except (FileProblem, PlanError) as error:
            raise DamagedClient(str(error)) from None
        except ParseError as error:
            raise DamagedClient(_parse_error(error)) from None
        return OpenClient(stem, path, plan, document, before)

    def open(self, stem: str) -> OpenClient:
        """Load a client for editing; if another window holds it, open it read-only."""
        client = self.load(stem)
        if client.read_only:
            return client
        ensure_private_dir(self.locations.locks_dir)
        lock = EditLock(self.locations.locks_dir / f"{stem}.lock")
        if lock.try_acquire():
            client.lock = lock
        else:
            client.read_only = t("wizard.read_only_lock")
        return client

    def close(self, client: OpenClient) -> None:
        if client.lock is not None:
            client.lock.release()
            client.lock = None

    # -- writing -----------------------------------------------------------

    def render(self, client: OpenClient) -> tuple[str, int]:
        """The text the client's file will hold, and its revision (updates the in-memory document)."""
        from breakup_tui.core.codec import plan_to_data
        from breakup_tui.store.toml_doc import render

        if client.read_only:
            raise StoreError(client.read_only)
        # The forms refuse secrets as they are typed; this catches any other way in (a hand edit).
        refuse_secrets(client.plan)
        client.plan.progress.updated = clock.now()
        client.document, text = render(client.document, plan_to_data(client.plan))
        client.rendered_revision += 1
        return text, client.rendered_revision

    def write(self, client: OpenClient, text: str, revision: int) -> None:
        """Write rendered text over the file, unless a newer render was written or someone else wrote it."""
        if client.read_only:
            raise StoreError(client.read_only)
        with client.write_lock:
            if revision <= client.written_revision:
                return
            if client.disk_signature is not None and signature(client.path) != client.disk_signature:
                raise StoreError(t("store_error.changed_on_disk"))
            try:
                atomic_write(client.path, text)
            except OSError as error:
                reason = error.strerror or str(error)
                raise StoreError(t("store_error.write_failed", reason=reason)) from None
            client.disk_signature = signature(client.path)
            client.written_revision = revision

    def save(self, client: OpenClient) -> None:
        """Write the client's plan into its file, keeping the user's own keys and comments."""
        self.write(client, *self.render(client))

    def create(self, plan: Plan) -> str:
        """Write a new client file and return its stem."""
        import tomlkit

        from breakup_tui.core.codec import plan_to_data
        from breakup_tui.store.toml_doc import render

        refuse_secrets(plan)
        self.prepare()
        stem = unique_slug(plan.client.name, self.stems() + self._trash_stems())
        path = self.path_of(stem)
        plan.progress.updated = clock.now()
        header = tomlkit.document()
        header.add(tomlkit.comment(t("file.header")))
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
        return [p.name.split("--")[0] for p in trash.glob(f"*{SUFFIX}")]

    def delete(self, stem: str) -> str:
        """Move the client's file into the trash; return the name it has there."""
        path = self.path_of(stem)
        lock = EditLock(self.locations.locks_dir / f"{stem}.lock")
        ensure_private_dir(self.locations.locks_dir)
        if not lock.try_acquire():
            raise StoreError(t("store_error.locked"))
        try:
            ensure_private_dir(self.locations.trash_dir)
            stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
            trashed = self.locations.trash_dir / f"{stem}--{stamp}{SUFFIX}"
            try:
                os.replace(path, trashed)
            except OSError as error:
                raise StoreError(t("store_error.write_failed", reason=error.strerror or str(error))) from None
            return trashed.name
        finally:
            lock.release()

    def restore(self, trashed_name: str) -> str:
        """Bring a trashed file back under its old stem, or a fresh one if that is taken."""
        source = self.locations.trash_dir / trashed_name
        if source.parent != self.locations.trash_dir or not source.is_file():
            raise ClientNotFound(t("store_error.not_found", name=trashed_name))
        stem = trashed_name.split("--")[0]
        if stem in self.stems():
            stem = unique_slug(stem, self.stems())
        target = self.path_of(stem)
        try:
            shutil.move(str(source), str(target))
        except OSError as error:
            raise StoreError(t("store_error.write_failed", reason=error.strerror or str(error))) from None
        return stem

    def trash(self) -> list[str]:
        trash = self.locations.trash_dir
        if not trash.is_dir():
            return []
        return sorted(p.name for p in trash.glob(f"*{SUFFIX}"))
