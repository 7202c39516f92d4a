"""Step 6, Thank: the thank-you line and the general reason to give if asked.

Both are said to the client, so suggestions come in the letter's language and the
tone checker flags criticism and finger-pointing as the user writes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from breakup_tui.core import clock
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Plan
from breakup_tui.core.suggestions import thank_suggestions
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.waffle import letter_language_note
from breakup_tui.ui.widgets.field_spec import FieldSpec, committer
from breakup_tui.ui.widgets.suggested import SuggestedNotes


def _thank_field(attribute: str, label: str) -> FieldSpec[Plan]:
    """A long text stored as ``thank.<attribute>``."""

    def write(plan: Plan, text: str) -> None:
        setattr(plan.thank, attribute, text)

    return FieldSpec[Plan](
        f"thank-{attribute.replace('_', '-')}",
        label,
        read=lambda plan: str(getattr(plan.thank, attribute)),
        write=write,
        kind="long",
        tone=True,
    )


# (plan attribute, its field, hint key); the suggestions come from core.suggestions
FIELDS = (
    ("thanks", _thank_field("thanks", "thank.thanks"), "thank.thanks_hint"),
    ("reason_if_asked", _thank_field("reason_if_asked", "thank.reason"), "thank.reason_hint"),
)


class ThankForm(StepForm):
    STEP_ID = "thank"

    def compose(self) -> ComposeResult:
        language = self.plan.client.language
        note = letter_language_note(language)
        if note:
            yield Static(note, classes="form-note")
        for attribute, spec, hint in FIELDS:
            yield Static(t(hint), classes="form-note")
            yield SuggestedNotes(
                t(spec.label),
                spec.read(self.plan),
                committer(spec, self.plan, self.changed),
                suggestions=thank_suggestions(self.plan, attribute, clock.today()),
                tone_language=language,
                id=spec.id,
                disabled=self.read_only,
            )


FORM = ThankForm
