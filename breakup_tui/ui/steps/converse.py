"""Step: converse."""

from __future__ import annotations

from breakup_tui.ui.steps.placeholder import PlaceholderForm


class ConverseForm(PlaceholderForm):
    STEP_ID = "converse"


FORM = ConverseForm
