"""Each screen brings its own stylesheet: the client list parses only the chrome and its own rules,
and no rule styles an id or a class the code never sets."""

from __future__ import annotations

import re
from pathlib import Path

from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.app import BreakupApp
from breakup_tui.ui.stylesheets import STYLES
from tests.helpers import press, settle

PACKAGE = Path(__file__).resolve().parent.parent / "breakup_tui"
SHEETS = [PACKAGE / "ui" / "app.tcss", *sorted(STYLES.glob("*.tcss"))]
# Classes Textual itself sets on its widgets: the footer's palette key, and component classes (a--b).
TEXTUAL_CLASSES = {"-command-palette"}


def loaded_sheets(app: BreakupApp) -> set[str]:
    return {sheet.stem for sheet in STYLES.glob("*.tcss") if app.stylesheet.has_source(str(sheet), "")}


async def test_the_client_list_loads_only_its_own_stylesheet(store: ClientStore) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert loaded_sheets(app) == {"home"}
        await press(pilot, "n")
        await settle(pilot)
        assert loaded_sheets(app) == {"home", "dialogs"}


async def test_the_wizard_brings_the_step_and_letter_rules_with_it(store: ClientStore) -> None:
    store.create(Plan.new("Acme Studio"))
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        await settle(pilot)
        assert app.screen.query("TaskList")
        assert {"wizard", "steps", "letter"} <= loaded_sheets(app)
        assert "wrapup" not in loaded_sheets(app)


def selectors(sheet: Path) -> str:
    css = re.sub(r"/\*.*?\*/", "", sheet.read_text(), flags=re.S)
    return "\n".join(re.findall(r"^([^{}]+)\{", css, re.M))


def string_literals() -> list[str]:
    code = "\n".join(path.read_text() for path in PACKAGE.rglob("*.py"))
    return re.findall(r"\"([^\"\n]*)\"|'([^'\n]*)'", code)  # type: ignore[arg-type]


def test_every_id_and_class_in_a_stylesheet_is_set_by_the_code() -> None:
    """A rule for a name no widget carries is dead weight every start pays to parse."""
    words = {word for pair in string_literals() for text in pair for word in re.split(r"[\s#.,>]+", text)}
    for sheet in SHEETS:
        names = set(re.findall(r"[#.]([A-Za-z_-][\w-]*)", selectors(sheet)))
        assert names, sheet.name
        dead = sorted(n for n in names - TEXTUAL_CLASSES if n not in words and "--" not in n)
        assert not dead, f"{sheet.name}: {dead}"


def test_no_screen_rule_is_left_in_the_chrome() -> None:
    """app.tcss is parsed at every start: it holds the top bar, the footer and shared classes only."""
    chrome = selectors(PACKAGE / "ui" / "app.tcss")
    for screen_only in ("WizardScreen", "Form", "#clients", ".dialog", "#letter", "Wrap"):
        assert screen_only not in chrome, screen_only
