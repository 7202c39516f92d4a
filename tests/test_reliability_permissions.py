"""Private by default: every file the app writes is 0600 and every folder it makes is 0700.

Each check runs under umask 000, the loosest there is, so the modes come from
the code and not from the tester's shell. New kinds of file join the list
``PRIVATE_FILES``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from breakup_tui.app import BreakupApp
from breakup_tui.cli import main
from breakup_tui.core.plan import Plan, Referral
from breakup_tui.core.settings import Settings
from breakup_tui.export import write_export
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.referrals import ReferralStore
from breakup_tui.store.settings import save_settings
from tests.conftest import Dirs
from tests.helpers import add_client, press, settle


@dataclass(frozen=True)
class PrivateFile:
    what: str
    make: Callable[[ClientStore], Path]  # writes the file the way the app does; returns its path


def _created(store: ClientStore) -> Path:
    return store.path_of(store.create(Plan.new("Acme")))


def _saved(store: ClientStore) -> Path:
    client = store.open(store.create(Plan.new("Acme")))
    client.plan.decide.notes = "changed"
    store.save(client)
    store.close(client)
    return client.path


def _renamed(store: ClientStore) -> Path:
    stem = store.create(Plan.new("Acme"))
    store.rename(stem, "Acme Two")
    return store.path_of(stem)


def _trashed(store: ClientStore) -> Path:
    return store.locations.trash_dir / store.delete(store.create(Plan.new("Acme")))


def _restored(store: ClientStore) -> Path:
    return store.path_of(store.restore(store.delete(store.create(Plan.new("Acme")))))


def _long_stem_note(store: ClientStore) -> Path:
    # A stem too long for the trash name is kept whole in a note beside the trashed file.
    stem = "x" * 250
    store.prepare()
    hand_made = store.folder / f"{stem}.toml"
    hand_made.write_text('[client]\nname = "Acme"\n')
    hand_made.chmod(0o600)  # made by hand (names from the app are short): only the note is the app's
    trashed = store.delete(stem)
    return store.locations.trash_dir / trashed.replace(".toml", ".stem")


def _copy_kept(store: ClientStore) -> Path:
    from breakup_tui.store.conflict_choice import keep_copy, read_conflict

    stem = store.create(Plan.new("Acme"))
    copy = store.folder / f"{stem}.sync-conflict-20261202-101010-ABCDEFG.toml"
    copy.write_bytes(store.path_of(stem).read_bytes() + b"# from the laptop\n")  # as a sync tool would: 0666
    keep_copy(store, read_conflict(store, stem, copy.stem))
    return store.path_of(stem)


def _settings(store: ClientStore) -> Path:
    save_settings(store.locations, Settings(your_name="Ada"))
    return store.locations.settings_file


def _lock(store: ClientStore) -> Path:
    stem = store.create(Plan.new("Acme"))
    client = store.open(stem)
    store.close(client)
    return store.locations.locks_dir / f"{stem}.lock"


def _address_book(store: ClientStore) -> Path:
    ReferralStore(store.locations).add(Referral("Mario Rossi", "mario@example.com", "WordPress"))
    return store.locations.referrals_file


def _export(store: ClientStore) -> Path:
    # Exports go where the user says (often ~/Documents); whatever the folder, the file is private.
    store.prepare()
    path = store.locations.data_dir / "acme-plan.md"
    write_export(path, "# Acme: my private notes\n")
    return path


PRIVATE_FILES = [
    PrivateFile("a new client file", _created),
    PrivateFile("a saved client file", _saved),
    PrivateFile("a renamed client file", _renamed),
    PrivateFile("a client file in the trash", _trashed),
    PrivateFile("a client file restored from the trash", _restored),
    PrivateFile("the whole stem of a long-named file in the trash", _long_stem_note),
    PrivateFile("a client file replaced by its sync conflict copy", _copy_kept),
    PrivateFile("the settings file", _settings),
    PrivateFile("a client's lock file", _lock),
    PrivateFile("the referral address book", _address_book),
    PrivateFile("an export", _export),
    # Add here any new kind of file the app writes.
]


@pytest.fixture
def loosest_umask() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def loose(dirs: Dirs) -> list[str]:
    """Every folder that is not 0700 and every file that is not 0600 under the data and config folders."""
    made = [p for root in (dirs.data, dirs.config) if root.exists() for p in [root, *root.rglob("*")]]
    return [f"{p} {oct(mode(p))}" for p in made if mode(p) != (0o700 if p.is_dir() else 0o600)]


@pytest.mark.usefixtures("loosest_umask")
@pytest.mark.parametrize("private", PRIVATE_FILES, ids=[p.what for p in PRIVATE_FILES])
def test_each_file_the_app_writes_is_private(dirs: Dirs, private: PrivateFile) -> None:
    # Folders missing on the way are made by the app, so they must be private too.
    store = ClientStore(locate(dirs.data / "nested", dirs.config / "nested"))
    path = private.make(store)
    assert path.is_file() and mode(path) == 0o600, f"{private.what}: {oct(mode(path))}"
    assert loose(dirs) == []


@pytest.mark.usefixtures("loosest_umask")
async def test_everything_left_behind_by_a_session_is_private(dirs: Dirs) -> None:
    # A session that creates, edits, switches language and deletes: whatever it leaves must be private.
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for name in ("Acme", "Bellini"):
            await add_client(pilot, name)
            await press(pilot, "ctrl+d", "escape")
            await settle(pilot)
        await press(pilot, "delete", "tab", "enter")
        await settle(pilot)
        await app.switch_language("it")
        await pilot.pause()
    [stem] = [p.stem for p in dirs.clients.glob("*.toml")]
    for what, fmt in (("letter", "eml"), ("plan", "md"), ("calendar", "ics")):
        assert (
            main(["export", stem, "--what", what, "--format", fmt, "-o", str(dirs.data / f"out.{fmt}")]) == 0
        )
    assert len(list(dirs.clients.glob("*.toml"))) == 1
    assert len(list((dirs.data / "trash").glob("*.toml"))) == 1
    assert (dirs.config / "settings.toml").is_file()
    assert len(list(dirs.data.glob("out.*"))) == 3
    assert loose(dirs) == []
