"""A Select whose open menu names its escape key in the interface language.

Textual's own menu binds escape as "Dismiss menu", in English. A priority
binding on the Select itself takes its place in the footer while the menu is
open (the menu is a child of the Select, so the Select's bindings are in its
chain); when the menu is closed the binding stands aside and escape does what
it does elsewhere, such as closing a dialog. The description is translated
where the Select is built (``Localized``).

Its menu opens inside the screen and above the footer: Textual keeps the menu
inside the screen, less the menu's margin, and a margin of one line below it
keeps the footer's line clear.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.widgets import Select

from breakup_tui.ui.localize import Localized

Value = TypeVar("Value", bound=Hashable)


class MenuSelect(Localized, Select[Value]):
    DEFAULT_CSS = """
    MenuSelect > SelectOverlay {
        margin-bottom: 1;
    }
    """

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
