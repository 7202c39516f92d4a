"""The screens worth a picture, defined once for the snapshot tests and for ``make screenshots``.

A scene prepares the client files, builds the app and brings it to the
screen to show. The snapshot tests (tests/test_snapshots_scenes.py) compare each
scene with its accepted SVG; tests/screenshots.py writes the gallery scenes
into screenshots/ in every language. Adding a screen to both is one entry in
``SCENES`` (``gallery=True`` to put it in the README gallery too).
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Button, DataTable, Footer

from breakup_tui.app import BreakupApp
from breakup_tui.core import clock
from breakup_tui.core.plan import STEP_IDS, Referral, Verdict
from breakup_tui.core.samples import plan_mid_way, plan_ready_to_send, sample_settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.referrals import ReferralStore
from breakup_tui.store.settings import save_settings
from breakup_tui.ui.dialogs.commitment import CommitmentDialog
from breakup_tui.ui.wizard import WizardScreen
from tests.helpers import drained, press, settle, steady_cursor, steady_focus, type_text

# Builds the files a scene needs and returns what BreakupApp is opened with.
Setup = Callable[[ClientStore, str], dict[str, Any]]
RunBefore = Callable[[Pilot[Any]], Awaitable[None]]


async def ready(pilot: Pilot[Any]) -> None:
    """Settled, whatever the machine's load: the client list loaded (on mount and again on its
    first resume) and measured, so no picture shows a table with its columns still unsized."""
    # settle() pauses until the CPU goes quiet, which on a busy machine can come before a screen
    # has even started loading. So: each screen handles what it was sent (the client list starts
    # its load), the loads finish, and each table measures its new rows (it does that when idle).
    for screen in pilot.app.screen_stack:
        await drained(screen)
    await settle(pilot)
    for screen in pilot.app.screen_stack:
        for table in screen.query(DataTable):
            await drained(table)
            # Rows painted before that measuring stay cached at the old, narrow widths (Textual
            # 8.2.8's DataTable keeps them until the next change): drop those stale renders.
            table.notify_style_update()
            table.refresh()
    await footer_keys(pilot)
    await steady_focus(pilot)
    await steady_cursor(pilot)


async def footer_keys(pilot: Pilot[Any]) -> str:
    """The keys in the footer of the screen in front, once there (the client list mounts its footer
    after its first list, and a footer builds its keys after a refresh); "" for a screen without one."""
    app = pilot.app
    await settle(pilot)
    front = app.screen.query(Footer)
    keys = front.first().query("FooterKey").results() if front else []
    return " ".join(f"{key.key_display} {key.description}" for key in keys)


@dataclass(frozen=True)
class Scene:
    name: str
    setup: Setup
    run_before: RunBefore = ready
    gallery: bool = False  # also written to screenshots/ and shown in the README

    def app(self, store: ClientStore, language: str, theme: str | None = None) -> BreakupApp:
        # The demo's sender, so the letter is signed and nothing asks for it first.
        settings = sample_settings(language)
        if theme is not None:
            settings.theme = theme
        save_settings(store.locations, settings)
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


def at_step(step: str, address: str | None = None) -> Setup:
    """The ready-to-send sample (every step filled in), opened at ``step``; ``address`` is the form
    an Italian letter speaks to the client in, when not the sample's own."""

    def setup(store: ClientStore, language: str) -> dict[str, Any]:
        plan = plan_ready_to_send(language, clock.today())
        plan.progress.current = step
        if address is not None:
            plan.client.address = address
        return {"open_client": store.create(plan)}

    return setup


def wrapping_up(store: ClientStore, language: str) -> dict[str, Any]:
    """Both samples, the ready one's letter sent a week ago: one client wrapping up, one still in step 3."""
    today = clock.today()
    store.create(plan_mid_way(language, today))
    plan = plan_ready_to_send(language, today)
    plan.writing.sent_on = today - timedelta(days=7)
    store.create(plan)
    return {}


def mid_way_at(step: str) -> Setup:
    """The mid-way sample, opened at ``step``: its two projects and longer names make wider rows."""

    def setup(store: ClientStore, language: str) -> dict[str, Any]:
        plan = plan_mid_way(language, clock.today())
        plan.progress.current = step
        return {"open_client": store.create(plan)}

    return setup


