"""A yes-or-no question in a modal; returns True when confirmed, False on cancel or Esc."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from breakup_tui.core.i18n import t
from breakup_tui.core.printable import printable
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.widgets.keys_footer import KeysFooter


class ConfirmDialog(Localized, ModalScreen[bool]):
    CSS_PATH = sheets("dialogs")
    BINDINGS = [Binding("escape", "cancel", "common.cancel")]
    help_topic = "confirm"

    def __init__(
        self,
        title: str,
        body: str,
        *,
        confirm_label: str,
        cancel_label: str | None = None,
        danger: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.confirm_label = confirm_label
        self.cancel_label = cancel_label or t("common.cancel")
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            # Titles often hold a client's name: shown as plain text, never as markup or escapes.
            yield Static(Text(printable(self.title_text, multiline=True)), classes="heading")
            yield Static(Text(printable(self.body, multiline=True)))
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.cancel_label, id="cancel")
                yield Button(self.confirm_label, variant="error" if self.danger else "primary", id="confirm")
        # Its own footer covers the keys of the screen behind, which do not work here.
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    @on(Button.Pressed, "#confirm")
    def _confirm(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)
