"""The one-line input every form and dialog uses: Textual's Input, showing what a reader needs.

Textual's Input scrolls to its cursor only when the cursor moves. Two things follow that a
reader of a form notices: a field left after typing keeps showing the end of its text, and a
focused field whose width changes once the screen settles (a scroll bar appearing, say) keeps
the scroll it had at the old width, so its end and its cursor are cut off.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.geometry import Region
from textual.widgets import Input


class FieldInput(Input):
    """An Input that shows its start when not focused and keeps its cursor in view when resized."""

    def on_blur(self, event: events.Blur) -> None:
        self.scroll_home(animate=False)

    def on_focus(self, event: events.Focus) -> None:
        # After the focus handling of Input itself, which may select the text and move the cursor.
        self.call_after_refresh(self.show_cursor)

    def on_resize(self, event: events.Resize) -> None:
        if self.has_focus:
            self.show_cursor()
        else:
            self.scroll_home(animate=False)

    def show_cursor(self) -> None:
        """Scroll so the cursor's cell is in view (the cell after the text when it is at the end)."""
        column = cell_len(self.value[: self.cursor_position])
        if self.cursor_position == len(self.value):
            column += 1
        self.scroll_to_region(Region(column, 0, 1, 1), force=True, animate=False)
