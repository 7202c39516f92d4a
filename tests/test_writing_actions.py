"""What is done with the letter: export, copy, open in mail; and the settings dialog."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from textual.widgets import Input, Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.letter import Letter
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import load_settings
from breakup_tui.ui.dialogs.export import ExportDialog
from breakup_tui.ui.dialogs.settings import SettingsDialog
from breakup_tui.ui.letter_actions import mailto_url
from tests.conftest import Dirs
from tests.factories import filled_plan
from tests.helpers import (
    client_at_writing,
    letter_app,
    press,
    press_button,
    settle,
    shown,
    toasts,
    type_text,
    with_sender,
)


async def test_settings_from_the_home_screen(dirs: Dirs) -> None:
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsDialog)
        assert app.screen.query("#theme") and app.screen.query("#language")
        await type_text(pilot, "Sam")
        await press(pilot, "enter")
        await settle(pilot)
    assert load_settings(locate(dirs.data, dirs.config)).your_name == "Sam"


async def test_export_asks_before_replacing_a_file(store: ClientStore, dirs: Dirs, tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    target.write_text("keep me")
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-export")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#what").value = "plan"  # type: ignore[attr-defined]
        await pilot.pause()
        assert dialog.query_one("#path", Input).value.endswith("acme-studio-plan.md")
        dialog.query_one("#path", Input).value = str(target)
        await press_button(pilot, "#export")
        await pilot.pause()
        await press_button(pilot, "#cancel")  # the confirmation: keep the old file
        await settle(pilot)
        assert target.read_text() == "keep me"
        assert app.screen is dialog
        await press_button(pilot, "#export")
        await pilot.pause()
        await press_button(pilot, "#confirm")
        await settle(pilot)
    assert target.read_text().startswith("# Acme Studio: the plan")


async def test_export_refuses_a_folder_that_does_not_exist(
    store: ClientStore, dirs: Dirs, tmp_path: Path
) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-export")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(tmp_path / "nowhere" / "x.eml")
        await press_button(pilot, "#export")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "does not exist" in shown(app, "#path-error")


async def test_copy_puts_the_letter_on_the_clipboard(store: ClientStore, dirs: Dirs) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-copy")
        await pilot.pause()
        assert app.clipboard.startswith("Dear Jane,")
        assert app.clipboard.rstrip().endswith("Rivera Design")


def test_the_mailto_link_carries_the_whole_letter() -> None:
    letter = Letter("jane@acme.example", "Last day & thanks", "Dear Jane,\n\n€1,200.00 owed.\n", "en")
    url = mailto_url(letter)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "jane@acme.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Last day & thanks"]
    assert query["body"] == ["Dear Jane,\r\n\r\n€1,200.00 owed.\r\n"]


async def test_export_and_copy_from_the_home_screen(store: ClientStore, dirs: Dirs, tmp_path: Path) -> None:
    with_sender(dirs)
    store.create(filled_plan())
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#what").value = "calendar"  # type: ignore[attr-defined]
        await pilot.pause()
        target = tmp_path / "acme.ics"
        dialog.query_one("#path", Input).value = str(target)
        await press_button(pilot, "#export")
        await settle(pilot)
        assert "BEGIN:VEVENT" in target.read_text()
        await app.run_action("copy_letter")
        assert app.clipboard.startswith("Dear Jane,")


async def test_settings_switch_the_interface_language_and_the_theme(dirs: Dirs) -> None:
    app = BreakupApp(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SettingsDialog)
        dialog.query_one("#language").value = "it"  # type: ignore[attr-defined]
        dialog.query_one("#theme").value = "textual-light"  # type: ignore[attr-defined]
        await press_button(pilot, "#save")
        await settle(pilot)
        assert app.theme == "textual-light"
        assert "Clienti" in str(app.screen.query_one("#title", Static).render())
    saved = load_settings(locate(dirs.data, dirs.config))
    assert (saved.language, saved.theme) == ("it", "textual-light")


async def test_open_in_mail_hands_a_mailto_link_to_the_system(
    store: ClientStore, dirs: Dirs, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(BreakupApp, "open_url", lambda self, url, new_tab=True: opened.append(url))
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-mail")
    [url] = opened
    assert url.startswith("mailto:jane@acme.example?subject=Ending%20our%20collaboration")
    assert "Dear%20Jane%2C" in url


async def test_an_export_holding_a_secret_is_refused_with_a_notification(
    store: ClientStore, dirs: Dirs, tmp_path: Path
) -> None:
    target = tmp_path / "letter.txt"
    # A signature hand-edited into settings.toml: the settings dialog would have refused it.
    with_sender(
        dirs,
        Settings(your_name="Sam Rivera", email="sam@rivera.example", signature="password: Tr0ub4dor&3xQ"),
    )
    app = BreakupApp(open_client=client_at_writing(store))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-export")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(target)
        await press_button(pilot, "#export")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert any("settings.signature" in message for message in toasts(app))
    assert not target.exists()


async def test_marking_an_incomplete_plan_sent_says_what_is_still_missing(
    store: ClientStore, dirs: Dirs
) -> None:
    """Sent is the user's call, but "the plan is complete" would not be true with gaps left."""
    from breakup_tui.core.plan import Plan
    from tests.helpers import app_at, press_button, settle, toasts, with_sender

    with_sender(dirs)
    app, stem = app_at(store, "writing", Plan.new("Beta", email="bob@beta.example"))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-sent")
        await settle(pilot)
        said = " ".join(toasts(app))
        assert "things still missing from the plan" in said
        assert "the plan is complete" not in said
    assert store.path_of(stem).read_text().count("sent_on") == 1
