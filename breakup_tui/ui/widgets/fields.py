"""Labelled fields that check what is typed and hand valid values to the form.

A field keeps whatever the user typed on screen, even when it is invalid; only
valid values reach ``on_commit``. Values are checked by Textual ``Validator``s
(the core's checks, wrapped in ``ui.validators``): ``checks`` refuse a value and
show why in a ``FieldError``; ``notes`` only remark on it in a ``FieldNote``.
Every free-text field refuses secrets (passwords, tokens, private keys), and
long texts can run the tone checker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.validation import Validator
from textual.widget import Widget
from textual.widgets import Input, Label, Static, TextArea

from breakup_tui.core.printable import printable
from breakup_tui.ui.debounce import Debounce
from breakup_tui.ui.validators import first_failure, no_secrets, required
from breakup_tui.ui.widgets.field_input import FieldInput
from breakup_tui.ui.widgets.tone_hints import ToneHints

__all__ = ["FieldError", "FieldNote", "NotesField", "TextField", "required"]

# At most this many seconds after the last key, once typing pauses, the tone checker runs on a long text.
TONE_DELAY = 0.3


class FieldMessage(Static):
    """A line under a field that appears only when it has something to say."""

    DEFAULT_CSS = """
    FieldMessage {
        height: auto;
        display: none;
    }
    """

    def show(self, message: str | None) -> None:
        # Messages can quote what was typed: plain text, never markup.
        self.update(Text(message or ""))
        self.display = bool(message)
        field = self.parent
        if message and isinstance(field, Widget) and field.has_focus_within:
            # A line that appears under the field being typed in must not open below the fold.
            field.call_after_refresh(field.scroll_visible, animate=False)


class ShownWhole(Widget):
    """A field that, once focused, scrolls into view whole: label, input and the lines under it."""

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # After Textual has scrolled to the input itself, so the field's message line follows it.
        self.call_after_refresh(self.scroll_visible, animate=False)


class FieldError(FieldMessage):
    """The reason a value was not accepted; empty when it was."""

    DEFAULT_CSS = """
    FieldError {
        color: $text-error;
    }
    """


class FieldNote(FieldMessage):
    """A remark on an accepted value (a date in the past, say): worth knowing, never blocking."""

    DEFAULT_CSS = """
    FieldNote {
        color: $text-warning;
    }
    """


class TextField(ShownWhole, Vertical):
    """A one-line input with its label and error line."""

    DEFAULT_CSS = """
    TextField {
        height: auto;
        margin-bottom: 1;
    }
    TextField Input {
        width: 100%;
    }
    """

    def __init__(
        self,
        label: str,
        value: str,
        on_commit: Callable[[str], None],
        *,
        checks: Sequence[Validator] = (),
        placeholder: str = "",
        id: str | None = None,
        disabled: bool = False,
        notes: Sequence[Validator] = (),
    ) -> None:
        super().__init__(id=id, classes="field")
        self.label = label
        # Control characters from a file are shown as symbols, never sent to the terminal;
        # the value is only committed once the user edits it.
        self.initial = printable(value)
        self.on_commit = on_commit
        self.checks = [*checks, no_secrets]
        self.notes = list(notes)
        self.placeholder = placeholder
        self.field_disabled = disabled

    def compose(self) -> ComposeResult:
        yield Label(self.label)
        yield FieldInput(
            value=self.initial, placeholder=self.placeholder, compact=True, disabled=self.field_disabled
        )
        yield FieldError()
        if self.notes:
            yield FieldNote()

    def on_mount(self) -> None:
        self._show_note(self.initial, first_failure(self.initial, self.checks))

    @property
    def value(self) -> str:
        return self.query_one(Input).value

    @property
    def valid(self) -> bool:
        return first_failure(self.value, self.checks) is None

    def check(self) -> str | None:
        """Show what is wrong with the value now (before a save, say), and return it."""
        problem = first_failure(self.value, self.checks)
        self._show_problem(problem)
        return problem

    def _show_problem(self, problem: str | None) -> None:
        self.query_one(FieldError).show(problem)
        self.query_one(Input).set_class(problem is not None, "-invalid")

    def _show_note(self, value: str, problem: str | None) -> None:
        if self.notes:
            self.query_one(FieldNote).show(None if problem else first_failure(value, self.notes))

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        problem = first_failure(event.value, self.checks)
        self._show_problem(problem)
        self._show_note(event.value, problem)
        if problem is None and event.value != self.initial:
            self.initial = event.value
            self.on_commit(event.value)


class NotesField(ShownWhole, Vertical):
    """A multi-line text with its label, error line and (optionally) the tone checker's findings."""

    DEFAULT_CSS = """
    NotesField {
        height: auto;
        margin-bottom: 1;
    }
    NotesField TextArea {
        height: 5;
    }
    """

    def __init__(
        self,
        label: str,
        value: str,
        on_commit: Callable[[str], None],
        *,
        tone_language: str | None = None,
        checks: Sequence[Validator] = (),
        id: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(id=id, classes="field")
        self.label = label
        self.initial = printable(value, multiline=True)  # as in TextField
        self.on_commit = on_commit
        self.tone_language = tone_language
        self.checks = [*checks, no_secrets]
        self.field_disabled = disabled

    def compose(self) -> ComposeResult:
        yield Label(self.label)
        yield TextArea(self.initial, soft_wrap=True, disabled=self.field_disabled, show_line_numbers=False)
        yield FieldError()
        if self.tone_language:
            yield ToneHints()

    def on_mount(self) -> None:
        # The checker waits for a pause in typing rather than running on every key.
        self.tone_check = Debounce(self, TONE_DELAY, self._run_tone_check)
        self._run_tone_check()

    @property
    def value(self) -> str:
        return self.query_one(TextArea).text

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        text = event.text_area.text
        problem = first_failure(text, self.checks)
        self.query_one(FieldError).show(problem)
        if problem is None and text != self.initial:
            self.initial = text
            self.on_commit(text)
        if self.tone_language:
            self.tone_check.restart()

    def _run_tone_check(self) -> None:
        if self.tone_language:
            self.query_one(ToneHints).check(self.value, self.tone_language)
