"""Each dialog's footer and F1 help show the keys that work in the dialog, not the client list's behind it."""

from __future__ import annotations

import pytest

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import t
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.help import HelpScreen
from tests.factories import filled_plan
from tests.helpers import press, screen_text, settle
from tests.test_button_labels import BY_KEY, PUSHED
from tests.test_help import shown_help


def list_keys() -> list[str]:
    return [f"n {t('home.key_new')}", f"x {t('home.key_export')}", f"del {t('home.key_delete')}"]


@pytest.mark.parametrize("language", ["en", "it"])
async def test_every_dialog_shows_its_own_keys(store: ClientStore, language: str) -> None:
    store.create(filled_plan())
    app = BreakupApp(lang=language)
    wrong: dict[str, list[str]] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert all(key in screen_text(app) for key in list_keys())
        cancel = f"esc {t('common.cancel')}"
        openers = [(name, key, None) for name, key in BY_KEY.items()]
        openers += [(name, None, make) for name, make in PUSHED.items()]
        for name, key, make in openers:
            if key is not None:
                await press(pilot, key)
            elif make is not None:
                await app.push_screen(make(app))
            await settle(pilot)
            dialog = app.screen
            # The client list's footer is hidden only by a footer of the dialog's own.
            footer = screen_text(app)
            problems = [key for key in list_keys() if key in footer]
            if cancel not in footer:
                problems.append(f"no {cancel!r} in the footer")
            await press(pilot, "f1")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            _title, _text, keys = shown_help(app)
            problems += [f"help: {key}" for key in list_keys() if key in keys]
            if cancel not in keys:
                problems.append(f"help: no {cancel!r}")
            await press(pilot, "escape")
            await settle(pilot)
            assert app.screen is dialog
            await press(pilot, "escape")
            await settle(pilot)
            if problems:
                wrong[name] = problems
    assert wrong == {}
