"""What every step form shares: the plan it edits and the message it sends when something changes."""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import VerticalScroll
from textual.message import Message

from breakup_tui.core.plan import Plan


class StepForm(VerticalScroll):
    """A step's fields, bound to the plan. Subclasses write into ``self.plan`` and call ``changed()``."""

    STEP_ID = ""

    @dataclass
    class Changed(Message):
        """The plan was edited in this step (the wizard saves it after a pause)."""

        step_id: str

    def __init__(self, plan: Plan, *, read_only: bool = False) -> None:
        super().__init__(classes="step-form")
        self.plan = plan
        self.read_only = read_only

    def changed(self) -> None:
        if not self.read_only:
            self.post_message(self.Changed(self.STEP_ID))

    def refresh_from_plan(self) -> None:
        """Called when another step changed the plan; forms that show derived values redraw them."""
