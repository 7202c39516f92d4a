"""A list the user keeps (incidents, projects, invoices): a table with add, edit and remove.

What a list holds is described once, as a ``RecordKind``: its columns, how an
item shows as a row, the fields of its dialog (``FieldSpec``s of the item) and
what a new item starts as.
The editor changes the plan's list in place and posts ``RecordEditor.Changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, DataTable, Static

from breakup_tui.core.i18n import t
from breakup_tui.ui.dialogs.confirm import ConfirmDialog
from breakup_tui.ui.dialogs.record import RecordDialog
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.safe_text import printable_cell
from breakup_tui.ui.widgets.field_spec import FieldSpec
from breakup_tui.ui.widgets.undo import UndoOffered

T = TypeVar("T")
Cell = str | Text


@dataclass(frozen=True)
class RecordKind(Generic[T]):
    """How one kind of item is listed and edited.

    ``texts`` names the catalogue keys: ``<texts>_add``, ``_edit`` (dialog
    titles), ``_remove`` (the question, with {name}) and ``_empty``.
    """

    texts: str
    columns: tuple[str, ...]  # catalogue keys
    row: Callable[[T], tuple[Cell, ...]]
    fields: Callable[[T | None], Sequence[FieldSpec[T]]]  # the dialog's fields, for a new item or this one
    new: Callable[[], T]  # what the dialog starts from when adding
    name: Callable[[T], str]  # how the item is called in the remove question
    sort_key: Callable[[T], Any] | None = None


class RecordEditor(Localized, Vertical, Generic[T]):
    """The table with its buttons; ``a`` adds, enter edits, delete removes."""

    DEFAULT_CSS = """
    RecordEditor {
        height: auto;
        margin-bottom: 1;
    }
    RecordEditor DataTable {
        height: auto;
        max-height: 10;
    }
    RecordEditor .record-empty {
        color: $text-muted;
    }
    RecordEditor .record-buttons {
        height: auto;
    }
    RecordEditor .record-buttons Button {
        margin-right: 2;
    }
    """

    BINDINGS = [
        Binding("a", "add", "records.key_add", id="records.add"),
        Binding("delete", "remove", "records.key_remove", key_display="del", id="records.remove"),
    ]

    @dataclass
    class Changed(Message):
        """An item was added (``before`` is None), edited, or removed (``after`` is None)."""

        editor: RecordEditor[Any]
        before: Any
        after: Any

        @property
        def control(self) -> RecordEditor[Any]:
            return self.editor

    def __init__(
        self, kind: RecordKind[T], items: list[T], *, id: str | None = None, disabled: bool = False
    ) -> None:
        super().__init__(id=id, classes="record-editor")
        self.kind = kind
        self.items = items
        self.locked = disabled

    def compose(self) -> ComposeResult:
        table: DataTable[Cell] = DataTable(cursor_type="row", zebra_stripes=True)
        table.add_columns(*(t(column) for column in self.kind.columns))
        yield table
        yield Static(t(f"{self.kind.texts}_empty"), classes="record-empty")
        with Horizontal(classes="record-buttons"):
            yield Button(t("records.add"), compact=True, id="add", disabled=self.locked)
            yield Button(t("records.edit"), compact=True, id="edit", disabled=self.locked)
            yield Button(t("records.remove"), compact=True, id="remove", disabled=self.locked)

    def on_mount(self) -> None:
        # A hand-edited file may list items out of order; the plan keeps the order shown.
        if self.kind.sort_key is not None:
            self.items.sort(key=self.kind.sort_key)
        self.show_rows()

    @property
    def table(self) -> DataTable[Cell]:
        return self.query_one(DataTable)

    def show_rows(self, select: int | None = None) -> None:
        table = self.table
        table.clear()
        for item in self.items:
            # Cells hold text from a file: shown as it is, never read as markup or escapes.
            table.add_row(*(printable_cell(cell) for cell in self.kind.row(item)))
        table.display = bool(self.items)
        self.query_one(".record-empty").display = not self.items
        self.query_one("#edit").display = bool(self.items)
        self.query_one("#remove").display = bool(self.items)
        if select is not None and self.items:
            table.move_cursor(row=min(select, len(self.items) - 1))

    def _selected(self) -> int | None:
        if not self.items:
            return None
        return min(max(self.table.cursor_row, 0), len(self.items) - 1)

    def _store(self, before: T | None, after: T | None, index: int | None) -> None:
        if index is not None and after is not None:
            self.items[index] = after
        elif index is not None:
            del self.items[index]
        elif after is not None:
            self.items.append(after)
        if self.kind.sort_key is not None:
            self.items.sort(key=self.kind.sort_key)
        position = self.items.index(after) if after is not None else index
        self.show_rows(select=position)
        self.post_message(self.Changed(self, before, after))

    def _edit(self, index: int | None) -> None:
        item = self.items[index] if index is not None else None
        title = t(f"{self.kind.texts}_edit" if item is not None else f"{self.kind.texts}_add")

        def done(edited: T | None) -> None:
            if edited is not None:
                self._store(item, edited, index)
            self._refocus()

        dialog = RecordDialog(title, self.kind.fields(item), item if item is not None else self.kind.new())
        self.app.push_screen(dialog, done)

    def _refocus(self) -> None:
        """Back to the table after a dialog, or to Add when the list is empty."""
        if self.items:
            self.table.focus()
        else:
            self.query_one("#add", Button).focus()

    def _put_back(self, item: T, index: int) -> None:
        """Undo a removal: the item returns where it was (a sorted list sorts it there anyway)."""
        self.items.insert(min(index, len(self.items)), item)
        if self.kind.sort_key is not None:
            self.items.sort(key=self.kind.sort_key)
        self.show_rows(select=self.items.index(item))
        self.post_message(self.Changed(self, None, item))

    @on(Button.Pressed, "#add")
    def action_add(self) -> None:
        if not self.locked:
            self._edit(None)

    @on(Button.Pressed, "#edit")
    def _edit_selected(self) -> None:
        index = self._selected()
        if index is not None and not self.locked:
            self._edit(index)

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._edit_selected()

    @on(Button.Pressed, "#remove")
    def action_remove(self) -> None:
        index = self._selected()
        if index is None or self.locked:
            return
        item = self.items[index]

        def answered(confirmed: bool | None) -> None:
            if confirmed:
                self._store(item, None, index)
                self.post_message(
                    UndoOffered(
                        t(f"{self.kind.texts}_removed", name=self.kind.name(item)),
                        lambda: self._put_back(item, index),
                    )
                )
            self._refocus()

        question = ConfirmDialog(
            t(f"{self.kind.texts}_remove", name=self.kind.name(item)),
            t("records.remove_body"),
            confirm_label=t("records.remove"),
            danger=True,
        )
        self.app.push_screen(question, answered)
