"""The steps a test takes the way a person would, and what it reads back: one module for every test.

Opening the app at a step, typing and pressing keys, moving through a form by Tab, waiting for
the screen to settle, and reading what the user sees (the screen's text, notifications) and what
the file holds.
"""

from __future__ import annotations

import asyncio
import html
import re
import tomllib
import unicodedata
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Footer, Static
from textual.worker import WorkerCancelled

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import save_settings
from breakup_tui.ui.home import HomeScreen
from breakup_tui.ui.steps.base import StepForm
from tests.factories import filled_plan

if TYPE_CHECKING:  # conftest imports this module for its fixtures
    from tests.conftest import Dirs

# Keys whose names differ from the character typed.
_KEY_NAMES = {" ": "space", "/": "slash", ".": "full_stop", "-": "minus", "@": "at", ",": "comma"}
_CHARACTERS = {name: character for character, name in _KEY_NAMES.items()}


async def type_text(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` one key at a time, each key handled by the app before the next is sent."""
    for ch in text:
        await send_key(pilot, _KEY_NAMES.get(ch, ch), ch)


async def press(pilot: Pilot[object], *keys: str) -> None:
    """Press keys by name ("tab", "ctrl+e", "x"), each handled in full before the next.

    ``pilot.press`` also waits twice per key for the process to look idle, at least 20 ms each
    time whatever the key did; over a suite of keyboard tests that waiting was half the time.
    """
    for key in keys:
        await send_key(pilot, key, character_of(key))


def character_of(key: str) -> str | None:
    """The character a key types, as a terminal reports it: "x" for x, " " for space, none for tab."""
    if len(key) == 1:
        return key
    if key in _CHARACTERS:
        return _CHARACTERS[key]
    try:
        return unicodedata.lookup(key.upper().replace("_", " "))
    except KeyError:
        return None


async def send_key(pilot: Pilot[object], key: str, character: str | None) -> None:
    """One key as the terminal sends it (its name and the character it types), handled in full.

    A key travels as a chain of messages (app, screen, the focused widget, then what it posts:
    a Changed that bubbles to the form, the form's own message to the wizard...), one hop per turn
    of the event loop; a menu that opens takes the focus a refresh later. So each round gives the
    chain turns of the loop and then waits for every widget's queue; after two rounds in which the
    screen and the focus held still, the key is done.
    """
    app = pilot.app
    app.post_message(events.Key(key, character))
    unchanged = 0
    for _ in range(50):
        before = (app.screen, app.focused)
        for _turn in range(CHAIN_TURNS):
            await asyncio.sleep(0)
        await pilot.pause(0)
        await app.animator.wait_until_complete()
        unchanged = unchanged + 1 if (app.screen, app.focused) == before else 0
        if unchanged == 2:
            return


# Turns of the event loop a key's chain of messages gets per round: more than the longest chain
# of a key here (a radio button's toggle reaching the wizard's autosave is about eight).
CHAIN_TURNS = 12


async def settle(pilot: Pilot[object]) -> None:
    """Wait until the workers are idle and the screen has caught up, its footer's keys included.

    The client list mounts its footer only once its list is in (ui/home.py), and a footer builds
    its keys a refresh later: on a loaded machine both can come after the workers are done.
    """
    app = pilot.app
    for _ in range(200):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue  # superseded (the palette's search as more is typed): wait for what replaced it
        await pilot.pause()
        if footers_ready(app):
            return
        await drained(app.screen)
    raise AssertionError("the footer never showed its keys")


def footers_ready(app: App[Any]) -> bool:
    """Every screen's footer shows its keys, and the client list has mounted its own."""
    screens = app.screen_stack
    if any(isinstance(screen, HomeScreen) and not screen.query(Footer) for screen in screens):
        return False
    return all(footer.query("FooterKey") for screen in screens for footer in screen.query(Footer))


async def add_client(pilot: Pilot[object], name: str) -> None:
    """Press n, type the name, confirm: the wizard opens on the new client."""
    await press(pilot, "n")
    await type_text(pilot, name)
    await press(pilot, "enter")
    await pilot.pause()


async def open_palette_and_run(pilot: Pilot[object], query: str) -> None:
    """Open the command palette, type ``query``, wait for its results and run the first one."""
    await press(pilot, "ctrl+p")
    await settle(pilot)
    await type_text(pilot, query)
    await settle(pilot)
    await press(pilot, "enter")
    await settle(pilot)


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


# ---- Opening a client at a step, and moving through its form ----

# More tab presses than any form here has stops: a missing widget fails instead of looping.
MAX_TABS = 80


async def tab_to(pilot: Pilot[object], selector: str) -> None:
    """Press tab until the widget ``selector`` names (or something inside it) has the focus."""
    target = pilot.app.screen.query_one(selector)
    for _ in range(MAX_TABS):
        focused = pilot.app.focused
        if focused is not None and (focused is target or target in focused.ancestors_with_self):
            return
        await press(pilot, "tab")
    raise AssertionError(f"tab never reached {selector}")


async def clear_input(pilot: Pilot[object], length: int = 20) -> None:
    """Delete what the focused one-line input holds, from its end."""
    await press(pilot, "end", *["backspace"] * length)


def app_at(store: ClientStore, step: str, plan: Plan | None = None, **options: str) -> tuple[BreakupApp, str]:
    """The app opening a saved client (a new one unless ``plan`` is given) at ``step``, and its file stem."""
    plan = plan or Plan.new("Acme Studio")
    plan.progress.current = step
    stem = store.create(plan)
    return BreakupApp(open_client=stem, **options), stem  # type: ignore[arg-type]


# ---- The letter ----

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
    await press(pilot, "enter")
    await pilot.pause()


# ---- What the user sees, and what the file holds ----

_TEXT_SPAN = re.compile(r"<text[^>]*>([^<]*)</text>")


def toasts(app: App[object]) -> list[str]:
    """The text of every notification shown (the app must run with ``notifications=True``)."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


def screen_text(app: App[object]) -> str:
    """Every character written to the terminal for the current screen, styles left out.

    Read from the screenshot Textual exports, which is built from the same
    segments the terminal receives: a control character in it would reach the
    terminal, and markup that was interpreted would be missing from it.
    """
    svg = app.export_screenshot()
    return "".join(html.unescape(span) for span in _TEXT_SPAN.findall(svg)).replace("\xa0", " ")


def saved(store: ClientStore, stem: str) -> dict[str, Any]:
    """The client's file as it is on disk now."""
    return tomllib.loads(store.path_of(stem).read_text(encoding="utf-8"))
