"""How the home screen and the wizard look at 80×24."""

from __future__ import annotations

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from tests.conftest import Dirs
from tests.factories import filled_plan
from tests.helpers import settled

SIZE = (80, 24)


def test_home_empty(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(BreakupApp(), terminal_size=SIZE, run_before=settled)


def test_home_with_clients_and_a_damaged_file(snap_compare, store: ClientStore, dirs: Dirs) -> None:  # type: ignore[no-untyped-def]
    store.create(filled_plan("Acme Studio"))
    store.create(Plan.new("Bellini SRL"))
    (dirs.clients / "old.toml").write_text("schema_version = 1\n[client\n")
    assert snap_compare(BreakupApp(), terminal_size=SIZE, run_before=settled)


def test_wizard(snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    stem = store.create(filled_plan("Acme Studio"))
    assert snap_compare(BreakupApp(open_client=stem), terminal_size=SIZE, run_before=settled)
