"""One open wrap-up action, small enough to keep in the summary cache (read at start-up, so no imports)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

# The order of the list, and of items due on the same day.
KINDS: tuple[str, ...] = (
    "finish",
    "hand_over",
    "invoice",
    "handover",
    "acknowledgement",
    "access",
    "check_in",
)


class Action(NamedTuple):
    """One open item as the client list and the agenda need it (small: the summary cache keeps them)."""

    kind: str
    subject: str  # the project's name, the invoice's number, the hand-over item's id, or ""
    due: date | None
    chased: bool = False
