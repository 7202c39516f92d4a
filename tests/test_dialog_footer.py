"""A dialog shows its own keys at the bottom, not those of the client list behind it."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import set_language, t
from breakup_tui.ui.dialogs.client_form import ClientFormDialog
from tests.helpers import press, screen_text, settle


@pytest.mark.parametrize("language", ["en", "it"])
async def test_the_new_client_dialog_hides_the_list_keys(language: str) -> None:
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
