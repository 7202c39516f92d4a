"""A label in a screen's top bar that says the app runs on sample data (``--demo``)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from breakup_tui.core.i18n import t
from breakup_tui.ui.app_state import app_state


class DemoBadge(Horizontal):
    """Shown only in demo mode: the full sentence on a wide screen (app.tcss), the word DEMO otherwise."""

    DEFAULT_CSS = """
    DemoBadge {
        width: auto;
        height: 1;
        padding: 0 1;
        margin: 0 1;
        text-style: bold;
        background: $warning-muted;
        color: $text-warning;
    }
    DemoBadge > Static { width: auto; }
    DemoBadge > .-full { display: none; }
    """

    def __init__(self) -> None:
        super().__init__(id="demo-badge")
        self.tooltip = t("app.demo_badge")

    def compose(self) -> ComposeResult:
        # Outside the demo the badge stays an empty, hidden box: nothing more to build at start-up.
        if self.in_demo:
            yield Static(t("app.demo_badge"), markup=False, classes="-full")
            yield Static(t("demo.badge_short"), markup=False, classes="-short")

    @property
    def in_demo(self) -> bool:
        return app_state(self.app).demo

    def on_mount(self) -> None:
        self.display = self.in_demo
