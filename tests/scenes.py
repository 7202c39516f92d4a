"""The screens worth a picture, defined once for the snapshot tests and for ``make screenshots``.

A scene prepares the client files, builds the app and brings it to the
screen to show. The snapshot tests (tests/test_snapshots_ux.py) compare each
scene with its accepted SVG; tests/screenshots.py writes the gallery scenes
into screenshots/ in every language. Adding a screen to both is one entry in
``SCENES`` (``gallery=True`` to put it in the README gallery too).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from textual.pilot import Pilot

from breakup_tui.app import BreakupApp
from breakup_tui.core import clock
from breakup_tui.core.plan import STEP_IDS, Verdict
from breakup_tui.core.samples import plan_mid_way, plan_ready_to_send
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.settings import save_settings
from breakup_tui.ui.dialogs.commitment import CommitmentDialog
from breakup_tui.ui.localize import localized
from breakup_tui.ui.wizard import WizardScreen
from tests.helpers import settle, type_text

# Builds the files a scene needs and returns what BreakupApp is opened with.
Setup = Callable[[ClientStore, str], dict[str, Any]]
RunBefore = Callable[[Pilot[Any]], Awaitable[None]]


async def ready(pilot: Pilot[Any]) -> None:
    """Settled, the client list included: it loads on mount and again on its first resume, and a
    load that lands behind a dialog leaves the hidden table's columns unmeasured in the picture."""
    await settle(pilot)
    await settle(pilot)


@dataclass(frozen=True)
class Scene:
    name: str
    setup: Setup
    run_before: RunBefore = ready
    gallery: bool = False  # also written to screenshots/ and shown in the README

    def app(self, store: ClientStore, language: str, theme: str | None = None) -> BreakupApp:
        if theme is not None:
            save_settings(store.locations, Settings(theme=theme))
        options = self.setup(store, language)
        return BreakupApp(
            store.locations.data_dir, config_dir=store.locations.config_dir, lang=language, **options
        )


# -- setups ----------------------------------------------------------------


def both_samples(store: ClientStore, language: str) -> dict[str, Any]:
    for plan in (plan_mid_way(language, clock.today()), plan_ready_to_send(language, clock.today())):
        store.create(plan)
    return {}


def nothing(store: ClientStore, language: str) -> dict[str, Any]:
    return {}


def demo(store: ClientStore, language: str) -> dict[str, Any]:
    return {"demo": True}


def at_step(step: str) -> Setup:
    """The ready-to-send sample (every step filled in), opened at ``step``."""

    def setup(store: ClientStore, language: str) -> dict[str, Any]:
        plan = plan_ready_to_send(language, clock.today())
        plan.progress.current = step
        return {"open_client": store.create(plan)}

    return setup


# -- run_before: what the user does before the picture ------------------------


def pressing(*keys: str, then_type: str = "") -> RunBefore:
    async def run_before(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        await pilot.press(*keys)
        await type_text(pilot, then_type)
        await settle(pilot)

    return run_before


async def commitment_guard(pilot: Pilot[Any]) -> None:
    """What a committed user meets when trying to keep the client after all."""
    await ready(pilot)
    wizard = pilot.app.screen
    assert isinstance(wizard, WizardScreen)
    pilot.app.push_screen(localized(CommitmentDialog)(wizard.plan, Verdict.KEEP))
    await settle(pilot)


STEP_SCENES = [
    Scene(f"step-{n}-{step}", at_step(step), gallery=True) for n, step in enumerate(STEP_IDS, start=1)
]

SCENES: list[Scene] = [
    Scene("home", both_samples, gallery=True),
    Scene("home-empty", nothing),
    Scene("demo", demo),
    *STEP_SCENES,
    Scene("help-notice", at_step("notice"), pressing("f1"), gallery=True),
    Scene("help-home", both_samples, pressing("f1")),
    Scene("new-client", both_samples, pressing("n", then_type="Corvo & Co")),
    Scene("rename-client", both_samples, pressing("r")),
    Scene("delete-client", both_samples, pressing("delete")),
    Scene("commitment-guard", at_step("decide"), commitment_guard),
    # The letter and the export dialog join here (gallery=True) once they exist.
]

SCENES_BY_NAME = {scene.name: scene for scene in SCENES}
