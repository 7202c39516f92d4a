"""The seven steps as a task list (each not started, in progress, done or not needed)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import STEP_IDS, Plan, Status

# A symbol per status, so the state never rests on colour alone.
SYMBOLS = {
    Status.NOT_STARTED: "○",
    Status.IN_PROGRESS: "◐",
    Status.DONE: "✓",
    Status.NOT_NEEDED: "–",
}


class TaskList(OptionList):
    """Select a step to jump to it."""

    # What the list shows now: redrawing it on every keystroke in a form would slow typing.
    shown: tuple[str, tuple[Status, ...]] | None = None

    def show(self, plan: Plan, current: str) -> None:
        wanted = (current, tuple(plan.progress.status_of(step) for step in STEP_IDS))
        if wanted == self.shown:
            return
        self.shown = wanted
        highlighted = STEP_IDS.index(current)
        options = []
        for number, step in enumerate(STEP_IDS, start=1):
            status = plan.progress.status_of(step)
            label = Text(f"{SYMBOLS[status]} {number} {t('steps.' + step)}")
            if step == current:
                label.stylize("bold")
            if status is Status.NOT_NEEDED:
                label.stylize("dim")
            options.append(Option(label, id=step))
        self.set_options(options)
        self.highlighted = highlighted
