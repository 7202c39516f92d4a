"""A step the verdict made unnecessary says so at its top, in one line, and why."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.decide import apply_verdict
from breakup_tui.core.i18n import set_language, t
from breakup_tui.core.plan import Plan, Verdict
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.steps.base import StepForm
from tests.conftest import TODAY
from tests.helpers import press, settle


@pytest.mark.parametrize("language", ["en", "it"])
async def test_a_faded_client_is_told_step_two_is_not_needed(store: ClientStore, language: str) -> None:
    set_language(language)
    plan = Plan.new("Acme Studio", language=language)
    apply_verdict(plan, Verdict.FADE, TODAY)
    plan.progress.current = "decide"
    stem = store.create(plan)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        note = app.screen.query_one("#step-not-needed", Static)
        assert not note.display
        await press(pilot, "alt+right")
        await settle(pilot)
        assert app.screen.query_one(StepForm).STEP_ID == "converse"
        assert note.display
        shown = str(note.render())
        assert shown == t("wizard.not_needed_note", verdict=t("verdict.fade"))
        assert "\n" not in shown
        await press(pilot, "alt+left")
        await settle(pilot)
        assert app.screen.query_one(StepForm).STEP_ID == "decide"
        assert not note.display
        await press(pilot, "ctrl+q")
