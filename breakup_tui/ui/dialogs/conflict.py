"""A sync conflict side by side: the lines in which a client file and its copy differ, and a choice.

The user keeps the original (the copy goes to the trash), keeps the copy (it takes
the original's place and the original goes to the trash) or leaves both as they
are, which escape and the focused button do. The dialog only returns the choice;
the client list acts on it. File text is shown as plain text, never markup, with
control characters as symbols.
"""

from __future__ import annotations

from typing import Literal

from rich import box
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from breakup_tui.core.humanize import short_date
from breakup_tui.core.i18n import t
from breakup_tui.core.printable import printable
from breakup_tui.core.side_by_side import DiffRow, differing_rows
from breakup_tui.store.conflict_choice import ConflictPair, Version
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.widgets.keys_footer import KeysFooter

Choice = Literal["original", "copy"]


def _heading(key: str, version: Version) -> Text:
    """Which side, when it changed, and the file's whole name last (folded: a sync tool marks its end)."""
    heading = Text(t(key), style="bold")
    modified = version.modified
    if modified is not None:
        when = t("conflict.changed", day=short_date(modified.date()), time=f"{modified:%H:%M}")
        heading.append("\n" + when, style=Style(bold=False, dim=True))
    heading.append("\n" + printable(f"{version.stem}.toml"), style=Style(bold=False))
    return heading


def _cell(number: int | None, line: str | None) -> Text:
    if line is None:
        return Text("")
    cell = Text(f"{number:>3} ", style="dim")
    cell.append(printable(line))
    return cell


def side_by_side(pair: ConflictPair) -> Table:
    """The two headings over the lines that differ, left the original, right the copy."""
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_edge=False)
    for key, version in (("conflict.original_heading", pair.original), ("conflict.copy_heading", pair.copy)):
        table.add_column(_heading(key, version), ratio=1, overflow="fold", vertical="top")
    left, right = pair.original.text, pair.copy.text
    if left is None or right is None:
        table.add_row(*(_problem(version) for version in (pair.original, pair.copy)))
        return table
    rows: list[DiffRow | None] = differing_rows(left, right)
    if not rows:
        table.add_row(Text(t("conflict.same_lines"), style="italic"), Text(""))
    for row in rows:
        if row is None:
            table.add_row(Text("⋯", style="dim"), Text("⋯", style="dim"))
        else:
            table.add_row(_cell(row.left_number, row.left), _cell(row.right_number, row.right))
    return table


def _problem(version: Version) -> Text:
    if version.problem is None:
        return Text("")
    return Text(printable(t("conflict.unreadable", reason=version.problem)), style="italic")


class ConflictDialog(Localized, ModalScreen[Choice | None]):
    CSS_PATH = sheets("dialogs")
    BINDINGS = [
        Binding("1", "keep_original", "conflict.key_original", id="conflict.keep_original"),
        Binding("2", "keep_copy", "conflict.key_copy", id="conflict.keep_copy"),
        Binding("escape", "leave", "conflict.key_leave", id="conflict.leave"),
    ]
    help_topic = "conflict"

    def __init__(self, pair: ConflictPair) -> None:
        super().__init__()
        self.pair = pair

    @property
    def copy_usable(self) -> bool:
        return self.pair.copy.data is not None and self.pair.copy.problem is None

    def compose(self) -> ComposeResult:
        original = f"{self.pair.original.stem}.toml"
        with Vertical(classes="dialog"):
            yield Static(Text(printable(t("conflict.title", original=original))), classes="heading")
            yield Static(t("conflict.note"), classes="dialog-note")
            with VerticalScroll(id="conflict-lines"):
                yield Static(side_by_side(self.pair))
            if not self.copy_usable:
                yield Static(
                    Text(printable(t("conflict.copy_unusable", reason=self.pair.copy.problem or "")))
                )
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("conflict.keep_original"), id="keep-original")
                yield Button(t("conflict.keep_copy"), id="keep-copy", disabled=not self.copy_usable)
                yield Button(t("conflict.leave"), variant="primary", id="leave")
        # Its own footer covers the client list's, whose keys do not work while the dialog is open.
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#leave", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "keep_copy":
            return self.copy_usable
        return True

    @on(Button.Pressed, "#keep-original")
    def action_keep_original(self) -> None:
        self.dismiss("original")

    @on(Button.Pressed, "#keep-copy")
    def action_keep_copy(self) -> None:
        self.dismiss("copy")

    @on(Button.Pressed, "#leave")
    def action_leave(self) -> None:
        self.dismiss(None)
