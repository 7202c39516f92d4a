"""Step: options."""

from __future__ import annotations

from breakup_tui.ui.steps.placeholder import PlaceholderForm


class OptionsForm(PlaceholderForm):
    STEP_ID = "options"


FORM = OptionsForm
