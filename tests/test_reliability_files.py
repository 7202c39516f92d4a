"""One verdict on every file, any file name, a read-only folder, BOM and CRLF files."""

from __future__ import annotations

import errno
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Static

from breakup_tui.app import BreakupApp
from breakup_tui.cli import main
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore, DamagedClient
from breakup_tui.store.summary_cache import cached_summaries
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import TODAY
from tests.corpus import complete_text, fingerprint
from tests.helpers import press, settle

HEALTHY = 'schema_version = 1\n[client]\nname = "Acme Studio"\n'


# -- 18.4: one parser's verdict ----------------------------------------------------------------------------

# Files the two TOML readers disagree on, each kind the attack found: the list and opening must agree.
DISAGREEING = {
    # tomlkit refuses a key given twice across a dotted key and a table; tomllib refuses it too.
    "dotted-then-table": HEALTHY + '[decide]\nverdict = "end"\n[decide]\nnotes = "x"\n',
    # TOML 1.1 only: a multi-line inline table (tomllib 1.0 refuses it).
    "multiline-inline": HEALTHY + "mine = {\n  a = 1,\n}\n",
    # TOML 1.1 only: the \\e escape.
    "escape-e": HEALTHY + 'mine = "\\e[1m"\n',
    "dup-in-inline": HEALTHY + "mine = {a = 1, a = 2}\n",
    "dup-in-array-table": HEALTHY
    + '[[decide.incidents]]\ndate = 2026-01-01\ndate = 2026-01-02\nkind = "late"\n',
}


@pytest.mark.parametrize("stem", sorted(DISAGREEING))
def test_what_the_list_calls_damaged_never_opens_for_writing_and_healthy_opens(
    store: ClientStore, stem: str
) -> None:
    path = store.folder / f"{stem}.toml"
    path.write_text(DISAGREEING[stem])
    before = fingerprint(path)
    [summary] = store.summaries()
    if summary.damaged:
        with pytest.raises(DamagedClient):
            store.open(stem)
    else:
        client = store.open(stem)
        store.close(client)
    assert fingerprint(path) == before


