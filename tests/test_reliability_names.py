"""Hostile names and text: shown as typed, never obeyed, never outside the data folder, kept exactly.

"Never obeyed" is checked on what reaches the terminal (`screen_text` in tests/helpers.py):
no control character, and markup still visible as the brackets the user typed.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input, Static

from breakup_tui.app import BreakupApp
from breakup_tui.cli import main
from breakup_tui.core.codec import plan_to_data
from breakup_tui.core.plan import STEP_IDS, Plan, Verdict
from breakup_tui.core.printable import printable
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.client_form import ClientFormDialog
from breakup_tui.ui.dialogs.commitment import CommitmentDialog
from breakup_tui.ui.dialogs.confirm import ConfirmDialog
from breakup_tui.ui.dialogs.record import RecordDialog
from breakup_tui.ui.home import HomeScreen
from breakup_tui.ui.widgets.fields import NotesField, TextField
from breakup_tui.ui.widgets.record_table import RecordEditor
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.factories import hostile_plan
from tests.helpers import add_client, press, screen_text, settle, toasts

MARKUP = [
    "[bold]Acme[/]",
    "[/]",
    "[link=https://evil.example]click me[/link]",
    "[red on blue]loud",
    "[@click=app.quit]x",
]
ESCAPES = [
    "\x1b[31mred\x1b[0m",
    "\x1b]0;new window title\x07",
    "\x1b[2J\x1b[H cleared",
    "\x9b2J one-byte CSI",
    "bell\x07 backspace\x08 nul\x00 del\x7f",
    "tab\tnew\nline\rreturn",
]
SCRIPTS = ["\u202eevil.exe\u202c", "\u200fשלום\u200e", "مرحبا", "emoji 👨‍👩‍👧 🙂 🏳️‍🌈", "Zalgo Z̷̢͎̈́a̵̰͝l̸̩̓g̴̱̈́ő̸̜"]
PATHS = ["..", ".", "../../etc/passwd", "/", "/etc/passwd", "\\", "..\\..\\windows", "C:", "C:\\Windows", "~"]
RESERVED = ["CON", "NUL", "nul.txt", "COM1", "LPT9", "AUX", ".hidden", "-rf", "$HOME", "%APPDATA%"]
OTHER = ["' OR 1=1 --", 'name = "x"\n[client]', "]]", "{name}", "%s%n", "x" * 10_000]
NAMES = MARKUP + ESCAPES + SCRIPTS + PATHS + RESERVED + OTHER
# Every dialog shows a name the same way: they are opened for one name holding every hostile piece
# at once, one of each kind that must stay visible as typed, and the longest.
ALL_IN_ONE = " ".join(NAMES[:-1])
IN_DIALOGS = [ALL_IN_ONE, MARKUP[0], MARKUP[2], ESCAPES[0], OTHER[-1]]

# What must never reach the terminal: C0 controls but the line break, DEL, C1, bidi overrides.
OBEYED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_nothing_obeyed(text: str, where: str) -> None:
    found = OBEYED.search(text)
    assert found is None, f"{where}: {found[0]!r} would reach the terminal" if found else ""


def files_outside(dirs: Dirs) -> list[str]:
    root = dirs.data.parent
    return [
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and dirs.data not in p.parents and dirs.config not in p.parents
    ]


def test_every_hostile_name_round_trips_and_stays_inside(
    store: ClientStore,
    dirs: Dirs,
    capsys: pytest.CaptureFixture[str],
    record_figures: Callable[[str, dict[str, object]], None],
) -> None:
    stems = {store.create(Plan.new(name)): name for name in NAMES}
    assert len(stems) == len(NAMES)
    for stem, name in stems.items():
        path = store.path_of(stem)
        assert path.parent == store.folder and path.resolve().parent == store.folder.resolve()
        assert tomllib.loads(path.read_text(encoding="utf-8"))["client"]["name"] == name
        assert store.load(stem).plan.client.name == name
    assert files_outside(dirs) == []

    assert main(["list", "--json"]) == 0
    out = capsys.readouterr().out
    assert_nothing_obeyed(out, "list --json")
    assert sorted(entry["name"] for entry in json.loads(out)) == sorted(NAMES)
    assert main(["list"]) == 0
    assert_nothing_obeyed(capsys.readouterr().out, "list")
    record_figures("names", {"hostile_names": len(NAMES)})


async def test_hostile_names_on_the_home_screen_in_dialogs_and_the_wizard(
    store: ClientStore, dirs: Dirs
) -> None:
    stems = {store.create(Plan.new(name)): name for name in [*NAMES, ALL_IN_ONE]}
    before = {stem: store.path_of(stem).read_bytes() for stem in stems}
    app = BreakupApp()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#clients", DataTable)
        assert table.row_count == len(stems)
        for row in range(len(stems)):
            table.move_cursor(row=row)
            await pilot.pause()
            home = app.screen
            assert isinstance(home, HomeScreen)
            stem = home.selected_stem()
            assert stem is not None
            name = stems[stem]
            shown = printable(name)
            assert str(table.get_row_at(row)[0]) == shown
            assert_nothing_obeyed(screen_text(app), f"home, row {name!r}")
            if name not in IN_DIALOGS:
                continue

            await press(pilot, "r")
            await pilot.pause()
            assert isinstance(app.screen, ClientFormDialog)
            assert app.screen.query_one("#name", Input).value == shown
            assert_nothing_obeyed(screen_text(app), f"rename {name!r}")
            await press(pilot, "escape")

            await press(pilot, "delete")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            assert shown in str(app.screen.query_one(".dialog > .heading", Static).render())
            assert_nothing_obeyed(screen_text(app), f"delete {name!r}")
            await press(pilot, "escape")

            await press(pilot, "enter")
            await pilot.pause()
            assert isinstance(app.screen, WizardScreen)
            text = screen_text(app)
            assert_nothing_obeyed(text, f"wizard {name!r}")
            if name in MARKUP or name in ESCAPES[:1]:
                # Shown literally: markup interpreted or an escape obeyed would leave these out.
                assert shown in text, f"{name!r} is not shown as typed"
            await press(pilot, "escape")
            await settle(pilot)
        assert_nothing_obeyed("".join(toasts(app)), "notifications")
    assert {stem: store.path_of(stem).read_bytes() for stem in stems} == before
    assert files_outside(dirs) == []


async def test_typed_and_pasted_hostile_names_are_created_and_renamed_exactly(
    store: ClientStore, dirs: Dirs
) -> None:
    typed = "[link=x]y[/link] ../C:\\CON"
    pasted = "[/] NUL \u202e 🙂 ~/.."
    app = BreakupApp()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await add_client(pilot, typed)
        assert isinstance(app.screen, WizardScreen)
        await press(pilot, "escape")
        await settle(pilot)
        await press(pilot, "r")
        await pilot.pause()
        field = app.screen.query_one("#name", Input)
        field.value = ""
        field.post_message(events.Paste(pasted))
        await pilot.pause()
        await press(pilot, "enter")
        await settle(pilot)
        assert any(printable(pasted) in message for message in toasts(app))
        assert_nothing_obeyed(screen_text(app), "after the rename")
    [path] = list(store.folder.glob("*.toml"))
    assert tomllib.loads(path.read_text(encoding="utf-8"))["client"]["name"] == pasted
    assert files_outside(dirs) == []


@pytest.mark.parametrize(
    "text", [MARKUP[2], ESCAPES[0] + ESCAPES[3] + SCRIPTS[0], OTHER[-1]], ids=["markup", "escapes", "10k"]
)
async def test_hostile_text_in_every_field_through_every_step(store: ClientStore, text: str) -> None:
    stem = store.create(hostile_plan(text))
    app = BreakupApp(open_client=stem)
    # A tall screen, so that every field of the longest step is on it (only what is shown is checked).
    async with app.run_test(size=(120, 100), notifications=True) as pilot:
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        records_opened = 0
        for step in STEP_IDS:
            wizard.go_to(step)
            await settle(pilot)
            await pilot.pause()  # a form may open a dialog of its own once shown (the letter asks who signs)
            assert_nothing_obeyed(screen_text(app), f"step {step}")
            for editor in wizard.query(RecordEditor):
                editor.table.focus()
                await press(pilot, "enter")
                await pilot.pause()
                assert isinstance(app.screen, RecordDialog), f"editing a record at {step}"
                assert_nothing_obeyed(screen_text(app), f"editing a record at {step}")
                records_opened += 1
                await press(pilot, "escape")
                await pilot.pause()
        assert records_opened >= 3  # incidents, projects, invoices
        wizard.action_review()
        await settle(pilot)
        assert_nothing_obeyed(screen_text(app), "check your answers")
        await press(pilot, "escape")
        await pilot.pause()
        app.push_screen(CommitmentDialog(wizard.plan, Verdict.KEEP))
        await pilot.pause()
        assert_nothing_obeyed(screen_text(app), "the commitment guard")
        await press(pilot, "escape")
    # Moving between steps saves where the user is; every text is still exactly what it was.
    saved, expected = plan_to_data(store.load(stem).plan), plan_to_data(hostile_plan(text))
    saved.pop("progress"), expected.pop("progress")
    assert saved == expected


class HostileFieldsApp(App[None]):
    """The shared field widgets every step form is built from, holding hostile text from a file."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.committed: list[str] = []

    def compose(self) -> ComposeResult:
        yield TextField("Name", self.text, self.committed.append)
        yield NotesField("Notes", self.text, self.committed.append)


async def test_the_shared_fields_show_hostile_text_without_obeying_or_changing_it() -> None:
    app = HostileFieldsApp(ALL_IN_ONE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert_nothing_obeyed(screen_text(app), "text fields")
        assert "[bold]Acme[/]" in screen_text(app)
        assert app.committed == []  # shown, not rewritten: the file keeps the text until the user edits
