"""Step: thank."""

from __future__ import annotations

from breakup_tui.ui.steps.placeholder import PlaceholderForm


class ThankForm(PlaceholderForm):
    STEP_ID = "thank"


FORM = ThankForm
