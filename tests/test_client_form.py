"""Editing a client's details, from the client list, the wizard and the palette, and the letter following."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, Select, TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.core.codec import plan_from_data, plan_to_data
from breakup_tui.core.i18n import set_language, t
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.client_form import ClientFormDialog
from breakup_tui.ui.palette import action_commands
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.factories import typical_plan
from tests.helpers import press, press_button, saved, screen_text, settle, type_text, with_sender

SIZE = (100, 40)


async def replace_text(pilot: Any, field_id: str, text: str) -> None:
    field = pilot.app.screen.query_one(f"#{field_id}", Input)
    field.focus()
    field.value = ""
    await type_text(pilot, text)


async def choose(pilot: Any, select_id: str, downs: int) -> None:
    pilot.app.screen.query_one(f"#{select_id}", Select).focus()
    await press(pilot, "enter", *(["down"] * downs), "enter")
    await pilot.pause()


def letter_body(app: BreakupApp) -> str:
    return app.screen.query_one("#letter-body", TextArea).text


async def test_edit_from_the_list_and_the_letter_follows(store: ClientStore, dirs: Dirs) -> None:
    with_sender(dirs)
    plan = typical_plan()
    plan.progress.current = "writing"
    stem = store.create(plan)
    app = BreakupApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ClientFormDialog)
        assert dialog.query_one("#contact", Input).value == "Jane Doe"
        assert not dialog.query_one("#address-row").display  # English: no form to choose
        await replace_text(pilot, "contact", "Giulia Bianchi")
        assert "Giulia" in dialog.query_one("#greeting", Input).placeholder
        await replace_text(pilot, "greeting", "dott.ssa Bianchi")
        await choose(pilot, "language", 1)  # English → Italian
        assert dialog.query_one("#address-row").display
        await choose(pilot, "address", 1)  # voi → Lei
        await press_button(pilot, "#submit")
        await settle(pilot)
        assert not isinstance(app.screen, ClientFormDialog)

        await press(pilot, "enter")  # open the client, at its letter
        await settle(pilot)
        body = letter_body(app)
        assert body.startswith("Gentile dott.ssa Bianchi,")
        assert "Come Le ho anticipato" in body and "resto a Sua disposizione" in body
        await press(pilot, "ctrl+q")

    client = saved(store, stem)["client"]
    assert client["contact"] == "Giulia Bianchi"
    assert client["greeting"] == "dott.ssa Bianchi"
    assert client["language"] == "it"
    assert client["address"] == "lei"


async def test_edit_from_the_wizard_changes_the_letter_on_screen(store: ClientStore, dirs: Dirs) -> None:
    with_sender(dirs)
    plan = typical_plan("it", "voi")
    plan.progress.current = "writing"
    stem = store.create(plan)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, WizardScreen)
        assert letter_body(app).startswith("Gentile Jane,")
        await press(pilot, "f2")
        await pilot.pause()
        assert isinstance(app.screen, ClientFormDialog)
        await choose(pilot, "address", 2)  # voi → tu
        await press_button(pilot, "#submit")
        await settle(pilot)
        body = letter_body(app)
        assert body.startswith("Ciao Jane,")
        assert "Come ti ho anticipato" in body
        assert "Vi consegnerò" not in body and "tenervi" not in body
        await press(pilot, "ctrl+q")
    assert saved(store, stem)["client"]["address"] == "tu"


async def test_the_palette_offers_to_edit_the_client(store: ClientStore) -> None:
    store.create(typical_plan())
    app = BreakupApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [command.title for command in action_commands(app, app.screen)]
        assert "Edit the client" in titles


async def test_a_new_client_writes_in_the_language_the_app_speaks(store: ClientStore) -> None:
    app = BreakupApp(lang="it")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "n")
        await pilot.pause()
        assert app.screen.query_one("#language", Select).value == "it"
        assert app.screen.query_one("#address-row").display
        await type_text(pilot, "Bellini")
        await press(pilot, "enter")
        await settle(pilot)
        await press(pilot, "ctrl+q")
    set_language("en")
    (stem,) = store.stems()
    assert saved(store, stem)["client"]["language"] == "it"
    assert saved(store, stem)["client"]["address"] == "voi"


def test_the_new_keys_survive_a_round_trip_and_old_files_read_as_before() -> None:
    plan = Plan.new("Bellini", contact="Giulia Bianchi", language="it", greeting="Giulia", address="tu")
    again = plan_from_data(plan_to_data(plan))
    assert (again.client.greeting, again.client.address) == ("Giulia", "tu")
    # A file from before these keys: the contact's first word, voi, and the hand-over as written.
    old = {
        "schema_version": 1,
        "client": {"name": "Old", "contact": "Luca Verdi", "language": "it"},
        "options": {"handover": {"files": "todo", "accounts": "done"}},
    }
    read = plan_from_data(old)
    assert read.client.greeting_name() == "Luca" and read.client.address == "voi"
    assert read.options.handover["files"] == "todo" and read.options.handover["accounts"] == "done"
    assert read.options.handover["domains"] == "undecided"


def test_the_letters_to_follows_the_email_unless_the_user_wrote_another() -> None:
    plan = Plan.new("Acme", email="old@acme.example")
    plan.edit_client(
        name="Acme", contact="", email="new@acme.example", language="en", greeting="", address="voi"
    )
    assert plan.writing.to == "new@acme.example"
    plan.writing.to = "boss@acme.example"
    plan.edit_client(
        name="Acme", contact="", email="other@acme.example", language="en", greeting="", address="voi"
    )
    assert plan.writing.to == "boss@acme.example"


async def test_a_kept_client_sees_why_no_letter_and_cannot_export_one(
    store: ClientStore, dirs: Dirs, tmp_path: Any
) -> None:
    from breakup_tui.core.plan import Verdict
    from breakup_tui.ui.dialogs.export import ExportDialog

    with_sender(dirs)
    plan = typical_plan()
    plan.decide.verdict = Verdict.KEEP
    plan.progress.current = "writing"
    stem = store.create(plan)
    app = BreakupApp(open_client=stem)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        note = app.screen.query_one("#letter-verdict")
        assert note.display
        assert "No letter is needed" in str(note.render())
        # It is the first thing in the step, above the letter.
        assert note.region.y < app.screen.query_one("#letter-body").region.y
        await press_button(pilot, "#letter-export")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#what", Select).value == "plan"  # what can still be exported
        dialog.query_one("#what", Select).value = "letter"
        await pilot.pause()
        target = tmp_path / "kept-letter.eml"
        dialog.query_one("#path", Input).value = str(target)
        await press_button(pilot, "#export")
        await settle(pilot)
        assert not target.exists()
        await press(pilot, "ctrl+q")


async def test_an_undecided_plan_says_the_letter_is_a_draft(store: ClientStore, dirs: Dirs) -> None:
    from breakup_tui.core.plan import Verdict

    with_sender(dirs)
    plan = typical_plan()
    plan.decide.verdict = Verdict.UNDECIDED
    plan.progress.current = "writing"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        note = app.screen.query_one("#letter-verdict")
        assert note.display and "Draft only" in str(note.render())
        missing = str(app.screen.query_one("#letter-missing").render())
        assert missing.splitlines()[1].startswith("! No verdict yet")
        await press(pilot, "ctrl+q")


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("key", ["n", "e", "r"])
async def test_the_dialog_opens_with_its_title_and_first_label_in_sight(
    store: ClientStore, language: str, key: str
) -> None:
    """At 80×24 the client dialog is taller than the screen: it opens at its top, not scrolled to its
    first field with the title and the field's label above the fold."""
    set_language(language)
    store.create(typical_plan())
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, key)
        await settle(pilot)
        assert isinstance(app.screen, ClientFormDialog)
        shown = screen_text(app)
        assert app.screen.title_text() in shown
        assert t("new_client.name") in shown
        assert app.focused is app.screen.query_one("#name")


async def test_every_field_of_the_italian_client_dialog_comes_into_view_as_tab_reaches_it(
    store: ClientStore,
) -> None:
    """The form of address (Lei, voi, tu) sits last: it once took no room at all, so Tab reached a
    field nobody could see."""
    store.create(typical_plan(language="it"))
    app = BreakupApp(lang="it")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        await settle(pilot)
        body = app.screen.query_one(".client-fields")
        reached = []
        for _ in range(8):
            focused = app.focused
            assert focused is not None
            if focused in body.query("*"):
                reached.append(focused.id)
                assert body.region.contains_region(focused.region), focused.id
            if focused.id == "address":
                assert t("client_form.address") in screen_text(app)
            await press(pilot, "tab")
            await settle(pilot)
        assert reached[-1] == "address"
