"""The core's advice for a step, one line each, marked so the meaning never rests on colour alone."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from breakup_tui.core.advice import Advice
from breakup_tui.ui.widgets.tone_hints import MARKS


def describe(advice: list[Advice]) -> Text:
    text = Text()
    for index, item in enumerate(advice):
        if index:
            text.append("\n")
        text.append(f"{MARKS.get(item.severity, '⚠')} ", style="bold")
        # Messages quote project names and invoice numbers: plain text, never markup.
        text.append(item.message)
    return text


class AdviceList(Static):
    """Hidden when there is nothing to say."""

    DEFAULT_CSS = """
    AdviceList {
        height: auto;
        padding: 0 1;
        margin-bottom: 1;
        border-left: outer $warning;
        color: $text;
        display: none;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.advice: list[Advice] = []

    def show(self, advice: list[Advice]) -> None:
        self.advice = list(advice)
        self.update(describe(self.advice))
        self.display = bool(self.advice)

    @property
    def ids(self) -> list[str]:
        return [item.id for item in self.advice]
