"""Check your answers: every step in short, what is missing, and a way back to change each one.

Dismisses with the step to go to (``"writing"`` to continue to the letter),
or None to go back where the user was. The user's own details are changed
from here directly, through the app's settings dialog.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Static

from breakup_tui.core import clock
from breakup_tui.core.answers import Answer, step_answers
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import STEP_IDS, Plan
from breakup_tui.core.printable import printable
from breakup_tui.core.review import SETTINGS, Gap, find_gaps
from breakup_tui.core.settings import Settings
from breakup_tui.ui.app_requests import OpenSettings
from breakup_tui.ui.main_screen import MainScreen
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.widgets.demo_badge import DemoBadge
from breakup_tui.ui.widgets.keys_footer import KeysFooter
from breakup_tui.ui.widgets.task_list import SYMBOLS

GAP_MARK = "! "


def answers_text(answers: list[Answer]) -> Text:
    text = Text()
    for index, (label, value) in enumerate(answers):
        if index:
            text.append("\n")
        text.append(f"{label}: ", style="bold")
        # The user's own words: plain text, never markup nor terminal escapes.
        text.append(printable(value, multiline=True))
    return text


def gaps_text(gaps: list[Gap], *, with_step: bool = False) -> Text:
    text = Text()
    for index, gap in enumerate(gaps):
        if index:
            text.append("\n")
        text.append(GAP_MARK + gap.message)
        if with_step:
            where = t("review.settings") if gap.step == SETTINGS else t(f"steps.{gap.step}")
            text.append(f" ({where})", style="italic")
    return text


class ReviewScreen(MainScreen[str | None]):
    """The whole plan on one page, before the letter."""

    CSS_PATH = sheets("review")

    BINDINGS = [
        Binding("escape", "back", "review.key_back", id="review.back"),
    ]
    help_topic = "review"

    def __init__(self, plan: Plan, settings: Settings) -> None:
        super().__init__()
        self.plan = plan
        self.settings = settings

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(Text(f"{printable(self.plan.client.name)} · {t('review.title')}"), id="title")
            yield DemoBadge()
        with VerticalScroll(id="review"):
            yield Static(t("review.intro"), classes="review-intro")
            yield Static(id="review-missing")
            for number, step in enumerate(STEP_IDS, start=1):
                status = self.plan.progress.status_of(step)
                with Horizontal(classes="review-head"):
                    heading = f"{SYMBOLS[status]} {t('review.step_line', n=number, name=t('steps.' + step))}"
                    yield Static(heading, classes="heading")
                    yield Button(
                        t("review.change"), id=f"change-{step}", classes="review-change", compact=True
                    )
                yield Static(id=f"answers-{step}", classes="review-answers")
                yield Static(id=f"gaps-{step}", classes="review-gaps")
            with Horizontal(classes="review-head"):
                yield Static(t("review.settings"), classes="heading")
                yield Button(
                    t("review.change"), id=f"change-{SETTINGS}", classes="review-change", compact=True
                )
            yield Static(id="answers-settings", classes="review-answers")
            yield Button(t("review.to_letter"), variant="primary", id="to-letter")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.show_answers()
        # The page starts at the top; the keys scroll it, Tab reaches the buttons.
        self.query_one("#review", VerticalScroll).focus()

    def show_answers(self, settings: Settings | None = None) -> None:
        """Fill every section from the plan (again, after the user's details changed)."""
        if settings is not None:
            self.settings = settings
        today = clock.today()
        gaps = find_gaps(self.plan, self.settings, today)
        missing = self.query_one("#review-missing", Static)
        if gaps:
            heading = Text(t("review.missing_title"), style="bold")
            missing.update(Text("\n").join([heading, gaps_text(gaps, with_step=True)]))
        else:
            missing.update(t("review.nothing_missing"))
        missing.set_class(bool(gaps), "-missing")
        for step in STEP_IDS:
            self.query_one(f"#answers-{step}", Static).update(
                answers_text(step_answers(self.plan, step, today))
            )
            own = [g for g in gaps if g.step == step]
            panel = self.query_one(f"#gaps-{step}", Static)
            panel.update(gaps_text(own))
            panel.display = bool(own)
        s = self.settings
        details = [
            (t("settings_form.your_name"), s.your_name.strip() or t("common.none")),
            (t("settings_form.business"), s.business.strip() or t("common.none")),
            (t("settings_form.email"), s.email.strip() or t("common.none")),
        ]
        self.query_one("#answers-settings", Static).update(answers_text(details))

    @on(Button.Pressed, "#to-letter")
    def _to_letter(self) -> None:
        self.dismiss("writing")

    @on(Button.Pressed, ".review-change")
    def _change(self, event: Button.Pressed) -> None:
        target = (event.button.id or "").removeprefix("change-")
        if target != SETTINGS:
            self.dismiss(target)
            return
        # The user's details are not a step: edit them here and stay on the summary.
        self.post_message(OpenSettings(then=self.show_answers))

    def action_back(self) -> None:
        self.dismiss(None)
