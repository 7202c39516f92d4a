"""A long text with suggestions to start from: empty fields fill, untouched suggestions cycle.

The user's own words are never replaced: once they have written something of
their own, the button says so instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, TextArea

from breakup_tui.core.i18n import t
from breakup_tui.ui.widgets.fields import NotesField


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
        self.notes = NotesField(label, value, on_commit, tone_language=tone_language, disabled=disabled)
        self.field_disabled = disabled

    def compose(self) -> ComposeResult:
        yield self.notes
        with Horizontal(classes="suggest-row"):
            label = t("suggestion.next") if len(self.suggestions) > 1 else t("suggestion.use")
            yield Button(
                label,
                compact=True,
                classes="suggest",
                disabled=self.field_disabled or not self.suggestions,
            )

    @property
    def value(self) -> str:
        return self.notes.value

    @on(Button.Pressed, ".suggest")
    def _suggest(self, event: Button.Pressed) -> None:
        event.stop()
        area = self.notes.query_one(TextArea)
        suggestion = next_suggestion(area.text, self.suggestions)
        if suggestion is None:
            self.notify(t("suggestion.kept"))
            return
        # An edit rather than a reload, so ctrl+z brings back what was there.
        area.replace(suggestion, area.document.start, area.document.end)
        area.focus()
