"""A short list of things the user added (referrals, account labels), each with a remove button."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Static

from breakup_tui.ui.safe_text import printable_text


class ItemRows(Vertical):
    """Shows ``lines`` (user text, never markup) and posts ``Removed`` with the index of a removed row."""

    DEFAULT_CSS = """
    ItemRows {
        height: auto;
    }
    ItemRows .item-row {
        height: auto;
    }
    ItemRows .item-text {
        width: 1fr;
    }
    ItemRows .item-empty {
        color: $text-muted;
    }
    ItemRows .item-remove {
        margin-left: 1;
    }
    """

    @dataclass
    class Removed(Message):
        rows: ItemRows
        index: int

        @property
        def control(self) -> ItemRows:
            return self.rows

    def __init__(
        self,
        lines: list[Text],
        *,
        empty: str,
        remove_label: str,
        id: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(id=id, disabled=disabled)
        self.lines = lines
        self.empty = empty
        self.remove_label = remove_label

    def compose(self) -> ComposeResult:
        if not self.lines:
            yield Static(self.empty, classes="item-empty")
        for index, line in enumerate(self.lines):
            with Horizontal(classes="item-row"):
                yield Static(printable_text(line), classes="item-text")
                yield Button(self.remove_label, compact=True, classes="item-remove", name=str(index))

    async def show(self, lines: list[Text]) -> None:
        self.lines = lines
        await self.recompose()

    def focus_row(self, index: int) -> bool:
        """Focus the remove button of row ``index`` (or the last row); False when the list is empty."""
        buttons = list(self.query(".item-remove").results(Button))
        if not buttons:
            return False
        buttons[min(index, len(buttons) - 1)].focus()
        return True

    @on(Button.Pressed, ".item-remove")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Removed(self, int(event.button.name or 0)))
