"""Settling a sync tool's conflict copy: see what differs, keep one, the other goes to the trash."""

from __future__ import annotations

import os
import stat

import pytest
from textual.widgets import DataTable, Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import catalogue
from breakup_tui.core.side_by_side import differing_rows
from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.store.conflict_choice import keep_copy, keep_original, read_conflict
from breakup_tui.ui.dialogs.conflict import ConflictDialog
from tests.helpers import open_palette_and_run, press, screen_text, settle

COPY = "acme.sync-conflict-20261202-101010-ABCDEFG"
ORIGINAL_TEXT = (
    'schema_version = 1\n[client]\nname = "Acme Studio"\ncontact = "Jane"\n[decide]\nnotes = "calm"\n'
)
# The copy's new line holds markup: shown as brackets, never read as markup.
COPY_TEXT = ORIGINAL_TEXT.replace('contact = "Jane"', 'contact = "Jane [bold]Doe[/]"')
# A damaged copy: raw escape sequences (no TOML string may hold them), shown as symbols, never obeyed.
DAMAGED_COPY_TEXT = ORIGINAL_TEXT.replace('contact = "Jane"', 'contact = "Jane \x1b]2;TITLE\x07"')


def _write_pair(store: ClientStore, copy_text: str = COPY_TEXT) -> tuple[bytes, bytes]:
    store.prepare()
    (store.folder / "acme.toml").write_bytes(ORIGINAL_TEXT.encode())
    (store.folder / f"{COPY}.toml").write_bytes(copy_text.replace("\n", "\r\n").encode())
    return (store.folder / "acme.toml").read_bytes(), (store.folder / f"{COPY}.toml").read_bytes()


# -- the lines that differ ------------------------------------------------------------------


def test_only_the_lines_that_differ_are_set_side_by_side_with_their_numbers() -> None:
    left = "a\nb\nc\nd\ne\n"
    right = "a\nB\nc\nd\ne\nf\n"
    rows = differing_rows(left, right)
    assert [(r.left_number, r.left, r.right_number, r.right) if r else None for r in rows] == [
        (2, "b", 2, "B"),
        None,  # a gap: the equal lines between are left out
        (None, None, 6, "f"),
    ]


def test_identical_texts_have_no_differing_rows() -> None:
    assert differing_rows("a\r\nb\r\n", "a\nb\n") == []


# -- the store ------------------------------------------------------------------


def test_keeping_the_original_puts_the_copy_in_the_trash_to_be_restored(store: ClientStore) -> None:
    original, copy = _write_pair(store)
    trashed = keep_original(store, read_conflict(store, "acme", COPY))
    assert store.stems() == ["acme"]
    assert (store.folder / "acme.toml").read_bytes() == original
    assert store.restore(trashed) == COPY
    assert (store.folder / f"{COPY}.toml").read_bytes() == copy


def test_keeping_the_copy_writes_it_over_the_original_and_trashes_the_original(store: ClientStore) -> None:
    original, copy = _write_pair(store)
    trashed = keep_copy(store, read_conflict(store, "acme", COPY))
    assert store.stems() == ["acme"]
    path = store.folder / "acme.toml"
    assert path.read_bytes() == copy
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    restored = store.restore(trashed)
    assert restored != "acme"  # its stem is taken by the copy now: it comes back beside it
    assert store.path_of(restored).read_bytes() == original


@pytest.mark.parametrize("which", ["acme", COPY])
@pytest.mark.parametrize("keep", [keep_original, keep_copy])
def test_a_file_changed_since_it_was_shown_is_left_alone(
    store: ClientStore, which: str, keep: object
) -> None:
    _write_pair(store)
    pair = read_conflict(store, "acme", COPY)
    changed = store.folder / f"{which}.toml"
    changed.write_bytes(changed.read_bytes() + b"# changed meanwhile\n")
    before = {p.name: p.read_bytes() for p in store.folder.iterdir()}
    with pytest.raises(StoreError):
        keep(store, pair)  # type: ignore[operator]
    assert {p.name: p.read_bytes() for p in store.folder.iterdir()} == before
    assert store.trash() == []


