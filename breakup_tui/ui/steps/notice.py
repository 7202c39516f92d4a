"""Step: notice."""

from __future__ import annotations

from breakup_tui.ui.steps.placeholder import PlaceholderForm


class NoticeForm(PlaceholderForm):
    STEP_ID = "notice"


FORM = NoticeForm
