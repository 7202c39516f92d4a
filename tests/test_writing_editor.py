"""Putting it in writing, as a person would: check the answers, edit the letter, export it, send it."""

from __future__ import annotations

import email
import tomllib
from datetime import date
from email import policy
from pathlib import Path

from textual.widgets import Input, Static, TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Status
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import load_settings
from breakup_tui.ui.dialogs.export import ExportDialog
from breakup_tui.ui.dialogs.settings import SettingsDialog
from breakup_tui.ui.review import ReviewScreen
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.writing import PREVIEW_DELAY
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import TODAY, Dirs
from tests.factories import filled_plan
from tests.helpers import (
    client_at_writing,
    letter_app,
    plan_at_writing,
    press,
    press_button,
    settle,
    shown,
    type_text,
    with_sender,
)


async def test_edit_change_the_last_day_keep_mine_and_export_eml(
    store: ClientStore, dirs: Dirs, tmp_path: Path
) -> None:
    with_sender(dirs)
    plan = filled_plan()  # resumes at step 3
    plan.converse.meeting_on = date(2026, 11, 24)  # the talk has taken place: nothing is missing
    stem = store.create(plan)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)

        # Check your answers, then on to the letter.
        await press(pilot, "ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "Nothing missing" in shown(app, "#review-missing")
        await press_button(pilot, "#to-letter")
        await settle(pilot)
        assert wizard.current == "writing"

        # Edit a sentence by hand.
        body = wizard.query_one("#letter-body", TextArea)
        body.focus()
        thanks = next(i for i, line in enumerate(body.text.splitlines()) if line.startswith("Thank you"))
        body.cursor_location = (thanks, len("Thank you for three good years of work together."))
        await type_text(pilot, " It was a pleasure.")
        await pilot.pause()
        assert wizard.plan.writing.body is not None
        assert "work together. It was a pleasure." in wizard.plan.writing.body
        assert not wizard.query_one("#letter-banner").display

        # Back to step 3, where the last day moves.
        await press(pilot, "alt+left", "alt+left", "alt+left", "alt+left")
        await pilot.pause()
        assert wizard.current == "notice"
        wizard.plan.notice.last_day = date(2026, 12, 23)
        wizard.query_one(StepForm).changed()
        await pilot.pause()

        # Forward again: the answers come first, then the letter, with the banner.
        await press(pilot, "alt+right", "alt+right", "alt+right", "alt+right")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "23 December 2026" in shown(app, "#answers-notice")
        await press_button(pilot, "#to-letter")
        await settle(pilot)
        banner = wizard.query_one("#letter-banner")
        assert banner.display
        await press_button(pilot, "#keep-mine")
        await pilot.pause()
        assert not banner.display
        assert "It was a pleasure." in wizard.query_one("#letter-body", TextArea).text
        assert (wizard.plan.writing.based_on or "").startswith("sha256:")

        # Export the draft.
        await press_button(pilot, "#letter-export")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#path", Input).value.endswith("acme-studio-letter.eml")
        target = tmp_path / "out" / "acme.eml"
        target.parent.mkdir()
        dialog.query_one("#path", Input).value = str(target)
        await press_button(pilot, "#export")
        await settle(pilot)
        assert app.screen is wizard
        message = email.message_from_string(target.read_text(), policy=policy.default)
        assert message["X-Unsent"] == "1"
        assert message["Subject"].endswith("last day 23 December 2026")
        text = message.get_content()  # type: ignore[attr-defined]
        assert "It was a pleasure." in text
        await press(pilot, "ctrl+q")

    saved = tomllib.loads((dirs.clients / f"{stem}.toml").read_text())
    assert "It was a pleasure." in saved["writing"]["body"]
    # The generated letter is not stored a second time: only its fingerprint.
    assert saved["writing"]["based_on"].startswith("sha256:")
    assert "Wednesday 23 December 2026" not in saved["writing"]["based_on"]


async def test_regenerate_keeps_the_users_version_as_a_copy_they_can_restore(
    store: ClientStore, dirs: Dirs
) -> None:
    with_sender(dirs)
    plan = plan_at_writing()
    plan.writing.body = "My own letter."
    plan.writing.based_on = "an older generated letter"
    stem = store.create(plan)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        body = wizard.query_one("#letter-body", TextArea)
        assert body.text == "My own letter."
        await press_button(pilot, "#regenerate")
        await pilot.pause()
        assert body.text.startswith("Dear Jane,")
        assert wizard.plan.writing.body is None
        assert wizard.plan.writing.previous_body == "My own letter."
        assert wizard.query_one("#letter-copy-kept").display
        await press_button(pilot, "#restore-previous")
        await pilot.pause()
        assert body.text == "My own letter."
        assert wizard.plan.writing.body == "My own letter."
        assert not wizard.query_one("#letter-banner").display


async def test_the_sender_is_asked_for_once_the_first_time_the_letter_needs_it(
    store: ClientStore, dirs: Dirs
) -> None:
    stem = client_at_writing(store)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SettingsDialog)
        assert not app.screen.query("#theme")  # the short version: sender fields only
        await type_text(pilot, "Sam Rivera")
        await press_button(pilot, "#save")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)
        assert "Sam Rivera" in app.screen.query_one("#letter-body", TextArea).text
    saved = load_settings(locate(dirs.data, dirs.config))
    assert saved.your_name == "Sam Rivera" and saved.sender_asked

    again = BreakupApp(open_client=stem)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, WizardScreen)


