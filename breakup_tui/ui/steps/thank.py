"""Step 6, Thank (T1–T3): the thank-you line and the general reason to give if asked.

Both are said to the client, so suggestions come in the letter's language and the
tone checker flags criticism and finger-pointing as the user writes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from breakup_tui.core import clock
from breakup_tui.core.i18n import t
from breakup_tui.core.suggestions import thank_suggestions
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.bind import setter
from breakup_tui.ui.steps.waffle import letter_language_note
from breakup_tui.ui.widgets.suggested import SuggestedNotes

# (plan attribute, label key, hint key); the suggestions come from core.suggestions
FIELDS = (
    ("thanks", "thank.thanks", "thank.thanks_hint"),
    ("reason_if_asked", "thank.reason", "thank.reason_hint"),
)


class ThankForm(StepForm):
    STEP_ID = "thank"

    def compose(self) -> ComposeResult:
        language = self.plan.client.language
        note = letter_language_note(language)
        if note:
            yield Static(note, classes="form-note")
        for attribute, label, hint in FIELDS:
            yield Static(t(hint), classes="form-note")
            yield SuggestedNotes(
                t(label),
                getattr(self.plan.thank, attribute),
                setter(self, self.plan.thank, attribute),
                suggestions=thank_suggestions(self.plan, attribute, clock.today()),
                tone_language=language,
                id=f"thank-{attribute.replace('_', '-')}",
                disabled=self.read_only,
            )


FORM = ThankForm
