"""The summary cache is only a shortcut: the list it gives is always the one the files give."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breakup_tui.core.i18n import set_language
from breakup_tui.core.notice import effective_last_day, last_day_follows_today
from breakup_tui.core.plan import Plan, Project, Verdict
from breakup_tui.core.summary import ClientSummary
from breakup_tui.store import summary_cache
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.summary_cache import cached_summaries, load_cache
from tests.conftest import TODAY
from tests.factories import filled_plan


@pytest.fixture(autouse=True)
def files_count_as_settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written a moment ago may be remembered (the guard against coarse clocks has its own test)."""
    monkeypatch.setattr(summary_cache, "SETTLE_NS", 0)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The stems of the client files parsed, in order."""
    parsed: list[str] = []
    original = ClientStore.summary

    def counting(self: ClientStore, stem: str, today: date | None = None) -> ClientSummary:
        parsed.append(stem)
        return original(self, stem, today)

    monkeypatch.setattr(ClientStore, "summary", counting)
    return parsed


def names(store: ClientStore) -> list[str]:
    return [s.name for s in store.summaries()]


def test_unchanged_files_are_listed_from_the_cache_without_parsing(
    store: ClientStore, reads: list[str]
) -> None:
    store.create(filled_plan("Acme Studio"))
    store.create(Plan.new("Bellini SRL"))
    first = store.summaries()
    assert len(reads) == 2
    reads.clear()
    assert store.summaries() == first
    assert reads == []


def test_a_file_rewritten_since_is_read_again(store: ClientStore, reads: list[str]) -> None:
    stem = store.create(Plan.new("Acme"))
    store.summaries()
    store.rename(stem, "Acne")  # same length: the size alone would not tell
    reads.clear()
    assert names(store) == ["Acne"]
    assert reads == [stem]


def test_a_hand_edit_of_another_size_is_read_again(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    store.summaries()
    path = store.path_of(stem)
    path.write_text(path.read_text().replace('name = "Acme"', 'name = "Acme Studio"'))
    assert names(store) == ["Acme Studio"]


def test_a_file_changed_just_before_the_listing_is_not_remembered(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rewrite within a coarse clock's tick can keep the same times: such a file is read again next time.
    monkeypatch.setattr(summary_cache, "SETTLE_NS", 2_000_000_000)
    stem = store.create(Plan.new("Acme"))
    info = os.stat(store.path_of(stem))
    written = max(info.st_mtime_ns, info.st_ctime_ns)
    cache = store.locations.cache_file

    def list_at(now: int) -> None:
        cached_summaries(store.folder, cache, TODAY, store.summary, now_ns=lambda: now)

    list_at(written + 1_000_000_000)
    assert stem not in load_cache(cache)
    list_at(written + 3_000_000_000)
    assert stem in load_cache(cache)


def test_deleted_files_vanish_from_the_list_and_the_cache(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    gone = store.create(Plan.new("Bellini"))
    store.summaries()
    store.path_of(gone).unlink()
    assert names(store) == ["Acme"]
    assert gone not in load_cache(store.locations.cache_file)


def test_a_new_file_is_listed(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    store.summaries()
    store.create(Plan.new("Bellini"))
    assert names(store) == ["Acme", "Bellini"]


@pytest.mark.parametrize(
    "damage",
    [
        b"\x00\xff not json at all",
        b'{"format": 1, "app": "0.1.0", "entries": {"acme": 1}}',
        b"[1, 2, 3]",
        b'{"format": 999, "app": "0.1.0", "entries": []}',
        b"[" * 100_000,
        b"",
    ],
    ids=["garbage", "wrong-shape", "a-list", "future-format", "deeply-nested", "empty"],
)
def test_a_damaged_cache_is_ignored_and_replaced(store: ClientStore, damage: bytes) -> None:
    store.create(Plan.new("Acme"))
    store.create(Plan.new("Bellini"))
    store.locations.cache_file.write_bytes(damage)
    assert names(store) == ["Acme", "Bellini"]
    assert set(load_cache(store.locations.cache_file)) == {"acme", "bellini"}


def test_a_cache_entry_with_bad_values_costs_a_read_not_a_wrong_row(store: ClientStore) -> None:
    stem = store.create(filled_plan("Acme Studio"))
    expected = store.summaries()
    cache = store.locations.cache_file
    data = json.loads(cache.read_text())
    for poison in (99, -1, True, "end", None):
        data["entries"][0][3] = poison  # the verdict
        cache.write_text(json.dumps(data))
        assert store.summaries() == expected, poison
    data["entries"][0][6] = "2026-12-10"  # a last day in the wrong form
    cache.write_text(json.dumps(data))
    assert store.summaries() == expected
    assert store.summary(stem) == expected[0]


def test_a_cache_that_is_a_link_or_a_folder_is_not_followed(store: ClientStore, tmp_path: Path) -> None:
    store.create(Plan.new("Acme"))
    store.summaries()
    planted = tmp_path / "planted.json"
    planted.write_text(store.locations.cache_file.read_text().replace("Acme", "Evil"))
    store.locations.cache_file.unlink()
    store.locations.cache_file.symlink_to(planted)
    assert names(store) == ["Acme"]
    store.locations.cache_file.unlink()
    store.locations.cache_file.mkdir()
    assert names(store) == ["Acme"]  # and writing it fails quietly


def test_the_cache_is_private(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    store.summaries()
    assert stat.S_IMODE(os.stat(store.locations.cache_file).st_mode) == 0o600


def test_a_damaged_file_is_never_cached_and_keeps_its_exact_reason(
    store: ClientStore, reads: list[str]
) -> None:
    stem = store.create(Plan.new("Acme"))
    store.summaries()
    store.path_of(stem).write_text('schema_version = 1\n[client]\nname "x"\n')
    first = store.summaries()[0]
    assert first.damaged and "TOML" in (first.error or "")
    assert stem not in load_cache(store.locations.cache_file)
    reads.clear()
    set_language("it")
    again = store.summaries()[0]
    assert reads == [stem]  # read again, so the reason is in the language of the moment
    assert again.damaged and again.error != first.error


def test_a_computed_last_day_is_worked_out_again_on_another_day(store: ClientStore) -> None:
    plan = Plan.new("Acme")
    plan.decide.verdict = Verdict.END  # no conversation date: the last day counts from today
    store.create(plan)
    today_view = store.summaries(today=TODAY)[0]
    tomorrow = TODAY + timedelta(days=7)
    later_view = store.summaries(today=tomorrow)[0]
    assert later_view.last_day == effective_last_day(plan, tomorrow) != today_view.last_day


def test_a_fixed_last_day_is_taken_from_the_cache_on_any_day(store: ClientStore, reads: list[str]) -> None:
    plan = filled_plan("Acme")  # ending, with a conversation date: the day no longer moves
    store.create(plan)
    store.summaries(today=TODAY)
    reads.clear()
    later = store.summaries(today=TODAY + timedelta(days=30))[0]
    assert reads == []
    assert later.last_day == effective_last_day(plan, TODAY)


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=200, deadline=None)
@given(
    verdict=st.sampled_from(list(Verdict)),
    meeting_on=st.none() | days,
    override=st.none() | days,
    weeks=st.integers(0, 104),
    due=st.none() | days,
    stop_at_project=st.booleans(),
    first_day=days,
    second_day=days,
)
def test_a_last_day_that_does_not_follow_today_is_the_same_on_any_day(
    verdict: Verdict,
    meeting_on: date | None,
    override: date | None,
    weeks: int,
    due: date | None,
    stop_at_project: bool,
    first_day: date,
    second_day: date,
) -> None:
    # The cache trusts a remembered last day on another day only when this says it may.
    plan = Plan.new("Acme")
    plan.decide.verdict = verdict
    plan.converse.meeting_on = meeting_on
    plan.notice.last_day = override
    plan.notice.weeks = weeks
    plan.notice.projects = [Project("Website", due, "finish")]
    plan.notice.stopping_point = "Website" if stop_at_project else None
    if not last_day_follows_today(plan):
        assert effective_last_day(plan, first_day) == effective_last_day(plan, second_day)
