"""Help for the screen in front of the user: what it is for, in a few lines, and the keys that work there.

A screen names its help with a ``help_topic`` attribute (a catalogue key
under ``[help.topic]``, or a step id); the keys are read from the bindings
active at that moment, so a remapped key is listed as remapped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import STEP_IDS
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.widgets.keys_footer import KeysFooter

GENERAL = "general"


@dataclass(frozen=True)
class KeyHelp:
    keys: str  # as shown to the user, e.g. "F1, ?"
    description: str


def help_topic(screen: Screen[object]) -> str:
    topic = getattr(screen, "help_topic", None)
    return topic if isinstance(topic, str) and topic else GENERAL


def _known(key: str) -> bool:
    return t(key) != key


def help_title(topic: str) -> str:
    if topic in STEP_IDS:
        name = t("wizard.step_heading", n=STEP_IDS.index(topic) + 1, name=t(f"steps.{topic}"))
    else:
        key = f"help.name.{topic}"
        name = t(key) if _known(key) else t(f"help.name.{GENERAL}")
    return t("help.title", name=name)


def help_text(topic: str) -> str:
    key = f"help.topic.{topic}"
    return t(key) if _known(key) else t(f"help.topic.{GENERAL}")


def _declared_actions(node: DOMNode) -> set[str]:
    """Actions bound by our classes; the keys of Textual's own widgets (cursor, scroll) are left out."""
    return {
        binding.action
        for cls in type(node).__mro__
        if cls.__module__.startswith("breakup_tui.")
        for binding in cls.__dict__.get("BINDINGS", [])
        if isinstance(binding, Binding)
    }


def keys_of(screen: Screen[object]) -> list[KeyHelp]:
    """The keys active on ``screen`` now, one line per command, in the order the footer uses."""
    app = screen.app
    grouped: dict[str, list[str]] = {}
    ours: dict[DOMNode, set[str]] = {}
    for active in screen.active_bindings.values():
        binding: Binding = active.binding
        if active.node not in ours:
            ours[active.node] = _declared_actions(active.node)
        if not binding.description or not active.enabled or binding.action not in ours[active.node]:
            continue
        # App bindings carry catalogue keys; screen bindings arrive translated (t() leaves those as they are).
        keys = grouped.setdefault(t(binding.description), [])
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
    return [KeyHelp(", ".join(keys), description) for description, keys in grouped.items()]


class HelpScreen(Localized, ModalScreen[None]):
    """The help for one screen; esc (or F1 again) closes it."""

    CSS_PATH = sheets("dialogs", "help")

    BINDINGS = [Binding("escape", "close", "help.key_close")]
    help_topic = GENERAL

    def __init__(self, topic: str, keys: list[KeyHelp]) -> None:
        super().__init__()
        self.topic = topic
        self.keys = keys

    def compose(self) -> ComposeResult:
        # The whole dialog scrolls, so nothing is out of reach on a small terminal;
        # the title and the way out sit on its border, always in view.
        dialog = VerticalScroll(classes="dialog help-dialog")
        dialog.border_title = help_title(self.topic)
        dialog.border_subtitle = t("help.close_hint")
        with dialog, Horizontal(classes="help-columns"):
            yield Static(Text(help_text(self.topic)), classes="help-text")
            with Vertical(classes="help-keys-column"):
                yield Static(t("help.keys"), classes="heading")
                yield Static(self.key_table(), classes="help-keys")
        # Its own footer covers the keys of the screen behind, which do not work here.
        yield KeysFooter()

    def key_table(self) -> Table | Text:
        if not self.keys:
            return Text(t("help.no_keys"))
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key in self.keys:
            table.add_row(Text(key.keys), Text(key.description))
        return table

    def on_mount(self) -> None:
        self.query_one(".help-dialog").focus()

    def action_close(self) -> None:
        self.dismiss(None)


def toggle_help(app: App[Any]) -> None:
    """Open the help for the screen in front, or close the help if it is the one in front."""
    screen = app.screen
    if isinstance(screen, HelpScreen):
        screen.dismiss(None)
        return
    app.push_screen(HelpScreen(help_topic(screen), keys_of(screen)))
