"""Every screen and dialog at 80×24 in English and Italian; a few at 120×40 and 60×20, and in a light theme.

The scenes are shared with ``make screenshots`` (tests/scenes.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from breakup_tui.store.clients import ClientStore
from tests.scenes import SCENES, SCENES_BY_NAME

# Every scene in both languages at 80×24; each picture was looked at before it was accepted.
SCENE_NAMES = [scene.name for scene in SCENES]


@pytest.fixture(autouse=True)
def same_home_everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The export dialog suggests a path in the home folder: the same one on every machine."""
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.mark.parametrize("name", SCENE_NAMES)
def test_scene_80x24(name: str, snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    scene = SCENES_BY_NAME[name]
    assert snap_compare(scene.app(store, "en"), terminal_size=(80, 24), run_before=scene.run_before)


@pytest.mark.parametrize("name", ["home", "step-3-notice", "step-7-writing", "help-notice", "demo"])
def test_scene_120x40(name: str, snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    scene = SCENES_BY_NAME[name]
    assert snap_compare(scene.app(store, "en"), terminal_size=(120, 40), run_before=scene.run_before)


@pytest.mark.parametrize("name", ["home", "step-3-notice", "help-notice", "demo", "new-client"])
def test_scene_60x20(name: str, snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    scene = SCENES_BY_NAME[name]
    assert snap_compare(scene.app(store, "en"), terminal_size=(60, 20), run_before=scene.run_before)


@pytest.mark.parametrize("name", ["home", "step-3-notice", "help-notice", "new-client", "commitment-guard"])
def test_scene_light_theme(name: str, snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    scene = SCENES_BY_NAME[name]
    app = scene.app(store, "en", theme="textual-light")
    assert snap_compare(app, terminal_size=(80, 24), run_before=scene.run_before)


@pytest.mark.parametrize("name", SCENE_NAMES)
def test_scene_in_italian(name: str, snap_compare, store: ClientStore) -> None:  # type: ignore[no-untyped-def]
    scene = SCENES_BY_NAME[name]
    assert snap_compare(scene.app(store, "it"), terminal_size=(80, 24), run_before=scene.run_before)
