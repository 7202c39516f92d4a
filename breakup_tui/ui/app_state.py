"""What screens, widgets and the command palette read from the app, typed, without importing it.

The app imports the screens, so they cannot import the app back; they name
what they need here instead, and ``app_state`` checks the running app has it.
What they ask the app to do travels up as a message (``app_requests``).
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from textual.app import App

from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import Locations


@runtime_checkable
class AppState(Protocol):
    settings: Settings

    @property
    def locations(self) -> Locations: ...

    @property
    def store(self) -> ClientStore: ...

    @property
    def country(self) -> str | None: ...

    @property
    def demo(self) -> bool: ...

    def save_settings(self) -> bool:
        """Write the settings; False (and the user told) when the disk refuses."""
        ...


def app_state(app: App[Any]) -> AppState:
    """``self.app``, as far as screens and widgets need to know it."""
    if not isinstance(app, AppState):
        raise TypeError(f"{type(app).__name__} does not hold breakup-tui's settings and clients")
    return app
