"""The client list's footer offers only keys that work: none that act on a client while no client
is shown, and not / while the filter it opens is being typed in."""

from __future__ import annotations

import pytest

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import catalogue
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.home import HomeScreen
from tests.helpers import press, settle

LANGUAGES = ["en", "it"]


def footer_line(app: BreakupApp) -> str:
    footer = app.screen.query_one("KeysFooter")
    return " ".join(f"{key.key_display} {key.description}" for key in footer.query("FooterKey"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_keys_for_a_client_leave_the_footer_with_the_last_client_and_come_back_with_undo(
    store: ClientStore, language: str
) -> None:
    store.create(Plan.new("Acme Studio"))
    words = catalogue(language)
    for_a_client = [
        words.t(key) for key in ("home.key_open", "home.key_rename", "home.key_delete", "home.key_export")
    ]
    app = BreakupApp(lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert all(name in footer_line(app) for name in for_a_client)
        await press(pilot, "delete", "tab", "enter")  # delete, and confirm
        await settle(pilot)
        assert store.stems() == []
        shown = footer_line(app)
        assert not any(name in shown for name in for_a_client), shown
        assert words.t("home.key_new") in shown
        await press(pilot, "enter", "r", "x")  # nothing to open, rename or export: nothing happens
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)

        await press(pilot, "u")
        await settle(pilot)
        assert store.stems() != []
        assert app.focused is app.screen.query_one("#clients")  # the keys work on the row at once
        assert all(name in footer_line(app) for name in for_a_client)
        await press(pilot, "enter")
        await settle(pilot)
        assert not isinstance(app.screen, HomeScreen)  # the restored client opened


@pytest.mark.parametrize("language", LANGUAGES)
async def test_slash_leaves_the_footer_while_the_filter_is_typed_in(
    store: ClientStore, language: str
) -> None:
    store.create(Plan.new("Acme Studio"))
    words = catalogue(language)
    filter_key = f"/ {words.t('home.key_filter')}"
    app = BreakupApp(lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert filter_key in footer_line(app)
        await press(pilot, "slash")
        await settle(pilot)
        assert filter_key not in footer_line(app)
        await press(pilot, "escape")
        await settle(pilot)
        assert filter_key in footer_line(app)
