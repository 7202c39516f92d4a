"""Step: decide."""

from __future__ import annotations

from breakup_tui.ui.steps.placeholder import PlaceholderForm


class DecideForm(PlaceholderForm):
    STEP_ID = "decide"


FORM = DecideForm
