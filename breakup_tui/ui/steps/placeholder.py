"""A clearly marked panel for a step whose form is not built yet."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from breakup_tui.core.i18n import t
from breakup_tui.ui.steps.base import StepForm


class PlaceholderForm(StepForm):
    def compose(self) -> ComposeResult:
        yield Static(t("wizard.placeholder"), classes="placeholder")
