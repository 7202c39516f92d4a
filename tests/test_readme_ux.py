"""The README's Keys table and gallery stay in step with the code."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from textual.binding import Binding

import breakup_tui.ui
from breakup_tui.core.plan import LANGUAGES
from tests.scenes import SCENES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def binding_ids() -> set[str]:
    """Every binding id declared by a class of ours (each one a user can remap)."""
    ids: set[str] = set()
    for module_info in pkgutil.walk_packages(breakup_tui.ui.__path__, "breakup_tui.ui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                for binding in value.__dict__.get("BINDINGS", []):
                    if isinstance(binding, Binding) and binding.id:
                        ids.add(binding.id)
    return ids


def test_every_binding_id_is_in_the_keys_table() -> None:
    ids = binding_ids()
    assert {"app.help", "home.new", "wizard.next"} <= ids
    missing = sorted(i for i in ids if f"`{i}`" not in README)
    assert not missing, f"add these to the README's Keys table: {missing}"


def test_the_gallery_shows_every_gallery_scene_and_the_pictures_exist() -> None:
    for scene in (s for s in SCENES if s.gallery):
        for language in LANGUAGES:
            picture = f"screenshots/{language}/{scene.name}.svg"
            assert picture in README, f"the README gallery lacks {picture}"
            assert (ROOT / picture).is_file(), f"run `make screenshots` to write {picture}"
