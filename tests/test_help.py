"""F1 (or ? outside a text field) explains the screen in front of the user and lists its keys."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static, TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import set_language
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.help import HelpScreen
from breakup_tui.ui.review import ReviewScreen
from breakup_tui.ui.wizard import WizardScreen
from breakup_tui.ui.wrapup import WrapupScreen
from tests.conftest import Dirs
from tests.helpers import letter_app, press, press_button, settle


def shown_help(app: BreakupApp) -> tuple[str, str, str]:
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    dialog = screen.query_one(".help-dialog")
    text = str(screen.query_one(".help-text", Static).render())
    keys = "\n".join(f"{k.keys} {k.description}" for k in screen.keys)
    return str(dialog.border_title), text, keys


async def test_f1_in_a_step_opens_that_steps_help(store: ClientStore) -> None:
    plan = Plan.new("Acme")
    plan.progress.current = "notice"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "f1")
        await settle(pilot)
        title, text, keys = shown_help(app)
        assert title == "Help · 3 · Give notice"
        assert "two weeks" in text
        assert "alt+→ Next" in keys and "esc Home" in keys
        # The step's first field has focus, where "?" types itself: only F1 is offered.
        assert "F1 Help" in keys and "?" not in keys
        await press(pilot, "escape")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)
        # Another step, another help.
        await press(pilot, "alt+right", "f1")
        await settle(pilot)
        assert shown_help(app)[0] == "Help · 4 · Offer options"
        await press(pilot, "f1")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)


async def test_question_mark_opens_help_but_types_in_a_text_field(store: ClientStore) -> None:
    store.create(Plan.new("Acme"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash", "question_mark")
        await settle(pilot)
        assert app.screen.query_one("#filter", Input).value == "?"
        await press(pilot, "escape", "question_mark")  # the filter closes; the table has the focus
        await settle(pilot)
        title, _text, keys = shown_help(app)
        assert title == "Help · Clients"
        assert "n New" in keys and "u Undo delete" in keys


async def test_help_over_a_dialog_explains_the_dialog(store: ClientStore) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "n", "f1")
        await settle(pilot)
        title, _text, keys = shown_help(app)
        assert title == "Help · Client details"
        assert "esc Cancel" in keys


async def test_help_follows_the_interface_language(store: ClientStore) -> None:
    app = BreakupApp(lang="it")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "f1")
        await settle(pilot)
        title, _text, keys = shown_help(app)
        assert title == "Aiuto · Clienti"
        assert "n Nuovo" in keys


async def test_in_the_letter_editor_question_mark_is_typed_and_f1_still_helps(
    store: ClientStore, dirs: Dirs
) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        body = app.screen.query_one("#letter-body", TextArea)
        body.focus()
        body.move_cursor(body.document.end)
        await press(pilot, "question_mark")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)
        assert body.text.endswith("?")
        await press(pilot, "f1")
        await settle(pilot)
        assert shown_help(app)[0] == "Help · 7 · Put it in writing"


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [("en", "Help · Wrapping up", "chased"), ("it", "Aiuto · Chiusura", "sollecitato")],
)
async def test_f1_on_the_wrapup_explains_the_wrapup_not_the_letter(
    store: ClientStore, dirs: Dirs, language: str, title: str, words: str
) -> None:
    app = letter_app(store, dirs)
    set_language(language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-sent")
        await press(pilot, "ctrl+w")
        await settle(pilot)
        assert isinstance(app.screen, WrapupScreen)
        await press(pilot, "f1")
        await settle(pilot)
        shown_title, text, _keys = shown_help(app)
        assert shown_title == title
        assert words in text


async def test_shift_tab_on_the_answers_page_reaches_the_way_to_the_letter(
    store: ClientStore, dirs: Dirs
) -> None:
    """The help says so: the button is the page's last stop, below the fold at 80×24."""
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await press(pilot, "shift+tab")
        await settle(pilot)
        assert app.focused is app.screen.query_one("#to-letter")
