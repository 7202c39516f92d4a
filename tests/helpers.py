"""Small steps a test takes the way a person would."""

from __future__ import annotations

import asyncio
from typing import Any

from textual import events
from textual.pilot import Pilot
from textual.widget import Widget

from breakup_tui.ui.steps.base import StepForm

# Keys whose names differ from the character typed.
_KEY_NAMES = {" ": "space", "/": "slash", ".": "full_stop", "-": "minus", "@": "at", ",": "comma"}


async def type_text(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` one key at a time, each key handled by the app before the next is sent.

    A key goes to the app as the terminal driver sends it, and the pilot then waits until every
    widget has handled its messages. ``pilot.press`` also waits twice per key for the process
    to look idle (20 ms at least each time), which made typing most of a keyboard test's time.
    """
    for ch in text:
        await send_key(pilot, _KEY_NAMES.get(ch, ch), ch)


async def send_key(pilot: Pilot[object], key: str, character: str | None) -> None:
    """One key as the terminal sends it (its name and the character it types), handled in full."""
    pilot.app.post_message(events.Key(key, character))
    await pilot.pause(0)


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


async def steady_focus(pilot: Pilot[Any]) -> None:
    """A step moves the focus to its first field once laid out: wait for that, not for the clock."""
    app = pilot.app
    forms = app.screen.query(StepForm)
    if not forms:
        return
    form = forms.first()
    for _ in range(200):
        focused = app.focused
        if focused is not None and (form in focused.ancestors or not form.query("*")):
            return
        await drained(form)
        await pilot.pause()


async def drained(widget: Widget) -> None:
    """Everything the widget had queued is done, the idle work that follows included."""
    for _ in range(2):
        done = asyncio.Event()
        widget.call_later(done.set)
        await done.wait()


async def steady_cursor(pilot: Pilot[Any]) -> None:
    """A blinking cursor would be on or off by chance when the picture is taken: keep it on."""
    focused = pilot.app.focused
    if focused is not None and hasattr(focused, "cursor_blink"):
        focused.cursor_blink = False
        # Textual 8.2.8's TextArea caches a line drawn in the blink's "off" half under the same
        # key as a line with blinking turned off, so the cursor would stay undrawn: drop that cache.
        focused.notify_style_update()
        focused.refresh()
        await drained(focused)
        await pilot.pause()


async def steady_screen(pilot: Pilot[Any]) -> None:
    """The screen in front and its focus stop changing: what each screen queued on mounting (a
    form focusing its first field, a dialog it opens after its first refresh) has run."""
    app = pilot.app
    unchanged = 0
    for _ in range(100):
        before = (app.screen, app.focused)
        for screen in app.screen_stack:
            await drained(screen)
            for form in screen.query(StepForm):
                await drained(form)
        await pilot.pause()
        unchanged = unchanged + 1 if (app.screen, app.focused) == before else 0
        if unchanged == 2:
            return


async def settled(pilot: Pilot[Any]) -> None:
    """Settled for a picture: workers idle, the screen and its focus done moving (a step focuses its
    first field and scrolls home once laid out, which on a loaded machine can come late)."""
    await settle(pilot)
    await steady_screen(pilot)
    await steady_focus(pilot)
