"""Opening a client at a step, and moving through its form with the keyboard alone, as a person would."""

from __future__ import annotations

from textual.pilot import Pilot

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore

# More tab presses than any form here has stops: a missing widget fails instead of looping.
MAX_TABS = 80


async def tab_to(pilot: Pilot[object], selector: str) -> None:
    """Press tab until the widget ``selector`` names (or something inside it) has the focus."""
    target = pilot.app.screen.query_one(selector)
    for _ in range(MAX_TABS):
        focused = pilot.app.focused
        if focused is not None and (focused is target or target in focused.ancestors_with_self):
            return
        await pilot.press("tab")
    raise AssertionError(f"tab never reached {selector}")


async def clear_input(pilot: Pilot[object], length: int = 20) -> None:
    """Delete what the focused one-line input holds, from its end."""
    await pilot.press("end", *["backspace"] * length)


def app_at(store: ClientStore, step: str, plan: Plan | None = None, **options: str) -> tuple[BreakupApp, str]:
    """The app opening a saved client (a new one unless ``plan`` is given) at ``step``, and its file stem."""
    plan = plan or Plan.new("Acme Studio")
    plan.progress.current = step
    stem = store.create(plan)
    return BreakupApp(open_client=stem, **options), stem  # type: ignore[arg-type]
