"""Any sequence of store operations leaves the files exactly as a simple model says they should be.

Hypothesis drives the store through create, edit, hand edits, damage,
rename, delete, restore and reload; after every step the folder is compared
with a dictionary of what each client should hold.
"""

from __future__ import annotations

import shutil
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from breakup_tui.core.plan import Plan
from breakup_tui.core.secrets import secrets_in
from breakup_tui.store.clients import ClientStore, DamagedClient, StoreError
from breakup_tui.store.files import TEMP_SUFFIX
from breakup_tui.store.paths import locate

texts = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
names = texts.filter(lambda s: s.strip() != "")
HAND_NOTE = "# a note written by hand, to be kept\n"


@dataclass
class Expected:
    """What one client file should hold; ``damage`` is the exact bytes of a file we broke."""

    name: str
    notes: str = ""
    hand_note: bool = False
    damage: bytes | None = None


class StoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="breakup-fuzz-"))
        self.store = self.fresh_store()
        self.clients: dict[str, Expected] = {}
        self.trashed: dict[str, Expected] = {}
        self.steps = 0

    def fresh_store(self) -> ClientStore:
        store = ClientStore(locate(self.folder / "data", self.folder / "config"))
        store.prepare()
        return store

    def teardown(self) -> None:
        FIGURES["sequences"] += 1
        FIGURES["steps"] += self.steps
        shutil.rmtree(self.folder, ignore_errors=True)

    def pick(self, data: st.DataObject, healthy: bool = False) -> str:
        stems = sorted(s for s, e in self.clients.items() if not healthy or e.damage is None)
        return data.draw(st.sampled_from(stems))

    def has_healthy(self) -> bool:
        return any(e.damage is None for e in self.clients.values())

    # -- rules -------------------------------------------------------------

    @rule(name=names)
    def create(self, name: str) -> None:
        stem = self.store.create(Plan.new(name))
        assert stem not in self.clients
        self.clients[stem] = Expected(name)

    @precondition(has_healthy)
    @rule(data=st.data(), notes=texts)
    def edit(self, data: st.DataObject, notes: str) -> None:
        stem = self.pick(data, healthy=True)
        client = self.store.open(stem)
        client.plan.decide.notes = notes
        try:
            if secrets_in(client.plan):
                # Text that looks like a password is refused, and the file keeps what it held.
                with pytest.raises(StoreError, match="secret"):
                    self.store.save(client)
                return
            self.store.save(client)
        finally:
            self.store.close(client)
        self.clients[stem].notes = notes

    @precondition(has_healthy)
    @rule(data=st.data())
    def edit_by_hand(self, data: st.DataObject) -> None:
        stem = self.pick(data, healthy=True)
        path = self.store.path_of(stem)
        path.write_text(HAND_NOTE + path.read_text(encoding="utf-8"), encoding="utf-8")
        self.clients[stem].hand_note = True

    @precondition(has_healthy)
    @rule(data=st.data(), garbage=st.binary(max_size=30))
    def damage(self, data: st.DataObject, garbage: bytes) -> None:
        stem = self.pick(data, healthy=True)
        broken = b"schema_version = 1\n[client\n" + garbage
        self.store.path_of(stem).write_bytes(broken)
        self.clients[stem].damage = broken

    @precondition(lambda self: self.clients)
    @rule(data=st.data(), name=names)
    def rename(self, data: st.DataObject, name: str) -> None:
        stem = self.pick(data)
        if self.clients[stem].damage is not None:
            with pytest.raises(DamagedClient):
                self.store.rename(stem, name)
            return
        self.store.rename(stem, name)
        self.clients[stem].name = name

    @precondition(lambda self: self.clients)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        stem = self.pick(data)
        trashed = self.store.delete(stem)
        assert trashed not in self.trashed
        self.trashed[trashed] = self.clients.pop(stem)

    @precondition(lambda self: self.trashed)
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        trashed = data.draw(st.sampled_from(sorted(self.trashed)))
        stem = self.store.restore(trashed)
        assert stem not in self.clients
        self.clients[stem] = self.trashed.pop(trashed)

    @rule()
    def reload(self) -> None:
        # A new session on the same folder: nothing may depend on what the old one kept in memory.
        self.store = self.fresh_store()

    # -- what must hold after every step -------------------------------------

    @invariant()
    def files_and_model_agree(self) -> None:
        self.steps += 1
        store = self.store
        assert store.stems() == sorted(self.clients)
        assert store.trash() == sorted(self.trashed)
        assert not any(p.name.endswith(TEMP_SUFFIX) for p in store.folder.iterdir())
        listed = {s.file: s for s in store.summaries()}
        for stem, expected in self.clients.items():
            path = store.path_of(stem)
            assert listed[stem].damaged == (expected.damage is not None)
            if expected.damage is not None:
                assert path.read_bytes() == expected.damage
                continue
            text = path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
            assert data["client"]["name"] == expected.name == listed[stem].name
            assert data.get("decide", {}).get("notes", "") == expected.notes
            assert (HAND_NOTE in text) == expected.hand_note


FIGURES = {"sequences": 0, "steps": 0}


def test_any_sequence_of_store_operations_keeps_files_and_model_in_agreement(
    record_figures: Callable[[str, dict[str, object]], None],
) -> None:
    run_state_machine_as_test(
        StoreMachine, settings=settings(max_examples=40, stateful_step_count=20, deadline=None)
    )
    record_figures("fuzz", dict(FIGURES))
