"""The message a widget posts when it took something away the user may want back."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from textual.message import Message

# Puts back what an edit took away (a removed list item, the text a suggestion replaced).
Restore = Callable[[], Awaitable[None] | None]


@dataclass
class UndoOffered(Message):
    """``message`` says what went; ``restore`` puts it back. The step form names the undo key."""

    message: str
    restore: Restore
