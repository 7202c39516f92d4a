"""Step: waffle."""

from __future__ import annotations

from breakup_tui.ui.steps.placeholder import PlaceholderForm


class WaffleForm(PlaceholderForm):
    STEP_ID = "waffle"


FORM = WaffleForm
