"""Every button of the client list's dialogs shows its whole label on one line at 80×24, in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.cells import cell_len
from textual.app import App
from textual.screen import Screen
from textual.widgets import Button, DataTable

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import STEP_IDS, Verdict
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.commitment import CommitmentDialog
from breakup_tui.ui.dialogs.referral_picker import ReferralPicker
from tests.conftest import Dirs
from tests.factories import filled_plan
from tests.helpers import app_at, press, screen_text, settle, with_sender


def cut_buttons(app: App[object]) -> list[str]:
    """The labels of the buttons on screen that are cut, wrapped or outside the screen."""
    shown = screen_text(app)
    screen = app.screen.region
    cut = []
    for button in app.screen.query(Button):
        if not button.display:
            continue
        label = str(button.label)
        content = button.content_region
        whole = content.width >= cell_len(label) and content.height == 1
        if not whole or label not in shown or not screen.contains_region(button.region):
            cut.append(f"{label!r} in {content}")
    return cut


def commitment(app: BreakupApp) -> Screen[object]:
    plan = filled_plan()
    plan.waffle.commitment = "I will not take on new work for Acme after the last day."
    return CommitmentDialog(plan, Verdict.KEEP)


def referral_picker(app: BreakupApp) -> Screen[object]:
    return ReferralPicker(app.locations, [])


# Dialogs opened by their keys from the client list, or pushed (those a step opens).
BY_KEY = {"settings": "s", "export": "x", "new client": "n", "rename": "r", "edit": "e", "delete": "delete"}
PUSHED: dict[str, Callable[[BreakupApp], Screen[object]]] = {
    "commitment guard": commitment,
    "referral picker": referral_picker,
}


@pytest.mark.parametrize("language", ["en", "it"])
async def test_no_button_label_is_cut_in_the_dialogs(store: ClientStore, language: str) -> None:
    store.create(filled_plan())
    app = BreakupApp(lang=language)
    found: dict[str, list[str]] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        found["home"] = cut_buttons(app)
        for name, key in BY_KEY.items():
            await press(pilot, key)
            await settle(pilot)
            found[name] = cut_buttons(app)
            await press(pilot, "escape")
            await settle(pilot)
        for name, make in PUSHED.items():
            await app.push_screen(make(app))
            await settle(pilot)
            found[name] = cut_buttons(app)
            app.pop_screen()
            await settle(pilot)
    assert {name: cut for name, cut in found.items() if cut} == {}


async def test_the_empty_client_list_has_no_cut_button(store: ClientStore) -> None:
    app = BreakupApp(lang="it")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(DataTable).row_count == 0
        assert cut_buttons(app) == []


def cut_in_layout(app: App[object]) -> list[str]:
    """Buttons laid out narrower than their label, or past their row's right edge, seen or scrolled away."""
    cut = []
    for button in app.screen.query(Button):
        if not button.display or not all(node.display for node in button.ancestors_with_self[1:-1]):
            continue
        label = str(button.label)
        size, row = button.content_size, button.parent.content_size  # type: ignore[union-attr]
        if size.width < cell_len(label) or size.height != 1 or button.virtual_region.right > row.width:
            cut.append(label)
    return cut


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("step", STEP_IDS)
async def test_no_button_label_is_cut_in_a_step(
    store: ClientStore, dirs: Dirs, step: str, language: str
) -> None:
    with_sender(dirs)
    # Its own wording everywhere, so the replace-or-append buttons show too.
    app, _stem = app_at(store, step, filled_plan(), lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "WizardScreen"
        assert cut_in_layout(app) == []


@pytest.mark.parametrize("language", ["en", "it"])
async def test_the_settings_fields_stand_out_from_the_dialog(language: str) -> None:
    app = BreakupApp(lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        await settle(pilot)
        dialog = app.screen.query_one("#settings-dialog")
        behind = dialog.styles.background
        fields = [w for w in app.screen.query("Input, Select > SelectCurrent, TextArea") if w.display]
        assert len(fields) == 8
        # Every field, focused or not, is a box of its own colour, clearly apart from the dialog's.
        shades = {w.id or type(w).__name__: (behind + w.styles.background).brightness for w in fields}
        assert {name: shade for name, shade in shades.items() if abs(shade - behind.brightness) < 0.05} == {}
