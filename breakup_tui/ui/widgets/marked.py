"""Choices whose mark shows their state in the glyph, not only in its colour: a checkbox, a radio
button, and a group of checkboxes that takes one Tab and moves with the arrows."""

from __future__ import annotations

from typing import TypeVar

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList

Value = TypeVar("Value")


class TickBox(Checkbox):
    """✓ when ticked, empty when not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # Textual reads this name to draw the mark
        return "✓" if self.value else " "


class RadioChoice(RadioButton):
    """● for the chosen one, empty for the others."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # Textual reads this name to draw the mark
        return "●" if self.value else " "


class TickList(SelectionList[Value]):
    """Checkboxes as one stop: up/down move, space ticks; ✓ when ticked, empty when not, as TickBox."""

    DEFAULT_CSS = """
    TickList {
        width: 100%;
        margin-bottom: 1;
    }
    """

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        index = self.scroll_offset.y + y
        if index >= self.option_count:
            return strip
        ticked = self.get_option_at_index(index).value in self.selected
        segments = list(strip)
        # Textual draws the mark as the second segment, between the two halves of its button.
        if len(segments) > 1:
            mark = segments[1]
            segments[1] = Segment("✓" if ticked else " ", mark.style, mark.control)
        return Strip(segments, strip.cell_length)
