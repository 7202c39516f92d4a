"""The footer builds its keys again only when the keys it shows change (ui/widgets/keys_footer.py).

Textual's footer rebuilds every key whenever a screen's bindings may have changed: each Tab
in a form, each start of a screen, several times for the very same keys.
"""

from __future__ import annotations

from textual.widgets import Input, TextArea

from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.widgets.keys_footer import KeysFooter
from tests.conftest import Dirs
from tests.helpers import app_at, letter_app, press, settle, tab_to


def footer_keys(app: object) -> list[object]:
    return list(app.screen.query_one(KeysFooter).query("FooterKey"))  # type: ignore[attr-defined]


async def test_tab_between_fields_with_the_same_keys_keeps_the_footer_as_it_is(
    store: ClientStore,
) -> None:
    app, _ = app_at(store, "notice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        first_field = app.focused
        assert isinstance(first_field, Input)  # the notice in weeks
        before = footer_keys(app)
        assert before
        await press(pilot, "tab")
        await settle(pilot)
        assert isinstance(app.focused, Input) and app.focused is not first_field  # the contract's days
        assert footer_keys(app) == before  # the very same key widgets, not rebuilt


async def test_a_field_with_other_keys_gets_them_in_the_footer(store: ClientStore, dirs: Dirs) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#letter-subject")
        await settle(pilot)
        shown = {key.key for key in footer_keys(app)}  # type: ignore[attr-defined]
        assert "ctrl+e" not in shown  # the external editor takes long texts only
        await press(pilot, "tab")
        await settle(pilot)
        assert isinstance(app.focused, TextArea)
        assert "ctrl+e" in {key.key for key in footer_keys(app)}  # type: ignore[attr-defined]


async def test_the_client_list_builds_its_footer_once_on_start(store: ClientStore) -> None:
    from breakup_tui.app import BreakupApp

    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        first = footer_keys(app)
        assert first
        await pilot.pause(0.1)
        await settle(pilot)
        assert footer_keys(app) == first
