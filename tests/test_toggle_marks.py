"""Every toggle on the steps shows its state the same way: ✓ when ticked, nothing when not."""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from tests.helpers import press, settle, tab_to

SIZE = (80, 24)


def mark_of(box: Checkbox) -> str:
    """The glyph inside the toggle's brackets, as drawn on screen."""
    return str(box.render()).split(" ", 1)[0].strip("▐▌")


@pytest.mark.parametrize("language", ["en", "it"])
async def test_keep_referring_shows_a_tick_only_once_ticked(store: ClientStore, language: str) -> None:
    plan = Plan.new("Acme Studio", language=language)
    plan.progress.current = "options"
    stem = store.create(plan)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#keep-referring", Checkbox)
        assert mark_of(box) == ""
        await tab_to(pilot, "#keep-referring")
        await press(pilot, "space")
        await settle(pilot)
        assert box.value is True
        assert mark_of(box) == "✓"
        await press(pilot, "space")
        await settle(pilot)
        assert mark_of(box) == ""
        await press(pilot, "space")
        await settle(pilot)
        await press(pilot, "ctrl+q")
    assert "keep_referring = true" in store.path_of(stem).read_text()
