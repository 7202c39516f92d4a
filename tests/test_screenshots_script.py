"""``make screenshots`` writes the gallery from the snapshot scenes (checked on one scene, to stay quick)."""

from __future__ import annotations

from pathlib import Path

from tests.scenes import SCENES, SCENES_BY_NAME
from tests.screenshots import write_gallery


def test_a_gallery_scene_is_written_as_svg(tmp_path: Path) -> None:
    [path] = write_gallery(tmp_path, languages=["it"], scenes=[SCENES_BY_NAME["home"]])
    assert path == tmp_path / "it" / "home.svg"
    svg = path.read_text()
    assert svg.startswith("<svg") and "Bellavista" in svg


def test_the_gallery_holds_the_home_screen_and_every_step() -> None:
    gallery = [scene.name for scene in SCENES if scene.gallery]
    assert gallery[0] == "home"
    assert [name for name in gallery if name.startswith("step-")] == [
        "step-1-decide",
        "step-2-converse",
        "step-3-notice",
        "step-4-options",
        "step-5-waffle",
        "step-6-thank",
        "step-7-writing",
    ]
