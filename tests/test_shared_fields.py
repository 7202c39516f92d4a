"""The shared field widgets keep what was typed, refuse secrets and run the tone checker."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input, TextArea

from breakup_tui.core.parse import amount_problem
from breakup_tui.ui.validators import CoreCheck
from breakup_tui.ui.widgets.fields import FieldError, NotesField, TextField
from breakup_tui.ui.widgets.tone_hints import ToneHints
from tests.helpers import press, type_text


class FieldsApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.committed: list[tuple[str, str]] = []

    def compose(self) -> ComposeResult:
        yield TextField(
            "Amount", "", lambda v: self.committed.append(("amount", v)), checks=[CoreCheck(amount_problem)]
        )
        yield NotesField("Notes", "", lambda v: self.committed.append(("notes", v)), tone_language="en")


async def test_an_invalid_value_stays_on_screen_and_is_not_committed() -> None:
    app = FieldsApp()
    async with app.run_test() as pilot:
        app.query_one(Input).focus()
        await type_text(pilot, "12abc")
        await pilot.pause()
        assert app.query_one(Input).value == "12abc"
        assert app.query_one(TextField).query_one(FieldError).display
        assert ("amount", "12abc") not in app.committed
        await press(pilot, "backspace", "backspace", "backspace")
        await pilot.pause()
        assert app.committed[-1] == ("amount", "12")


async def test_a_password_is_refused_with_a_reason() -> None:
    app = FieldsApp()
    async with app.run_test() as pilot:
        app.query_one(TextArea).focus()
        await type_text(pilot, "password: hunter2")
        await pilot.pause()
        error = app.query_one(NotesField).query_one(FieldError)
        assert "password" in str(error.render()).lower()
        assert not any("hunter2" in value for _, value in app.committed)


async def test_the_tone_checker_runs_after_a_pause() -> None:
    app = FieldsApp()
    async with app.run_test() as pilot:
        app.query_one(TextArea).focus()
        await type_text(pilot, "time to break-up")
        await pilot.pause(0.5)
        hints = app.query_one(ToneHints)
        assert [f.text for f in hints.findings] == ["break-up"]
        assert hints.display
