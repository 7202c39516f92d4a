"""The palette's Screenshot saves to a folder that exists and says where, or says in one line why not."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from breakup_tui.app import BreakupApp
from tests.helpers import settle, toasts
from tests.test_palette import open_palette_and_run


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with no Downloads (nor Documents) in it."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DOWNLOAD_DIR", "XDG_DOCUMENTS_DIR"):
        monkeypatch.delenv(name, raising=False)
    return home


async def take_screenshot(app: BreakupApp, pilot: object) -> None:
    await open_palette_and_run(pilot, "screenshot")
    await pilot.pause(0.3)  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "saved"), [("en", "Screenshot saved"), ("it", "Screenshot salvato")])
async def test_the_screenshot_lands_in_a_folder_that_exists(home: Path, language: str, saved: str) -> None:
    app = BreakupApp(lang=language)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await take_screenshot(app, pilot)
        [picture] = list(home.glob("*.svg"))
        assert picture.read_text(encoding="utf-8").startswith("<svg")
        [toast] = toasts(app)
        assert saved in toast and picture.name in toast


async def test_a_screenshot_that_cannot_be_saved_says_why(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = BreakupApp()

    def full_disk(*_args: object, **_kwargs: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(app, "save_screenshot", full_disk)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await take_screenshot(app, pilot)
        [toast] = toasts(app)
        assert "No space left on device" in toast and str(home) in toast
        assert "\n" not in toast.strip()
