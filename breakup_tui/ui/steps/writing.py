"""Step: writing."""

from __future__ import annotations

from breakup_tui.ui.steps.placeholder import PlaceholderForm


class WritingForm(PlaceholderForm):
    STEP_ID = "writing"


FORM = WritingForm
