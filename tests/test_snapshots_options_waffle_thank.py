"""How steps 4–6, the referral picker and the commitment guard look at 80×24 with a filled plan."""

from __future__ import annotations

from typing import Any

import pytest

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Referral, Verdict
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.referrals import ReferralStore
from breakup_tui.ui.steps.base import StepForm
from tests.factories import filled_plan
from tests.helpers import settled

SIZE = (80, 24)


def open_at(store: ClientStore, step: str) -> BreakupApp:
    plan = filled_plan("Acme Studio")
    plan.progress.current = step
    return BreakupApp(open_client=store.create(plan))


@pytest.mark.parametrize("step", ["options", "waffle", "thank"])
def test_form(snap_compare: Any, store: ClientStore, step: str) -> None:
    assert snap_compare(open_at(store, step), terminal_size=SIZE, run_before=settled)


def test_referral_picker(snap_compare: Any, store: ClientStore) -> None:
    book = ReferralStore(store.locations)
    book.add(Referral("Mario Rossi", "mario@example.com", "WordPress"))
    book.add(Referral("Giulia Bianchi", "giulia@example.com", "Brand identity"))

    async def open_picker(pilot: Any) -> None:
        await settled(pilot)
        pilot.app.screen.query_one("#add-referral").press()
        await settled(pilot)

    assert snap_compare(open_at(store, "options"), terminal_size=SIZE, run_before=open_picker)


def test_commitment_guard(snap_compare: Any, store: ClientStore) -> None:
    async def try_to_keep_them(pilot: Any) -> None:
        await settled(pilot)
        pilot.app.screen.query_one(StepForm).request_verdict_change(Verdict.KEEP, lambda _confirmed: None)
        await settled(pilot)

    assert snap_compare(open_at(store, "decide"), terminal_size=SIZE, run_before=try_to_keep_them)
