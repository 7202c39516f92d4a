"""What a screen or widget asks the app to do, as messages that bubble up to it.

A screen does not call the app by name: it posts one of these and the app
handles it (``BreakupApp.on_*``), so a screen never depends on the app's class.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.message import Message

from breakup_tui.core.settings import Settings


@dataclass
class OpenClient(Message):
    """Open this client's plan at the step where the user left it."""

    stem: str


@dataclass
class OpenWrapup(Message):
    """Open this client's wrap-up checklist."""

    stem: str


@dataclass
class ShowClient(Message):
    """Open this client from anywhere, closing what is above the client list first."""

    stem: str


@dataclass
class SwitchLanguage(Message):
    language: str


@dataclass
class OpenSettings(Message):
    """Show the settings dialog; ``then`` runs with the new settings once they are applied."""

    sender_only: bool = False
    then: Callable[[Settings], None] | None = None
