"""Every drop-down menu opens inside the screen, above the footer, in dialogs and in steps, at 80×24."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Select

from breakup_tui.app import BreakupApp
from breakup_tui.store.clients import ClientStore
from tests.factories import filled_plan
from tests.helpers import MAX_TABS, app_at, press, settle

SIZE = (80, 24)
# Each test opens every menu of a screen one by one: about ten seconds each.
pytestmark = pytest.mark.slow


async def tab_onto(pilot: Pilot[object], widget: Widget) -> None:
    for _ in range(MAX_TABS):
        if pilot.app.focused is widget:
            return
        await press(pilot, "tab")
    raise AssertionError(f"tab never reached {widget!r}")


async def menus_over_the_footer(pilot: Pilot[object]) -> list[str]:
    """Open each drop-down of the screen in front by keys; name those whose menu reaches the footer."""
    app = pilot.app
    footer_top = app.size.height - 1
    spilled = []
    selects = [s for s in app.screen.query(Select) if not s.disabled and s.display and s.is_on_screen]
    assert selects, "the screen has no drop-down to open"
    for select in selects:
        await tab_onto(pilot, select)
        await press(pilot, "enter")
        await pilot.pause()
        assert select.expanded
        menu = select.query_one("SelectOverlay")
        if menu.region.bottom > footer_top:
            spilled.append(f"{select.id or type(select.parent).__name__}: {menu.region}")
        await press(pilot, "escape")
        await pilot.pause()
    return spilled


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("key", ["s", "x", "n"])
async def test_the_menus_of_a_dialog_stay_above_the_footer(
    store: ClientStore, key: str, language: str
) -> None:
    store.create(filled_plan())
    app = BreakupApp(lang=language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, key)
        await settle(pilot)
        assert await menus_over_the_footer(pilot) == []


@pytest.mark.parametrize("step", ["decide", "converse", "options"])
async def test_the_menus_of_a_step_stay_above_the_footer(store: ClientStore, step: str) -> None:
    app, _stem = app_at(store, step, filled_plan())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert await menus_over_the_footer(pilot) == []
