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


async def add_client(pilot: Pilot[object], name: str) -> None:
    """Press n, type the name, confirm: the wizard opens on the new client."""
    await pilot.press("n")
    await type_text(pilot, name)
    await pilot.press("enter")
    await pilot.pause()
