"""Hostile text from files and from the keyboard reaches no screen as something the terminal would obey.

Client names (and text typed into the palette) may hold raw ESC sequences that set the
window title or the clipboard, one-byte CSI, NUL, bidi overrides and Rich markup. What the
terminal receives (tests/screen_probe.py) must hold no control character, and markup must
still be visible as the brackets that were written.
"""

from __future__ import annotations

import re

from textual import events
from textual.command import CommandPalette
from textual.widgets import Input

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from tests.helpers import settle, type_text
from tests.screen_probe import screen_text

TITLE = "\x1b]2;TITLE\x07"
CLIPBOARD = "\x1b]52;c;AAAA\x07"
HOSTILE = f"Acme {TITLE}{CLIPBOARD}\x9b31m\x00\u202eevil [bold red]x[/] [link=file:///etc/passwd]y[/link]"
OBEYED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_nothing_obeyed(text: str, where: str) -> None:
    found = OBEYED.search(text)
    assert found is None, f"{where}: {found[0]!r} would reach the terminal" if found else ""


def assert_markup_literal(text: str, where: str) -> None:
    assert "[bold red]x[/]" in text, f"{where}: markup was read, not shown"


async def test_client_names_in_the_palette_reach_the_terminal_as_symbols(store: ClientStore) -> None:
    store.create(Plan.new(HOSTILE))
    app = BreakupApp()
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "acme")
        await settle(pilot)
        assert CommandPalette.is_open(app)
        text = screen_text(app)
        assert_nothing_obeyed(text, "palette search")
        assert_markup_literal(text, "palette search")


async def test_open_a_client_lists_hostile_names_as_symbols(store: ClientStore) -> None:
    store.create(Plan.new(HOSTILE))
    app = BreakupApp()
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "open a client")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert CommandPalette.is_open(app)
        text = screen_text(app)
        assert_nothing_obeyed(text, "open a client")
        assert_markup_literal(text, "open a client")


async def test_text_typed_into_the_palette_does_not_reach_the_terminal(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    app = BreakupApp()
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        # A paste delivers control characters as they are, where key presses would be filtered.
        app.screen.query_one(Input).post_message(events.Paste(HOSTILE))
        await settle(pilot)
        text = screen_text(app)
        assert_nothing_obeyed(text, "palette input")
