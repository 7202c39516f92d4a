"""The shared referral book: kept across clients, comments kept, private, never written when damaged."""

from __future__ import annotations

import stat

import pytest

from breakup_tui.core.plan import Referral
from breakup_tui.store.clients import StoreError
from breakup_tui.store.paths import locate
from breakup_tui.store.referrals import ReferralStore
from tests.conftest import Dirs

MARIO = Referral("Mario Rossi", "mario@example.com", "WordPress")
GIULIA = Referral("Giulia Bianchi", "giulia@example.com", "Brand identity")


@pytest.fixture
def book(dirs: Dirs) -> ReferralStore:
    return ReferralStore(locate(dirs.data, dirs.config))


def test_a_missing_book_is_empty_and_not_damaged(book: ReferralStore) -> None:
    loaded = book.load()
    assert loaded.referrals == [] and loaded.damaged is None
    assert not book.path.exists()


def test_entries_added_are_read_back_by_a_fresh_store(book: ReferralStore, dirs: Dirs) -> None:
    book.add(MARIO)
    saved = book.add(GIULIA)
    assert saved.referrals == [MARIO, GIULIA]
    assert ReferralStore(locate(dirs.data, dirs.config)).load().referrals == [MARIO, GIULIA]


def test_the_same_person_is_not_added_twice(book: ReferralStore) -> None:
    book.add(MARIO)
    book.add(Referral("  mario rossi", "MARIO@example.com", "Something else"))
    assert book.load().referrals == [MARIO]


def test_the_file_is_private(book: ReferralStore) -> None:
    book.add(MARIO)
    assert stat.S_IMODE(book.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(book.path.parent.stat().st_mode) == 0o700


def test_comments_and_unknown_keys_survive_an_addition(book: ReferralStore) -> None:
    book.path.parent.mkdir(parents=True)
    book.path.write_text(
        "# People I trust\n"
        "schema_version = 1\n\n"
        "[[referrals]]\n"
        "# met at the Milan meetup\n"
        'name = "Mario Rossi"  # prefers email\n'
        'contact = "mario@example.com"\n'
        'speciality = "WordPress"\n'
        'rate = "€60/h"\n'
    )
    book.add(GIULIA)
    text = book.path.read_text()
    for kept in ("# People I trust", "# met at the Milan meetup", "# prefers email", 'rate = "€60/h"'):
        assert kept in text
    assert book.load().referrals == [MARIO, GIULIA]


@pytest.mark.parametrize(
    "damage",
    [
        b"schema_version = 1\n[[referrals]\nname = 'x'\n",
        b"schema_version = 1\nreferrals = 'everyone'\n",
        b"schema_version = 99\n",
        b"\xff\xfe not text",
    ],
)
def test_a_damaged_book_is_reported_and_never_written_over(book: ReferralStore, damage: bytes) -> None:
    book.path.parent.mkdir(parents=True)
    book.path.write_bytes(damage)
    loaded = book.load()
    assert loaded.damaged and loaded.referrals == []
    with pytest.raises(StoreError, match="never"):
        book.add(MARIO)
    assert book.path.read_bytes() == damage


def test_a_secret_never_reaches_the_book(book: ReferralStore) -> None:
    with pytest.raises(StoreError, match="password"):
        book.add(Referral("Mario", "https://mario:pw1234@example.com"))
    assert not book.path.exists()


INLINE_BOOK = (
    "# my book\n"
    'referrals = [{name = "Mario Rossi", contact = "mario@example.com", speciality = "WordPress",'
    ' rate = "€50/h"},'
    ' {name = "Ada", contact = "ada@example.com", speciality = "Copy", rate = "€40/h"}]  # kept inline\n'
)


def test_an_inline_book_keeps_every_entry_and_key_when_one_is_added(book: ReferralStore) -> None:
    import tomllib

    book.path.parent.mkdir(parents=True, exist_ok=True)
    book.path.write_text(INLINE_BOOK)
    saved = book.add(GIULIA)
    data = tomllib.loads(book.path.read_text())
    assert [r["name"] for r in data["referrals"]] == ["Mario Rossi", "Ada", "Giulia Bianchi"]
    assert [r.get("rate") for r in data["referrals"]] == ["€50/h", "€40/h", None]
    assert "# my book" in book.path.read_text()
    assert [r.name for r in saved.referrals] == ["Mario Rossi", "Ada", "Giulia Bianchi"]


def test_a_duplicate_key_in_the_book_is_damaged_and_never_written(book: ReferralStore) -> None:
    text = '[[referrals]]\nname = "Mario Rossi"\nname = "Mario"\ncontact = "m@example.com"\n'
    book.path.parent.mkdir(parents=True, exist_ok=True)
    book.path.write_text(text)
    loaded = book.load()
    assert loaded.damaged is not None and loaded.referrals == []
    with pytest.raises(StoreError, match="address book is damaged"):
        book.add(GIULIA)
    assert book.path.read_text() == text
