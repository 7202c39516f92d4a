"""Step 6, Thank (T1–T3): the thank-you line and the general reason to give if asked.

Both are said to the client, so suggestions come in the letter's language and the
tone checker flags criticism and finger-pointing as the user writes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from breakup_tui.core.i18n import catalogue, t
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.bind import setter
from breakup_tui.ui.steps.waffle import letter_language_note
from breakup_tui.ui.widgets.suggested import SuggestedNotes

# (plan attribute, label key, hint key, suggestions key in the letter's catalogue)
FIELDS = (
    ("thanks", "thank.thanks", "thank.thanks_hint", "thank.suggest_thanks"),
    ("reason_if_asked", "thank.reason", "thank.reason_hint", "thank.suggest_reason"),
)


class ThankForm(StepForm):
    STEP_ID = "thank"

    def compose(self) -> ComposeResult:
        language = self.plan.client.language
        letter = catalogue(language)
        note = letter_language_note(language)
        if note:
            yield Static(note, classes="form-note")
        for attribute, label, hint, suggestions in FIELDS:
            yield Static(t(hint), classes="form-note")
            yield SuggestedNotes(
                t(label),
                getattr(self.plan.thank, attribute),
                setter(self, self.plan.thank, attribute),
                suggestions=[str(s) for s in letter.raw(suggestions, [])],
                tone_language=language,
                id=f"thank-{attribute.replace('_', '-')}",
                disabled=self.read_only,
            )


FORM = ThankForm
