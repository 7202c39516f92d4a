"""Every key a screen's footer offers is there to read at 80×24, in English and Italian.

The footer is one row; what does not fit is cut off at the right ("esc Hom"), which
hides a key the screen promises. The keys shown change with the focus (the letter
editor adds ctrl+e, for one), so each step is checked at every stop Tab reaches.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Footer

from breakup_tui.core.plan import STEP_IDS
from breakup_tui.store.clients import ClientStore
from tests.conftest import Dirs
from tests.factories import filled_plan
from tests.helpers import app_at, press, settle, with_sender

SIZE = (80, 24)
MOST_STOPS = 40


def cut_keys(footer: Footer) -> list[str]:
    """The footer's keys drawn narrower than their text, or under the palette's key at its right."""
    keys = list(footer.query("FooterKey"))
    palette = [key for key in keys if key.action.endswith("command_palette")]
    edge = palette[0].region.x if palette else footer.region.right
    return [
        f"{key.key_display} {key.description}".strip()
        for key in keys
        if key not in palette and (key.region.right > edge or key.region.width < key.render().cell_len)
    ]


async def footers_at_every_stop(pilot: Any) -> dict[str, list[str]]:
    """For each focus stop Tab reaches, the footer keys it cuts (empty when all fit)."""
    app = pilot.app
    found: dict[str, list[str]] = {}
    first = app.focused
    for _ in range(MOST_STOPS):
        where = repr(app.focused)
        found[where] = cut_keys(app.screen.query_one(Footer))
        await press(pilot, "tab")
        await settle(pilot)
        if app.focused is first:
            break
    return found


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("step", STEP_IDS)
async def test_a_steps_footer_keys_all_fit_at_80_columns(
    store: ClientStore, dirs: Dirs, step: str, language: str
) -> None:
    with_sender(dirs)
    app, _stem = app_at(store, step, filled_plan("Acme Studio"), lang=language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "WizardScreen"
        found = await footers_at_every_stop(pilot)
        assert len(found) > 1
        assert {where: keys for where, keys in found.items() if keys} == {}
