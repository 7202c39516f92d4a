"""Add or edit one row of a list (an incident, a project, an invoice), its fields defined as data.

The dialog returns the typed values only once every field is valid; until
then it stays open with everything the user typed, and says what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from breakup_tui.core.i18n import t
from breakup_tui.ui.localize import localized
from breakup_tui.ui.widgets.fields import Check, TextField
from breakup_tui.ui.widgets.marked import TickBox
from breakup_tui.ui.widgets.menu_select import MenuSelect

Values = dict[str, Any]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a row: ``kind`` is text (a typed value), choice (one of ``choices``) or flag (yes/no)."""

    key: str
    label: str  # catalogue key
    kind: str = "text"
    checks: tuple[Check, ...] = ()
    notes: tuple[Check, ...] = ()  # remarks that do not block saving
    choices: tuple[tuple[str, str], ...] = ()  # (value, catalogue key of its label)
    placeholder: str = ""  # catalogue key


class RecordDialog(ModalScreen[Values | None]):
    """Returns the values by field key (text: str, choice: str, flag: bool), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "common.cancel")]
    help_topic = "record"

    def __init__(self, title: str, fields: Sequence[FieldSpec], values: Mapping[str, Any]) -> None:
        super().__init__(classes="record-dialog")
        self.title_text = title
        self.fields = list(fields)
        self.values = dict(values)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            # The title may hold a project's name: plain text, never markup.
            yield Static(Text(self.title_text), classes="dialog-title")
            with VerticalScroll(classes="record-fields"):
                for spec in self.fields:
                    yield from self._field(spec)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("common.cancel"), id="cancel")
                yield Button(t("common.save"), variant="primary", id="save")

    def _field(self, spec: FieldSpec) -> ComposeResult:
        value = self.values.get(spec.key)
        widget_id = f"field-{spec.key}"
        if spec.kind == "choice":
            yield Label(t(spec.label))
            options = [(t(label), choice) for choice, label in spec.choices]
            yield localized(MenuSelect)(
                options,
                value=value if value is not None else Select.NULL,
                allow_blank=False,
                compact=True,
                id=widget_id,
            )
        elif spec.kind == "flag":
            yield TickBox(t(spec.label), bool(value), compact=True, id=widget_id)
        else:
            yield TextField(
                t(spec.label),
                str(value or ""),
                lambda _text: None,
                checks=spec.checks,
                notes=spec.notes,
                placeholder=t(spec.placeholder) if spec.placeholder else "",
                id=widget_id,
            )

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def collect(self) -> Values | None:
        """The values, or None after showing every problem and focusing the first."""
        values: Values = {}
        first_invalid: TextField | None = None
        for spec in self.fields:
            widget = self.query_one(f"#field-{spec.key}")
            if isinstance(widget, TextField):
                if widget.check() is not None and first_invalid is None:
                    first_invalid = widget
                values[spec.key] = widget.value.strip()
            elif isinstance(widget, Checkbox):
                values[spec.key] = widget.value
            elif isinstance(widget, Select):
                values[spec.key] = None if widget.is_blank() else widget.value
        if first_invalid is not None:
            first_invalid.query_one(Input).focus()
            return None
        return values

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        values = self.collect()
        if values is not None:
            self.dismiss(values)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
