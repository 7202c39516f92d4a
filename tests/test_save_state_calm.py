"""While an autosave waits for a pause in typing, the header stays calm and never claims "saved"."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui import autosave
from breakup_tui.ui.wizard import WizardScreen
from tests.helpers import press, settle, tab_to, type_text


@pytest.mark.parametrize("language", ["en", "it"])
async def test_typing_shows_a_pending_state_then_saved(
    store: ClientStore, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long pause, so the check below is made while the save is surely still waiting.
    monkeypatch.setattr(autosave, "AUTOSAVE_DELAY", 30)
    plan = Plan.new("Acme Studio", language=language)
    plan.progress.current = "options"
    stem = store.create(plan)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        label = screen.query_one("#save-state", Static)
        await tab_to(pilot, "#interim-tools")
        await type_text(pilot, "Notes")
        await pilot.pause()
        shown = str(label.render())
        assert shown == t("wizard.pending")
        assert shown not in (t("wizard.unsaved"), t("wizard.saved"))
        assert label.has_class("-pending") and not label.has_class("-error")
        assert "Notes" not in store.path_of(stem).read_text()
        await press(pilot, "ctrl+q")
    assert 'interim_tools = "Notes"' in store.path_of(stem).read_text()


async def test_keys_typed_while_a_save_waits_leave_the_header_label_alone(
    store: ClientStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Updating the label to the text it already shows lays the whole screen out again, on every key.
    monkeypatch.setattr(autosave, "AUTOSAVE_DELAY", 30)
    plan = Plan.new("Acme Studio")
    plan.progress.current = "options"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        label = app.screen.query_one("#save-state", Static)
        updates: list[object] = []
        monkeypatch.setattr(label, "update", lambda *args, **kwargs: updates.append(args))
        await tab_to(pilot, "#interim-tools")
        await type_text(pilot, "Notes on tools")
        await pilot.pause()
        assert len(updates) == 1  # "saved" to "saving soon", once