def with_referral_book(step: str) -> Setup:
    """The ready-to-send sample at ``step``, its referrals also in the shared address book."""
    open_at = at_step(step)

    def setup(store: ClientStore, language: str) -> dict[str, Any]:
        book = ReferralStore(store.locations)
        # Someone the client has not been offered yet, beside the two it has: the picker lists only them.
        book.add(Referral("Giulia Bianchi", "giulia@bianchi.example", "WordPress, WooCommerce"))
        for referral in plan_ready_to_send(language, clock.today()).options.referrals:
            book.add(referral)
        return open_at(store, language)

    return setup


def with_conflict_copy(store: ClientStore, language: str) -> dict[str, Any]:
    """Both samples, and a sync tool's copy of the ready one in which the contact was changed."""
    store.create(plan_mid_way(language, clock.today()))
    plan = plan_ready_to_send(language, clock.today())
    stem = store.create(plan)
    original = store.path_of(stem)
    copy = original.with_name(f"{stem}.sync-conflict-20261125-174512-QWERTYU.toml")
    contact = plan.client.contact
    copy.write_text(
        original.read_text(encoding="utf-8").replace(contact, f"{contact} (CEO)"), encoding="utf-8"
    )
    # The dialog shows when each file changed: pinned, so the picture is the same on every run.
    changed = int((clock.now() - timedelta(hours=16)).timestamp() * 1e9)
    for path in (original, copy):
        os.utime(path, ns=(changed, changed))
    return {}


# -- run_before: what the user does before the picture ------------------------


def pressing(*keys: str, then_type: str = "") -> RunBefore:
    async def run_before(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        await press(pilot, *keys)
        await type_text(pilot, then_type)
        await ready(pilot)

    return run_before


async def commitment_guard(pilot: Pilot[Any]) -> None:
    """What a committed user meets when trying to keep the client after all."""
    await ready(pilot)
    wizard = pilot.app.screen
    assert isinstance(wizard, WizardScreen)
    pilot.app.push_screen(CommitmentDialog(wizard.plan, Verdict.KEEP))
    await ready(pilot)


def clicking(selector: str) -> RunBefore:
    """The button ``selector`` names pressed, wherever it is on the form (no tabbing to reach it)."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        pilot.app.screen.query_one(selector, Button).press()
        await ready(pilot)

    return run_before


STEP_SCENES = [
    Scene(f"step-{n}-{step}", at_step(step), gallery=True) for n, step in enumerate(STEP_IDS, start=1)
]
# Step 7 is the letter: its editor with the live preview.

SCENES: list[Scene] = [
    Scene("home", both_samples, gallery=True),
    Scene("home-empty", nothing),
    Scene("demo", demo),
    *STEP_SCENES,
    Scene("help-notice", at_step("notice"), pressing("f1"), gallery=True),
    Scene("help-home", both_samples, pressing("f1")),
    Scene("new-client", both_samples, pressing("n", then_type="Corvo & Co")),
    Scene("rename-client", both_samples, pressing("r")),
    Scene("edit-client", both_samples, pressing("e")),
    Scene("delete-client", both_samples, pressing("delete")),
    Scene("commitment-guard", at_step("decide"), commitment_guard),
    Scene("review", at_step("writing"), pressing("ctrl+r"), gallery=True),
    Scene("export-dialog", both_samples, pressing("x"), gallery=True),
    Scene("settings", both_samples, pressing("s")),
    Scene("home-wrapping-up", wrapping_up),
    Scene("wrapup", wrapping_up, pressing("w"), gallery=True),
    # The sample speaks to a company (voi); the preview shows the letter to one person (Lei).
    Scene("letter-preview", at_step("writing", address="lei"), pressing("f4")),
    Scene("referral-picker", with_referral_book("options"), clicking("#add-referral")),
    Scene("invoice-dialog", at_step("notice"), clicking("#invoices #edit")),
    Scene("conflict-dialog", with_conflict_copy, pressing("c")),
    Scene("mid-way-notice", mid_way_at("notice")),
    Scene("mid-way-letter", mid_way_at("writing")),
    # The second item of the wrap-up is the unpaid invoice: its payment reminder.
    Scene("payment-reminder", wrapping_up, pressing("w", "down", "m")),
    Scene("palette", both_samples, pressing("ctrl+p")),
]

SCENES_BY_NAME = {scene.name: scene for scene in SCENES}
