"""Before giving up a commitment: the user's own reasons, incidents and words, and a choice."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Plan, Verdict


class CommitmentDialog(ModalScreen[bool]):
    """Returns True when the user really wants the new verdict."""

    BINDINGS = [Binding("escape", "keep", "common.cancel")]

    def __init__(self, plan: Plan, new_verdict: Verdict) -> None:
        super().__init__()
        self.plan = plan
        self.new_verdict = new_verdict

    def compose(self) -> ComposeResult:
        decide = self.plan.decide
        with Vertical(classes="dialog"):
            yield Static(t("waffle.guard_title"), classes="dialog-title")
            with VerticalScroll(classes="guard-body"):
                yield Static(Text(t("waffle.guard_commitment") + "\n  " + self.plan.waffle.commitment))
                reasons = [t(f"reason.{r}") for r in decide.reasons] + list(decide.other_reasons)
                if reasons:
                    yield Static(Text(t("waffle.guard_reasons") + "\n  " + "\n  ".join(reasons)))
                if decide.incidents:
                    lines = [
                        f"{i.date.isoformat()}  {i.note or t('reason.' + i.kind)}" for i in decide.incidents
                    ]
                    yield Static(Text(t("waffle.guard_incidents") + "\n  " + "\n  ".join(lines)))
                yield Static(t("waffle.guard_question", verdict=t(f"verdict.{self.new_verdict.value}")))
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("waffle.guard_change"), variant="warning", id="change")
                yield Button(t("waffle.guard_keep"), variant="primary", id="keep")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    @on(Button.Pressed, "#change")
    def _change(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        self.dismiss(False)
