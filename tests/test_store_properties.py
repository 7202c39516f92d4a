"""Property tests: any name round-trips, no two names share a file, every file parses."""

from __future__ import annotations

import tomllib
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from breakup_tui.core.plan import Plan
from breakup_tui.core.secrets import secret_problem
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate

# Any text a person could type as a name (TOML cannot hold lone surrogates).
names = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=60).filter(
    lambda s: s.strip() != ""
)


def fresh_store(folder: str) -> ClientStore:
    store = ClientStore(locate(folder, Path(folder) / "config"))
    store.prepare()
    return store


@settings(max_examples=60, deadline=None)
@given(names)
def test_any_name_round_trips_exactly(name: str) -> None:
    with TemporaryDirectory() as folder:
        store = fresh_store(folder)
        stem = store.create(Plan.new(name))
        assert store.load(stem).plan.client.name == name
        assert store.path_of(stem).parent == store.folder


@settings(max_examples=30, deadline=None)
@given(st.lists(names, min_size=2, max_size=8))
def test_no_two_names_share_a_file(many: list[str]) -> None:
    with TemporaryDirectory() as folder:
        store = fresh_store(folder)
        stems = [store.create(Plan.new(name)) for name in many]
        assert len(set(stems)) == len(stems)
        assert sorted(store.load(s).plan.client.name for s in stems) == sorted(many)


@settings(max_examples=40, deadline=None)
@given(names, st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200))
def test_every_saved_file_parses_with_tomllib(name: str, note: str) -> None:
    # Text that looks like a password is refused before any write (tested in test_secrets).
    assume(secret_problem(note) is None)
    with TemporaryDirectory() as folder:
        store = fresh_store(folder)
        stem = store.create(Plan.new(name))
        client = store.open(stem)
        client.plan.decide.notes = note
        client.plan.thank.thanks = note
        store.save(client)
        store.close(client)
        data = tomllib.loads(store.path_of(stem).read_text(encoding="utf-8"))
        assert data["decide"]["notes"] == note