async def test_declining_the_sender_question_is_remembered(store: ClientStore, dirs: Dirs) -> None:
    stem = client_at_writing(store)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SettingsDialog)
        await press(pilot, "escape")
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)
        assert "Your name is missing" in shown(app, "#letter-missing")
    assert load_settings(locate(dirs.data, dirs.config)).sender_asked


async def test_mark_as_sent_completes_the_plan(store: ClientStore, dirs: Dirs) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-sent")
        await pilot.pause()
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        assert wizard.plan.writing.sent_on == TODAY
        assert wizard.plan.progress.status_of("writing") is Status.DONE
        assert "Sent 26 Nov 2026" in str(wizard.query_one("#letter-sent").render())
        await press(pilot, "ctrl+q")
    [path] = dirs.clients.glob("*.toml")
    saved = tomllib.loads(path.read_text())
    assert saved["writing"]["sent_on"] == TODAY
    assert saved["progress"]["status"]["writing"] == "done"


async def test_a_change_on_the_answers_page_returns_to_that_step(store: ClientStore, dirs: Dirs) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_button(pilot, "#letter-review")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await press_button(pilot, "#change-options")
        await pilot.pause()
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        assert wizard.current == "options"


async def test_an_invalid_address_is_not_stored(store: ClientStore, dirs: Dirs) -> None:
    app = letter_app(store, dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        field = app.screen.query_one("#letter-to", Input)
        field.focus()
        await press(pilot, "end")
        await type_text(pilot, ",bad")
        await pilot.pause()
        assert "does not look like an email" in shown(app, "#letter-to-error")
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        assert wizard.plan.writing.to == "jane@acme.example"


async def test_the_editor_writes_in_the_clients_language_and_checks_its_tone(
    store: ClientStore, dirs: Dirs
) -> None:
    with_sender(dirs)
    plan = plan_at_writing("Bellini SRL")
    plan.client.language = "it"
    app = BreakupApp(open_client=store.create(plan), lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        body = app.screen.query_one("#letter-body", TextArea)
        assert "mercoledì 16 dicembre 2026" in body.text
        assert "1.200,00 €" in body.text
        tone = app.screen.query_one("#letter-tone", Static)
        assert not tone.display
        body.focus()
        body.cursor_location = (0, 0)
        await type_text(pilot, "Ci lasciamo. ")
        await pilot.pause(PREVIEW_DELAY * 2)  # the checker waits for a pause in typing
        assert tone.display
        assert "lasciamo" in str(tone.render())
        await press(pilot, "f4")  # at 80 columns the preview is a key away
        await pilot.pause()
        assert "Ci lasciamo." in str(app.screen.query_one("#letter-preview", Static).render())


async def test_opening_the_letter_is_not_an_edit(store: ClientStore, dirs: Dirs) -> None:
    with_sender(dirs)
    plan = plan_at_writing()
    plan.writing.to = ""  # the client's own address is shown instead
    stem = store.create(plan)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        assert wizard.query_one("#letter-to", Input).value == "jane@acme.example"
        assert wizard.plan.progress.status_of("writing") is Status.NOT_STARTED
        assert wizard.save_state == "saved"
        await press(pilot, "ctrl+q")
    saved = tomllib.loads((dirs.clients / f"{stem}.toml").read_text())
    assert "body" not in saved["writing"] and saved["writing"]["to"] == ""
