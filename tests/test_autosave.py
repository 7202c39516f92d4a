"""The autosave's state without a screen: what is pending, what the disk refused, when it is saved."""

from __future__ import annotations

import pytest

from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.autosave import Autosave, SaveState
from tests.test_reliability_full_disk import refuse_saves


def opened(store: ClientStore) -> Autosave:
    return Autosave(store, store.open(store.create(Plan.new("Acme"))))


def on_disk(store: ClientStore, saving: Autosave) -> str:
    return store.load(saving.client.stem).plan.decide.notes


def test_an_untouched_client_is_saved_and_saving_it_writes_nothing(store: ClientStore) -> None:
    saving = opened(store)
    path = saving.client.path
    before = path.stat().st_mtime_ns
    assert saving.state is SaveState.SAVED
    assert saving.save()
    assert path.stat().st_mtime_ns == before


def test_a_change_is_pending_until_it_is_saved(store: ClientStore) -> None:
    saving = opened(store)
    saving.client.plan.decide.notes = "typed"
    saving.changed()
    assert saving.state is SaveState.PENDING
    assert on_disk(store, saving) == ""
    assert saving.save()
    assert saving.state is SaveState.SAVED
    assert on_disk(store, saving) == "typed"


def test_a_refused_save_keeps_the_change_and_its_reason_until_a_save_succeeds(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    saving = opened(store)
    disk = refuse_saves(monkeypatch, "creating the temporary file")
    disk.full = True
    saving.client.plan.decide.notes = "typed while full"
    saving.changed()
    assert not saving.save()
    assert saving.state is SaveState.FAILED and saving.refusal is not None
    assert disk.reason in saving.refusal
    # A later edit is still unsaved, and still shown as refused rather than merely pending.
    saving.changed()
    assert saving.state is SaveState.FAILED
    assert not saving.save()

    disk.full = False
    assert saving.save()
    assert saving.state is SaveState.SAVED and saving.refusal is None
    assert on_disk(store, saving) == "typed while full"


def test_giving_up_leaves_nothing_pending_and_writes_nothing(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    saving = opened(store)
    disk = refuse_saves(monkeypatch, "flushing it to the disk")
    disk.full = True
    saving.client.plan.decide.notes = "let go"
    saving.changed()
    assert not saving.save()
    saving.give_up()
    disk.full = False
    assert saving.save()
    assert on_disk(store, saving) == ""


def test_a_read_only_client_is_never_written(store: ClientStore) -> None:
    stem = store.create(Plan.new("Acme"))
    first = store.open(stem)
    saving = Autosave(store, store.open(stem))  # the second window reads only
    assert saving.state is SaveState.READ_ONLY
    saving.client.plan.decide.notes = "not mine to save"
    saving.changed()
    assert saving.save()
    assert saving.state is SaveState.READ_ONLY
    assert store.load(stem).plan.decide.notes == ""
    store.close(first)
