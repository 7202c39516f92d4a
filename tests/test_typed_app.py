"""Screens and widgets reach the app through typed means, and translate their keys by themselves."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen

import breakup_tui.ui
from breakup_tui.app import BreakupApp
from breakup_tui.ui.dialogs.confirm import ConfirmDialog
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.main_screen import MainScreen
from tests.helpers import settle

UI = Path(breakup_tui.ui.__file__).parent
# Reading an attribute of the app by its name hides from the type checker what a screen needs.
APP_BY_NAME = re.compile(r"getattr\(\s*(self\.)?app\b")


def ui_classes() -> list[type]:
    classes: list[type] = []
    for info in pkgutil.walk_packages(breakup_tui.ui.__path__, "breakup_tui.ui."):
        module = importlib.import_module(info.name)
        classes += [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == info.name]
    return classes


def test_no_screen_or_widget_reads_the_app_by_attribute_name() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if APP_BY_NAME.search(line)
    ]
    assert not found, f"ask the app through ui/app_state.py or a message instead: {found}"


def test_every_class_with_key_descriptions_translates_them_itself() -> None:
    untranslated = [
        cls.__qualname__
        for cls in ui_classes()
        if issubclass(cls, DOMNode)
        and not issubclass(cls, App)
        and any(isinstance(b, Binding) and b.description for b in cls.__dict__.get("BINDINGS", []))
        and not issubclass(cls, Localized)
    ]
    assert not untranslated, f"derive these from Localized: {untranslated}"


async def test_a_dialog_built_plainly_names_its_keys_in_the_interface_language() -> None:
    app = BreakupApp(lang="it")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(ConfirmDialog("Titolo", "Testo", confirm_label="Sì"))
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        # What a footer or Textual's key panel would print for esc.
        escape = app.screen.active_bindings["escape"].binding
        assert escape.description == "Annulla"


def test_the_help_and_palette_keys_of_full_screens_are_declared_once() -> None:
    app_actions = {"app.help", "app.command_palette"}
    declaring = [
        cls.__qualname__
        for cls in ui_classes()
        if any(isinstance(b, Binding) and b.action in app_actions for b in cls.__dict__.get("BINDINGS", []))
    ]
    assert declaring == ["MainScreen"]
    full_screens = [
        cls for cls in ui_classes() if issubclass(cls, Screen) and not issubclass(cls, ModalScreen)
    ]
    assert full_screens and all(issubclass(cls, MainScreen) for cls in full_screens)
