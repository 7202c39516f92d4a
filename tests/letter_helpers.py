"""Opening a client's letter the way the writing tests need it."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Button, Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import save_settings
from tests.conftest import Dirs
from tests.factories import filled_plan

SENDER = Settings(your_name="Sam Rivera", business="Rivera Design", email="sam@rivera.example")


def with_sender(dirs: Dirs, settings: Settings = SENDER) -> None:
    save_settings(locate(dirs.data, dirs.config), settings)


def plan_at_writing(name: str = "Acme Studio") -> Plan:
    """A filled plan that opens on its letter."""
    plan = filled_plan(name)
    plan.progress.current = "writing"
    return plan


def client_at_writing(store: ClientStore) -> str:
    return store.create(plan_at_writing())


def letter_app(store: ClientStore, dirs: Dirs) -> BreakupApp:
    """The app opened on a filled plan's letter, with the sender's details already given."""
    with_sender(dirs)
    return BreakupApp(open_client=client_at_writing(store))


def shown(app: BreakupApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def press_button(pilot: Pilot[None], selector: str) -> None:
    """Tab to a button (which scrolls it into view) and press Enter, as a keyboard user would."""
    pilot.app.screen.query_one(selector, Button).focus()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
