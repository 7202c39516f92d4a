"""``make screenshots``: the gallery scenes as SVG files in screenshots/<language>/, for the README.

The scenes are the snapshot tests' own (tests/scenes.py), so the pictures
show exactly what the tests check. Dates are pinned like in the tests, and
every file is written in a temporary folder: your own clients are never shown.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from breakup_tui.app import BreakupApp
from breakup_tui.core import clock
from breakup_tui.core.i18n import set_language
from breakup_tui.core.plan import LANGUAGES
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from tests.conftest import NOW, TODAY
from tests.scenes import SCENES, Scene

OUT = Path(__file__).resolve().parent.parent / "screenshots"
SIZE = (100, 30)


@contextmanager
def pinned_clock() -> Iterator[None]:
    with mock.patch.object(clock, "today", lambda: TODAY), mock.patch.object(clock, "now", lambda: NOW):
        yield


async def capture(scene: Scene, language: str, size: tuple[int, int] = SIZE) -> str:
    """The scene as an SVG, taken the way the snapshot plugin takes it."""
    with tempfile.TemporaryDirectory(prefix="breakup-tui-shot-") as folder:
        store = ClientStore(locate(Path(folder) / "data", Path(folder) / "config"))
        (Path(folder) / "home").mkdir()
        app = scene.app(store, language)
        # The export dialog suggests a path in the home folder: not yours, and the same everywhere.
        with mock.patch.dict(os.environ, {"HOME": str(Path(folder) / "home")}):
            return await shoot(app, scene, size)


async def shoot(app: BreakupApp, scene: Scene, size: tuple[int, int]) -> str:
    async with app.run_test(size=size) as pilot:
        await scene.run_before(pilot)
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        return app.export_screenshot(title="breakup-tui", simplify=True)


def write_gallery(
    out: Path = OUT, languages: Iterable[str] = LANGUAGES, scenes: Iterable[Scene] = SCENES
) -> list[Path]:
    written = []
    gallery = [scene for scene in scenes if scene.gallery]
    with pinned_clock():
        try:
            for language in languages:
                (out / language).mkdir(parents=True, exist_ok=True)
                for scene in gallery:
                    path = out / language / f"{scene.name}.svg"
                    path.write_text(asyncio.run(capture(scene, language)), encoding="utf-8")
                    written.append(path)
        finally:
            set_language("en")
    return written


def main() -> int:
    for path in write_gallery():
        print(path.relative_to(OUT.parent), file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
