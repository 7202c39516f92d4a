"""Hostile text from files and from the keyboard reaches no screen as something the terminal would obey.

Client names (and text typed into the palette) may hold raw ESC sequences that set the
window title or the clipboard, one-byte CSI, NUL, bidi overrides and Rich markup. What the
terminal receives (`screen_text` in tests/helpers.py) must hold no control character, and markup must
still be visible as the brackets that were written.
"""

from __future__ import annotations

import json
import re

from textual import events
from textual.command import CommandPalette
from textual.widgets import Input

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.export import ExportDialog
from breakup_tui.ui.dialogs.referral_picker import ReferralPicker
from breakup_tui.ui.dialogs.settings import SettingsDialog
from tests.conftest import Dirs
from tests.helpers import letter_app, press, screen_text, settle, type_text
from tests.helpers import press_button as letter_button
from tests.test_options_waffle_thank_steps import new_client, press_button

TITLE = "\x1b]2;TITLE\x07"
CLIPBOARD = "\x1b]52;c;AAAA\x07"
HOSTILE = f"Acme {TITLE}{CLIPBOARD}\x9b31m\x00\u202eevil [bold red]x[/] [link=file:///etc/passwd]y[/link]"
MARKUP = "[bold red]x[/] [link=file:///etc/passwd]y[/link]"
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
        await press(pilot, "ctrl+p")
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
        await press(pilot, "ctrl+p")
        await type_text(pilot, "open a client")
        await settle(pilot)
        await press(pilot, "enter")
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
        await press(pilot, "ctrl+p")
        await settle(pilot)
        # A paste delivers control characters as they are, where key presses would be filtered.
        app.screen.query_one(Input).post_message(events.Paste(HOSTILE))
        await settle(pilot)
        text = screen_text(app)
        assert_nothing_obeyed(text, "palette input")


async def test_the_referral_picker_shows_hostile_names_from_the_book_as_symbols(
    store: ClientStore, dirs: Dirs
) -> None:
    # A hand-edited address book; JSON's string escapes are valid TOML ones.
    entry = f"[[referrals]]\nname = {json.dumps(HOSTILE)}\nspeciality = {json.dumps(CLIPBOARD + 'Design')}\n"
    (dirs.data / "referrals.toml").write_text(entry, encoding="utf-8")
    stem = new_client(store, "Bellini", "options")
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#add-referral")
        assert isinstance(app.screen, ReferralPicker)
        text = screen_text(app)
        assert "evil" in text
        assert_nothing_obeyed(text, "referral picker")
        assert_markup_literal(text, "referral picker")


async def test_the_settings_dialog_shows_hostile_settings_as_symbols_and_keeps_them_unless_edited(
    store: ClientStore, dirs: Dirs
) -> None:
    settings = dirs.config / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(
        f"your_name = {json.dumps(HOSTILE)}\nbusiness = {json.dumps(MARKUP)}\n"
        f"signature = {json.dumps(TITLE + 'Jane' + chr(10) + CLIPBOARD)}\n",
        encoding="utf-8",
    )
    app = BreakupApp()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        app.action_settings()
        await settle(pilot)
        await pilot.pause(0.5)
        await pilot.wait_for_scheduled_animations()
        assert isinstance(app.screen, SettingsDialog)
        text = screen_text(app)
        assert "␛]2;TITLE␇Jane" in text  # the signature, its escape shown as symbols
        assert_nothing_obeyed(text, "settings dialog")
        assert_markup_literal(text, "settings dialog")
        # Typing or pasting escapes into a field is refused like in the palette.
        app.screen.query_one("#email", Input).post_message(events.Paste(TITLE))
        await settle(pilot)
        assert_nothing_obeyed(screen_text(app), "settings dialog, pasted")
        app.screen.query_one("#save").press()
        await settle(pilot)
    # Fields left as they were keep the file's text exactly; nothing the user did not edit is rewritten.
    assert app.settings.your_name == HOSTILE
    assert app.settings.business == MARKUP
    assert app.settings.signature == TITLE + "Jane\n" + CLIPBOARD


async def test_the_export_dialog_shows_a_typed_path_literally_and_refuses_pasted_escapes(
    store: ClientStore, dirs: Dirs
) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await letter_button(pilot, "#letter-export")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        field = dialog.query_one("#path", Input)
        field.value = ""
        field.post_message(events.Paste(f"/no/such/{TITLE}"))
        await settle(pilot)
        assert_nothing_obeyed(screen_text(app), "export dialog, pasted path")
        field.value = ""
        field.post_message(events.Paste("/no/such/[bold red]x[/]/plan.md"))
        await settle(pilot)
        await letter_button(pilot, "#export")
        await pilot.pause()
        # The error names the folder as typed: markup read would crash or vanish.
        assert "/no/such/[bold red]x[/]" in screen_text(app)
