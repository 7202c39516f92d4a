"""A long text with suggestions to start from: empty fields fill, untouched suggestions cycle.

The user's own words are never overwritten silently: once they have written
something of their own, two buttons offer to replace it or to add a suggestion
after it, and either can be undone with u.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, TextArea

from breakup_tui.core.i18n import t
from breakup_tui.ui.widgets.fields import NotesField
from breakup_tui.ui.widgets.undo import UndoOffered


def next_suggestion(current: str, suggestions: Sequence[str]) -> str | None:
    """The suggestion to show after ``current``, or None when ``current`` is the user's own text."""
    if not suggestions:
        return None
    text = current.strip()
    if not text:
        return suggestions[0]
    if text in suggestions:
        return suggestions[(list(suggestions).index(text) + 1) % len(suggestions)]
    return None


def fresh_suggestion(current: str, suggestions: Sequence[str]) -> str:
    """The first suggestion the text does not already hold, to put in place of it or after it."""
    return next((s for s in suggestions if s not in current), suggestions[0])


class SuggestedNotes(Vertical):
    DEFAULT_CSS = """
    SuggestedNotes {
        height: auto;
    }
    SuggestedNotes NotesField {
        margin-bottom: 0;
    }
    SuggestedNotes .suggest-row {
        height: auto;
        align-horizontal: right;
        margin-bottom: 1;
    }
    SuggestedNotes .suggest-append, SuggestedNotes .suggest-replace {
        min-width: 0;
        width: auto;
        margin-left: 2;
    }
    """

    def __init__(
        self,
        label: str,
        value: str,
        on_commit: Callable[[str], None],
        *,
        suggestions: Sequence[str],
        tone_language: str | None = None,
        id: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(id=id)
        self.suggestions = [s.strip() for s in suggestions if s.strip()]

        def commit(text: str) -> None:
            self._offer_buttons_for(text)
            on_commit(text)

        self.notes = NotesField(label, value, commit, tone_language=tone_language, disabled=disabled)
        self.field_disabled = disabled

    def compose(self) -> ComposeResult:
        yield self.notes
        locked = self.field_disabled or not self.suggestions
        with Horizontal(classes="suggest-row"):
            label = t("suggestion.next") if len(self.suggestions) > 1 else t("suggestion.use")
            yield Button(label, compact=True, classes="suggest", disabled=locked)
            yield Button(t("suggestion.append"), compact=True, classes="suggest-append", disabled=locked)
            yield Button(t("suggestion.replace"), compact=True, classes="suggest-replace", disabled=locked)

    def on_mount(self) -> None:
        self._offer_buttons_for(self.notes.initial)

    @property
    def value(self) -> str:
        return self.notes.value

    def _offer_buttons_for(self, text: str) -> None:
        """One button while the text is empty or a suggestion; replace and append once it is their own."""
        own = bool(self.suggestions) and next_suggestion(text, self.suggestions) is None
        self.query_one(".suggest").display = not own
        self.query_one(".suggest-append").display = own
        self.query_one(".suggest-replace").display = own

    def _set_text(self, text: str) -> None:
        area = self.notes.query_one(TextArea)
        # An edit rather than a reload, so ctrl+z in the field brings back what was there too.
        area.replace(text, area.document.start, area.document.end)

    @on(Button.Pressed, ".suggest")
    def _suggest(self, event: Button.Pressed) -> None:
        event.stop()
        suggestion = next_suggestion(self.value, self.suggestions)
        if suggestion is not None:
            self._set_text(suggestion)
            self.notes.query_one(TextArea).focus()

    @on(Button.Pressed, ".suggest-replace, .suggest-append")
    def _replace_or_append(self, event: Button.Pressed) -> None:
        event.stop()
        before = self.value
        suggestion = fresh_suggestion(before, self.suggestions)
        if event.button.has_class("suggest-replace"):
            after, said = suggestion, t("form.suggestion_replaced")
        else:
            after, said = f"{before.rstrip()}\n\n{suggestion}", t("form.suggestion_appended")
        self._set_text(after)
        self._offer_buttons_for(after)
        # The pressed button may have gone; the focus stays on this row, where u undoes it.
        next(button for button in self.query(Button) if button.display).focus()
        self.post_message(UndoOffered(said, lambda: self._set_text(before)))
