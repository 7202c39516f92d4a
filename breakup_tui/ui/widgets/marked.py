"""A checkbox and a radio button whose mark shows their state in the glyph, not only in its colour."""

from __future__ import annotations

from textual.widgets import Checkbox, RadioButton


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
