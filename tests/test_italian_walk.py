"""Every screen and dialog under --lang it: no English interface words left on screen.

The walk reuses the scenes of the snapshot tests (tests/scenes.py), at 120×40
so that nothing is cut, and compares each screen's text with the English
catalogue: a phrase the English catalogue says, that the Italian one says
differently, must not be on an Italian screen. Textual's own English key names
are checked too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from breakup_tui.core.i18n import catalogue
from breakup_tui.store.clients import ClientStore
from tests.helpers import screen_text
from tests.scenes import SCENES, SCENES_BY_NAME

# Words Textual itself shows in English unless the app names them.
TEXTUAL_WORDS = ["Dismiss menu", "Search for commands", "Quit the application", "Toggle"]
# Sections that are not interface text: the tone rules' internals.
NOT_INTERFACE = ("tone.rules",)
_PHRASE = re.compile(r"[A-Za-z][A-Za-z' ]{2,}[A-Za-z]")


def english_phrases() -> set[str]:
    """Pieces of English interface text (between placeholders) that Italian says differently."""
    en, it = catalogue("en").messages, catalogue("it").messages
    phrases: set[str] = set()
    for key, text in en.items():
        if not isinstance(text, str) or key.startswith(NOT_INTERFACE) or text == it.get(key):
            continue
        for piece in re.split(r"\{[^}]*\}", text):
            for phrase in _PHRASE.findall(piece):
                # Two words or more: single words ("Files", "Email") are shared too often to tell.
                if len(phrase.split()) >= 2:
                    phrases.add(phrase.strip())
    return phrases


@pytest.fixture(autouse=True)
def same_home_everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


async def english_on_screen(name: str, store: ClientStore, language: str) -> list[str]:
    scene = SCENES_BY_NAME[name]
    app = scene.app(store, language)
    async with app.run_test(size=(120, 40)) as pilot:
        await scene.run_before(pilot)
        text = screen_text(app)
    english = english_phrases() | set(TEXTUAL_WORDS)
    return sorted(p for p in english if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text))


@pytest.mark.parametrize("name", [scene.name for scene in SCENES])
async def test_no_english_left_on_an_italian_screen(name: str, store: ClientStore) -> None:
    assert await english_on_screen(name, store, "it") == []


async def test_the_walk_would_see_english_if_it_were_there(store: ClientStore) -> None:
    # The same screen in English is full of the phrases the walk looks for.
    assert len(await english_on_screen("step-3-notice", store, "en")) >= 5