def test_a_file_the_editor_reads_differently_opens_read_only_with_a_reason(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomlkit
    from tomlkit.exceptions import KeyAlreadyPresent

    (store.folder / "acme.toml").write_text(HEALTHY)

    def refusing(text: str) -> Any:
        raise KeyAlreadyPresent("client")

    monkeypatch.setattr(tomlkit, "parse", refusing)
    assert not store.summaries()[0].damaged
    client = store.open("acme")
    assert client.read_only and "read-only" in client.read_only and "\n" not in client.read_only
    assert client.lock is None


# -- 18.5: any file name -------------------------------------------------------------------------------------


ODD_NAME = os.fsdecode(b"bad\xff")


def test_an_undecodable_file_name_kills_neither_the_list_nor_the_cache(
    store: ClientStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store.create(Plan.new("Acme Studio"))
    odd = store.folder / f"{ODD_NAME}.toml"
    odd.write_text(HEALTHY.replace("Acme Studio", "Odd One"))
    later = time.time_ns() + 10**12  # files this old count as settled, so they are remembered
    for _ in range(2):  # the second run reads the cache the first one wrote
        summaries = cached_summaries(
            store.folder, store.locations.cache_file, TODAY, store.summary, lambda: later
        )
        assert {s.name for s in summaries} == {"Acme Studio", "Odd One"}
    cache = json.loads(store.locations.cache_file.read_bytes())
    assert any(entry[0] == ODD_NAME for entry in cache["entries"])
    assert main(["list"]) == 0
    assert main(["list", "--json"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # printable: no lone surrogate reaches the terminal
    assert "Odd One" in out


async def test_the_app_lists_an_undecodable_file_name_printably(store: ClientStore) -> None:
    (store.folder / f"{ODD_NAME}.toml").write_bytes(b"not toml")
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        panel = str(app.screen.query_one("#damaged", Static).render())
        assert "bad\ufffd.toml" in panel


# -- 18.6: a read-only data folder ---------------------------------------------------------------------------

WRITING_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT


def make_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[str]:
    """Refuse every write under ``folder`` with EROFS, as a read-only mount does (root ignores modes)."""
    tried: list[str] = []
    inside = str(folder)

    def guard(name: str, real: Callable[..., Any], is_write: Callable[..., bool]) -> None:
        def refusing(*args: Any, **kwargs: Any) -> Any:
            if str(args[0]).startswith(inside) and is_write(*args, **kwargs):
                tried.append(f"{name} {args[0]}")
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(args[0]))
            return real(*args, **kwargs)

        monkeypatch.setattr(os, name, refusing)

    guard("open", os.open, lambda path, flags, *a, **k: bool(flags & WRITING_FLAGS))
    for name in ("mkdir", "replace", "rename", "unlink", "chmod", "rmdir"):
        guard(name, getattr(os, name), lambda *a, **k: True)
    return tried


async def test_a_read_only_data_folder_lists_and_opens_read_only_and_writes_nothing(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.folder / "acme.toml"
    path.write_text(complete_text("Acme Studio"))
    for folder in (store.locations.trash_dir, store.locations.locks_dir):
        if folder.exists():
            folder.rmdir()
    before = fingerprint(path)
    make_read_only(monkeypatch, store.locations.data_dir)
    app = BreakupApp()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#clients", DataTable).row_count == 1
        await press(pilot, "enter")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen) and app.screen.read_only
        await press(pilot, "ctrl+d", "escape")
        await settle(pilot)
    monkeypatch.undo()
    assert fingerprint(path) == before
    assert not store.locations.locks_dir.exists() and not store.locations.trash_dir.exists()


def test_a_lock_refused_by_the_folder_opens_read_only_with_a_one_line_reason(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    (store.folder / "acme.toml").write_text(HEALTHY)
    store.prepare()
    make_read_only(monkeypatch, store.locations.data_dir)
    client = store.open("acme")
    assert client.read_only and "read-only" in client.read_only.lower()
    assert os.strerror(errno.EROFS) in client.read_only and "\n" not in client.read_only


# -- 18.12: names, BOM and line endings ----------------------------------------------------------------------


def test_a_stem_holding_a_double_dash_comes_back_from_the_trash_whole(store: ClientStore) -> None:
    (store.folder / "a--b.toml").write_text(HEALTHY)
    trashed = store.delete("a--b")
    assert store.restore(trashed) == "a--b"
    assert (store.folder / "a--b.toml").read_text() == HEALTHY


def test_a_240_character_stem_can_be_saved(store: ClientStore) -> None:
    stem = "x" * 240
    (store.folder / f"{stem}.toml").write_text(HEALTHY)
    client = store.open(stem)
    client.plan.decide.notes = "saved"
    store.save(client)
    store.close(client)
    assert "saved" in store.path_of(stem).read_text()


# The longest stems a client file can have (255 bytes for ``<stem>.toml``), in one and two bytes a letter,
# a 240-character one, and long ones holding ``--`` where the trash name puts its own.
LONG_STEMS = [
    "x" * 240,
    "x" * 250,
    "\u00e8" * 120,
    "\u00e8" * 125,
    "a--" + "b" * 247,
    "x" * 200 + "--" + "y" * 48,
]


@pytest.mark.parametrize(
    "stem",
    LONG_STEMS,
    ids=lambda stem: f"{len(stem)}-letters-{len(os.fsencode(stem))}-bytes{'-dashes' * ('--' in stem)}",
)
def test_a_client_with_the_longest_stem_is_deleted_and_restored_whole(store: ClientStore, stem: str) -> None:
    (store.folder / f"{stem}.toml").write_text(HEALTHY)
    trashed = store.delete(stem)
    assert store.stems() == []
    assert store.trash() == [trashed]
    assert store.restore(trashed) == stem
    assert store.path_of(stem).read_text() == HEALTHY
    assert store.trash() == []
    assert sorted(os.listdir(store.locations.trash_dir)) == []  # nothing of it left behind


def test_a_long_stem_deleted_twice_keeps_both_in_the_trash(store: ClientStore) -> None:
    stem = "\u00e8" * 125
    (store.folder / f"{stem}.toml").write_text(HEALTHY)
    first = store.delete(stem)
    (store.folder / f"{stem}.toml").write_text(HEALTHY + "# second\n")
    second = store.delete(stem)
    assert first != second
    assert store.restore(second) == stem
    restored_first = store.restore(first)  # its stem is taken now: it comes back beside it
    assert restored_first != stem
    assert store.path_of(restored_first).read_text() == HEALTHY
    assert store.path_of(stem).read_text().endswith("# second\n")


def test_a_file_with_a_byte_order_mark_and_crlf_is_read_and_keeps_both_on_save(store: ClientStore) -> None:
    path = store.folder / "acme.toml"
    path.write_bytes(b"\xef\xbb\xbf" + complete_text("Acme Studio").replace("\n", "\r\n").encode())
    [summary] = store.summaries()
    assert not summary.damaged, summary.error
    client = store.open("acme")
    client.plan.decide.notes = "first line\nsecond line"
    client.plan.options.interim_tools = "a new key's line"
    store.save(client)
    store.close(client)
    saved = path.read_bytes()
    assert saved.startswith(b"\xef\xbb\xbf")
    assert saved.count(b"\n") == saved.count(b"\r\n")  # no line left with a bare LF
    assert store.load("acme").plan.decide.notes == "first line\nsecond line"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Москва Studio", "moskva-studio"),
        ("Αθήνα Design", "athina-design"),
        ("東京スタジオ", "dongjingsutajio"),
        ("القاهرة", "lqhrh"),
        ("Straße Bau", "strasse-bau"),
        ("Ørsted", "orsted"),
    ],
)
def test_a_name_in_any_script_gives_a_file_name_with_its_letters(name: str, slug: str) -> None:
    from breakup_tui.store.slug import slugify

    assert slugify(name) == slug


def test_an_existing_file_keeps_its_name_when_the_client_is_renamed(store: ClientStore) -> None:
    (store.folder / "studio.toml").write_text(HEALTHY)
    store.rename("studio", "Москва Studio")
    assert store.stems() == ["studio"]


@pytest.mark.parametrize(
    ("existing", "new"),
    [
        ("Acme Studio", "Acme\u200b Studio"),
        ("Acme Studio", "acme  studio"),
        ("Caf\u00e9", "Cafe\u0301"),
        ("Caf\u00e9", "Cafe\u0301\u2060"),
    ],
)
def test_a_name_that_looks_the_same_as_another_client_is_taken(
    store: ClientStore, existing: str, new: str
) -> None:
    store.create(Plan.new(existing))
    assert store.name_taken(new)
    assert not store.name_taken("Acme Studios")


COPIES = [
    "acme.sync-conflict-20261202-101010-ABCDEFG",
    "acme (conflicted copy)",
    "acme (Jane's conflicted copy 2026-12-02)",
    "acme (conflicted copy 2026-12-02 101010)",
    "acme-DESKTOP-AB12CD",
]


@pytest.mark.parametrize("copy", COPIES)
def test_each_sync_tool_s_conflict_copy_is_recognised_by_its_original(copy: str) -> None:
    from breakup_tui.store.conflicts import original_of

    assert original_of(copy, {"acme", copy}) == "acme"
    assert original_of(copy, {copy}) is None  # no original beside it: an ordinary client


def test_a_lowercase_suffix_is_not_taken_for_a_computer_name() -> None:
    from breakup_tui.store.conflicts import original_of

    assert original_of("acme-studio", {"acme", "acme-studio"}) is None


async def test_the_app_shows_a_conflict_copy_as_a_conflict_of_its_original_and_touches_neither(
    store: ClientStore,
) -> None:
    original = store.folder / "acme.toml"
    original.write_text(HEALTHY)
    copy = store.folder / f"{COPIES[0]}.toml"
    copy.write_text(HEALTHY.replace("[client]", "[client]\nemail = 'jane@acme.example'"))
    before = fingerprint(original), fingerprint(copy)
    app = BreakupApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#clients", DataTable).row_count == 1  # not a second identical row
        panel = str(app.screen.query_one("#damaged", Static).render())
        assert f"{COPIES[0]}.toml is a sync conflict copy of acme.toml" in panel
    assert (fingerprint(original), fingerprint(copy)) == before
