"""A DataTable that takes its rows a few screens at a time, so ten thousand clients open as fast as ten.

A DataTable draws only the rows in view, but every row it holds is measured
when added, which at ten thousand rows costs seconds. This one is handed the
whole list and builds rows only as they are about to come into view: when the
cursor or the scroll position gets within a couple of screens of the last row
built. Everything else is the ordinary DataTable.

It also measures its columns itself, as it builds the rows. The DataTable
measures new rows only when it is next idle; on a busy start it could draw the
first frame with every column as narrow as its header, and keep it so until a
key was pressed. Here a column is as wide as its widest cell before the row is
added, so there is no frame in which it is not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

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
        # Columns added without a width: these are the ones sized to their cells.
        self.measured: list[ColumnKey] = []

    def add_column(
        self, label: Any, *, width: int | None = None, key: str | None = None, default: Any = None
    ) -> ColumnKey:
        column = super().add_column(label, width=width, key=key, default=default)
        if width is None:
            self.measured.append(column)
        return column

    def on_mount(self) -> None:
        self.watch(self, "scroll_y", self.build_ahead_of_scroll, init=False)

    @property
    def screen_rows(self) -> int:
        # The terminal's height: the table can never show more rows than that.
        return max(self.app.size.height, 1)

    def show(self, items: Sequence[Item], row_for: Callable[[Item], RowSpec]) -> None:
        """Replace the rows with ``items``; only the first few screens are built now."""
        self.clear()
        for key in self.measured:
            column = self.columns[key]
            column.width = self.cell_width(column.label)
        self.items = items
        self.row_for = row_for
        self.build_rows(self.screen_rows * (1 + self.SCREENS_AHEAD))

    def build_rows(self, count: int) -> None:
        """Make sure the first ``count`` items (or all of them, if fewer) are rows."""
        rows = [self.row_for(item) for item in self.items[self.row_count : min(count, len(self.items))]]
        self.fit_columns([cells for _key, cells in rows])
        for key, cells in rows:
            self.add_row(*cells, key=key)

    def cell_width(self, cell: object) -> int:
        text = cell if isinstance(cell, Text) else Text(str(cell))
        # A one-line cell is as wide as its characters; measuring through the console (as a
        # DataTable does) cost more than building the row.
        return text.cell_len if "\n" not in text.plain else self.app.console.measure(text).maximum

    def fit_columns(self, rows: Sequence[Sequence[Any]]) -> None:
        """Widen each measured column to its widest cell among ``rows``, before they are drawn."""
        positions = {column.key: index for index, column in enumerate(self.ordered_columns)}
        for key in self.measured:
            column = self.columns[key]
            index = positions[key]
            widest = max((self.cell_width(cells[index]) for cells in rows if index < len(cells)), default=0)
            # A fixed width from now on: the DataTable's own idle-time measuring no longer decides.
            column.width = max(column.width, widest)
            column.auto_width = False

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
