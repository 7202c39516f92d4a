"""Add or edit one row of a list (an incident, a project, an invoice), its fields defined as data.

The dialog edits a draft copy of the row through the same field definitions the
step forms use (``FieldSpec``): each valid value is written into the draft as it
is typed. Save returns the draft only once every field is valid; until then the
dialog stays open with everything the user typed, and says what is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from typing import Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from breakup_tui.core.i18n import t
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.widgets.field_spec import FieldSpec, bound_field
from breakup_tui.ui.widgets.fields import TextField
from breakup_tui.ui.widgets.keys_footer import KeysFooter

Row = TypeVar("Row")


class RecordDialog(Localized, ModalScreen[Row | None], Generic[Row]):
    """Returns the edited copy of ``row``, or None when cancelled; ``row`` itself is left as it was."""

    CSS_PATH = sheets("dialogs")

    BINDINGS = [Binding("escape", "cancel", "common.cancel")]
    help_topic = "record"

    def __init__(self, title: str, fields: Sequence[FieldSpec[Row]], row: Row) -> None:
        super().__init__(classes="record-dialog")
        self.title_text = title
        self.fields = list(fields)
        self.draft = deepcopy(row)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            # The title may hold a project's name: plain text, never markup.
            yield Static(Text(self.title_text), classes="heading")
            with VerticalScroll(classes="record-fields"):
                for spec in self.fields:
                    yield bound_field(spec, self.draft, lambda: None)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("common.cancel"), id="cancel")
                yield Button(t("common.save"), variant="primary", id="save")
        # Its own footer covers the keys of the step behind, which do not work here.
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def collect(self) -> Row | None:
        """The draft, or None after showing every problem and focusing the first."""
        invalid = [field for field in self.query(TextField) if field.check() is not None]
        if invalid:
            invalid[0].query_one(Input).focus()
            return None
        return self.draft

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        row = self.collect()
        if row is not None:
            self.dismiss(row)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