def test_a_client_open_in_another_window_is_left_alone(store: ClientStore) -> None:
    original, copy = _write_pair(store)
    pair = read_conflict(store, "acme", COPY)
    other_window = store.open("acme")
    try:
        with pytest.raises(StoreError):
            keep_copy(store, pair)
    finally:
        store.close(other_window)
    assert (store.folder / "acme.toml").read_bytes() == original
    assert (store.folder / f"{COPY}.toml").read_bytes() == copy


# -- the app, by keys ------------------------------------------------------------------


async def _open_conflict(pilot: object, app: BreakupApp) -> str:
    await settle(pilot)  # type: ignore[arg-type]
    await press(pilot, "c")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    return screen_text(app)


@pytest.mark.parametrize("language", ["en", "it"])
async def test_the_conflict_key_shows_both_versions_and_keeping_the_original_can_be_undone(
    store: ClientStore, language: str
) -> None:
    original, copy = _write_pair(store)
    words = catalogue(language)
    app = BreakupApp(lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert f"c {words.t('home.key_conflict')}" in screen_text(app)
        shown = await _open_conflict(pilot, app)
        assert words.t("conflict.title", original="acme.toml") in shown
        assert 'contact = "Jane"' in shown
        assert '[bold]Doe[/]"' in shown  # the copy's line, its markup as brackets
        assert 'notes = "calm"' not in shown  # lines the two share are left out
        assert f"1 {words.t('conflict.key_original')}" in shown
        assert f"esc {words.t('conflict.key_leave')}" in shown
        await press(pilot, "1")
        await settle(pilot)
        assert not isinstance(app.screen, ConflictDialog)
        panel = app.screen.query_one("#damaged", Static)
        assert not panel.display
        assert store.stems() == ["acme"]
        assert (store.folder / "acme.toml").read_bytes() == original
        await press(pilot, "u")
        await settle(pilot)
        assert (store.folder / f"{COPY}.toml").read_bytes() == copy


@pytest.mark.parametrize("language", ["en", "it"])
async def test_keeping_the_copy_by_keys_replaces_the_original_and_trashes_it(
    store: ClientStore, language: str
) -> None:
    original, copy = _write_pair(store)
    app = BreakupApp(lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_conflict(pilot, app)
        await press(pilot, "2")
        await settle(pilot)
        assert app.screen.query_one("#clients", DataTable).row_count == 1
    assert store.stems() == ["acme"]
    assert (store.folder / "acme.toml").read_bytes() == copy
    [trashed] = store.trash()
    assert (store.locations.trash_dir / trashed).read_bytes() == original


async def test_leaving_both_changes_nothing_and_the_palette_opens_it_too(store: ClientStore) -> None:
    original, copy = _write_pair(store)
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_palette_and_run(pilot, catalogue("en").t("conflict.palette"))
        assert isinstance(app.screen, ConflictDialog)
        await press(pilot, "escape")
        await settle(pilot)
        assert not isinstance(app.screen, ConflictDialog)
        assert "sync conflict copy" in str(app.screen.query_one("#damaged", Static).render())
    assert (store.folder / "acme.toml").read_bytes() == original
    assert (store.folder / f"{COPY}.toml").read_bytes() == copy
    assert store.trash() == []


async def test_a_damaged_copy_is_shown_as_symbols_and_cannot_replace_the_original(store: ClientStore) -> None:
    original, copy = _write_pair(store, DAMAGED_COPY_TEXT)
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        shown = await _open_conflict(pilot, app)
        assert "␛]2;TITLE␇" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert catalogue("en").t("conflict.key_copy") not in shown
        await press(pilot, "2")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)  # still open: nothing was done
    assert (store.folder / "acme.toml").read_bytes() == original
    assert (store.folder / f"{COPY}.toml").read_bytes() == copy


async def test_without_a_conflict_the_key_is_neither_shown_nor_offered(store: ClientStore) -> None:
    store.prepare()
    (store.folder / "acme.toml").write_text(ORIGINAL_TEXT)
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert catalogue("en").t("home.key_conflict") not in screen_text(app)
        await press(pilot, "c")
        await settle(pilot)
        assert not isinstance(app.screen, ConflictDialog)
