"""The referral address book shared by all clients: ``referrals.toml`` in the data folder.

Kept like a client file: written atomically and privately (0600), comments and
unknown keys kept, and a damaged book is reported and never written over. The
book only grows by appending an entry, so every existing line stays as it was.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit
from filelock import FileLock, Timeout
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Array

from breakup_tui.core.codec import PlanError, referral_to_data, referrals_from_data
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import SCHEMA_VERSION, Referral
from breakup_tui.store.clients import StoreError, refuse_secrets
from breakup_tui.store.files import FileProblem, atomic_write, read_text
from breakup_tui.store.paths import Locations, ensure_private_dir

# Seconds to wait for another window that is adding to the book at the same moment.
LOCK_WAIT = 5.0


@dataclass
class ReferralBook:
    """The book's entries, or the reason it could not be read (then it is never written)."""

    referrals: list[Referral] = field(default_factory=list)
    damaged: str | None = None


def same_person(a: Referral, b: Referral) -> bool:
    return (
        a.name.strip().casefold() == b.name.strip().casefold()
        and a.contact.strip().casefold() == b.contact.strip().casefold()
    )


class ReferralStore:
    def __init__(self, locations: Locations) -> None:
        self.locations = locations

    @property
    def path(self) -> Path:
        return self.locations.referrals_file

    def _read(self) -> tuple[tomlkit.TOMLDocument | None, ReferralBook]:
        if not self.path.exists() and not self.path.is_symlink():
            return None, ReferralBook()
        try:
            text = read_text(self.path)
            # One verdict: what tomllib refuses (a key given twice, say) is damaged, never half-read.
            data = tomllib.loads(text)
            book = ReferralBook(referrals_from_data(data))
            return tomlkit.parse(text), book
        except (FileProblem, PlanError) as error:
            return None, ReferralBook(damaged=str(error))
        except (ValueError, RecursionError, TOMLKitError) as error:
            # ValueError covers TOMLDecodeError and the few errors tomllib lets through.
            reason = str(error).strip().splitlines()[0] if str(error) else type(error).__name__
            return None, ReferralBook(damaged=t("file_error.bad_toml", reason=reason))

    def load(self) -> ReferralBook:
        return self._read()[1]

    def add(self, referral: Referral) -> ReferralBook:
        """Add ``referral`` to the book (unless it is already there) and return the book as saved."""
        refuse_secrets(referral)
        ensure_private_dir(self.locations.data_dir)
        ensure_private_dir(self.locations.locks_dir)
        lock = FileLock(str(self.locations.locks_dir / "referrals.lock"), mode=0o600, is_singleton=False)
        try:
            with lock.acquire(timeout=LOCK_WAIT):
                # Read again under the lock, so another window's additions are kept.
                document, book = self._read()
                if book.damaged is not None:
                    raise StoreError(t("referrals.damaged_not_saved", reason=book.damaged))
                if any(same_person(known, referral) for known in book.referrals):
                    return book
                self._append(document, referral)
                book.referrals.append(referral)
                return book
        except Timeout:
            raise StoreError(t("store_error.locked")) from None

    def _append(self, document: tomlkit.TOMLDocument | None, referral: Referral) -> None:
        if document is None:
            document = tomlkit.document()
            document.add(tomlkit.comment(t("referrals.file_header")))
            document["schema_version"] = SCHEMA_VERSION
        entries = document.get("referrals")
        if isinstance(entries, Array):
            # A book written inline stays inline, every entry and key as it was.
            inline = tomlkit.inline_table()
            inline.update(referral_to_data(referral))
            entries.append(inline)
        elif isinstance(entries, AoT):
            entry = tomlkit.table()
            entry.update(referral_to_data(referral))
            entries.append(entry)
        else:
            entry = tomlkit.table()
            entry.update(referral_to_data(referral))
            document["referrals"] = tomlkit.aot()
            document["referrals"].append(entry)
        try:
            atomic_write(self.path, tomlkit.dumps(document))
        except OSError as error:
            raise StoreError(t("store_error.write_failed", reason=error.strerror or str(error))) from None
