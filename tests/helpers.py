"""Small steps a test takes the way a person would."""

from __future__ import annotations

from textual.pilot import Pilot

# Keys whose names differ from the character typed.
_KEY_NAMES = {" ": "space", "/": "slash", ".": "full_stop", "-": "minus", "@": "at", ",": "comma"}


async def type_text(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` one key at a time."""
    for ch in text:
        await pilot.press(_KEY_NAMES.get(ch, ch))


async def settle(pilot: Pilot[object]) -> None:
    """Wait until the workers are idle and the screen has caught up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
