"""Before giving up a commitment: the user's own reasons, incidents and words, and a choice.

Everything the user wrote is shown as plain text, never markup. Escape and the
focused default both keep the commitment, so the guard never gives way by accident.
"""

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
from breakup_tui.core.printable import printable
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.widgets.keys_footer import KeysFooter


def titled_list(title: str, lines: list[str]) -> Text:
    """A bold heading and one bulleted line per entry."""
    text = Text()
    text.append(title, style="bold")
    for line in lines:
        # Lines hold the user's own words: control characters are shown, never obeyed.
        text.append("\n• " + printable(line))
    return text


class CommitmentDialog(Localized, ModalScreen[bool]):
    """Returns True when the user really wants the new verdict."""

    CSS_PATH = sheets("dialogs")

    BINDINGS = [Binding("escape", "keep", "common.cancel")]
    help_topic = "commitment"

    def __init__(self, plan: Plan, new_verdict: Verdict) -> None:
        super().__init__()
        self.plan = plan
        self.new_verdict = new_verdict

    def compose(self) -> ComposeResult:
        decide = self.plan.decide
        with Vertical(classes="dialog", id="commitment-guard"):
            yield Static(t("waffle.guard_title"), classes="heading")
            with VerticalScroll(classes="guard-body"):
                yield Static(t("waffle.guard_note"), classes="form-note")
                yield Static(titled_list(t("waffle.guard_commitment"), [self.plan.waffle.commitment.strip()]))
                reasons = [t(f"reason.{r}") for r in decide.reasons] + list(decide.other_reasons)
                if reasons:
                    yield Static(titled_list(t("waffle.guard_reasons"), reasons))
                if decide.incidents:
                    incidents = sorted(decide.incidents, key=lambda i: i.date)
                    lines = [f"{i.date.isoformat()}  {i.note or t('reason.' + i.kind)}" for i in incidents]
                    yield Static(titled_list(t("waffle.guard_incidents"), lines))
            question = t("waffle.guard_question", verdict=t(f"verdict.{self.new_verdict.value}"))
            yield Static(question, classes="guard-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("waffle.guard_change"), variant="warning", id="change")
                yield Button(t("waffle.guard_keep"), variant="primary", id="keep")
        # Its own footer covers the keys of the screen behind, which do not work here.
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    @on(Button.Pressed, "#change")
    def _change(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        self.dismiss(False)
