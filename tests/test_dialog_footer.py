"""A dialog shows its own keys at the bottom, not those of the client list behind it."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import set_language, t
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.client_form import ClientFormDialog
from breakup_tui.ui.dialogs.record import RecordDialog
from tests.helpers import app_at, press, screen_text, settle, tab_to


@pytest.mark.parametrize("language", ["en", "it"])
async def test_the_new_client_dialog_hides_the_list_keys(store: ClientStore, language: str) -> None:
    store.create(Plan.new("Acme Studio"))  # a client selected: the list's keys for it are shown
    set_language(language)
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        list_keys = [f"n {t('home.key_new')}", f"x {t('home.key_export')}"]
        before = screen_text(app)
        assert all(key in before for key in list_keys)
        await press(pilot, "n")
        await settle(pilot)
        assert isinstance(app.screen, ClientFormDialog)
        assert isinstance(app.focused, Input)
        shown = screen_text(app)
        assert not [key for key in list_keys if key in shown]
        assert f"esc {t('common.cancel')}" in shown
        await press(pilot, "escape")
        await settle(pilot)
        assert not isinstance(app.screen, ClientFormDialog)


@pytest.mark.parametrize("language", ["en", "it"])
async def test_help_shows_its_own_key_instead_of_the_list_keys(language: str) -> None:
    set_language(language)
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "f1")
        await settle(pilot)
        shown = screen_text(app).splitlines()[-1]
        assert f"esc {t('help.key_close')}" in shown
        assert f"n {t('home.key_new')}" not in shown  # n does nothing while help is open


@pytest.mark.parametrize("language", ["en", "it"])
async def test_a_record_dialog_hides_the_step_keys(store: ClientStore, language: str) -> None:
    app, _ = app_at(store, "notice", lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#projects")
        await press(pilot, "a")
        await settle(pilot)
        assert isinstance(app.screen, RecordDialog)
        shown = screen_text(app).splitlines()[-1]
        assert f"esc {t('common.cancel')}" in shown
        assert t("wizard.key_next") not in shown  # alt+→ does nothing over the dialog
        assert t("wizard.key_done") not in shown
