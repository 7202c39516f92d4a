"""A DataTable that takes its rows a few screens at a time, so ten thousand clients open as fast as ten.

A DataTable draws only the rows in view, but every row it holds is measured
when added, which at ten thousand rows costs seconds. This one is handed the
whole list and builds rows only as they are about to come into view: when the
cursor or the scroll position gets within a couple of screens of the last row
built. Everything else is the ordinary DataTable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from textual import on
from textual.widgets import DataTable

Item = TypeVar("Item")
# A row as the table takes it: its key and its cells.
RowSpec = tuple[str, Sequence[Any]]


class LazyTable(DataTable[Any], Generic[Item]):
    """``show(items, row_for)``; rows are built for the first screens now and the rest on the way down."""

    # Screens of rows kept built beyond the one in view, so scrolling never waits.
    SCREENS_AHEAD = 2

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.items: Sequence[Item] = ()
        self.row_for: Callable[[Item], RowSpec] = lambda item: ("", ())

    def on_mount(self) -> None:
        self.watch(self, "scroll_y", self.build_ahead_of_scroll, init=False)

    @property
    def screen_rows(self) -> int:
        # The terminal's height: the table can never show more rows than that.
        return max(self.app.size.height, 1)

    def show(self, items: Sequence[Item], row_for: Callable[[Item], RowSpec]) -> None:
        """Replace the rows with ``items``; only the first few screens are built now."""
        self.clear()
        self.items = items
        self.row_for = row_for
        self.build_rows(self.screen_rows * (1 + self.SCREENS_AHEAD))

    def build_rows(self, count: int) -> None:
        """Make sure the first ``count`` items (or all of them, if fewer) are rows."""
        for item in self.items[self.row_count : min(count, len(self.items))]:
            key, cells = self.row_for(item)
            self.add_row(*cells, key=key)

    def build_ahead_of(self, row: int) -> None:
        if row + self.screen_rows >= self.row_count:
            self.build_rows(row + self.screen_rows * (1 + self.SCREENS_AHEAD))

    def build_ahead_of_scroll(self, scroll_y: float) -> None:
        self.build_ahead_of(int(scroll_y) + self.screen_rows)

    @on(DataTable.RowHighlighted)
    def build_ahead_of_cursor(self, event: DataTable.RowHighlighted) -> None:
        # Not stopped: the screen hears about the highlighted row as usual.
        self.build_ahead_of(event.cursor_row)

    def action_scroll_bottom(self) -> None:
        # The last row must exist before the cursor can go there.
        self.build_rows(len(self.items))
        super().action_scroll_bottom()
