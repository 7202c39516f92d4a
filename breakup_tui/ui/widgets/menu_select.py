"""A Select whose open menu names its escape key in the interface language.

Textual's own menu binds escape as "Dismiss menu", in English. A priority
binding on the Select itself takes its place in the footer while the menu is
open (the menu is a child of the Select, so the Select's bindings are in its
chain); when the menu is closed the binding stands aside and escape does what
it does elsewhere, such as closing a dialog. Build it as ``localized(MenuSelect)``
so the description is translated.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.widgets import Select

Value = TypeVar("Value", bound=Hashable)


class MenuSelect(Select[Value]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close_menu", "common.close_menu", priority=True),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close_menu":
            return self.expanded
        return super().check_action(action, parameters)

    def action_close_menu(self) -> None:
        self.expanded = False
        self.focus()
