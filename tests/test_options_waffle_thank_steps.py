"""Steps 4–6 as a person uses them: referrals across clients, the hand-over, pushback, thanks, the guard."""

from __future__ import annotations

from typing import Any

from textual.widgets import Checkbox, Input, OptionList, Select, Static

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Plan, Verdict
from breakup_tui.core.suggestions import pushback_answer, thank_suggestions
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.commitment import CommitmentDialog
from breakup_tui.ui.dialogs.referral_picker import ReferralPicker
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.waffle import WaffleForm
from breakup_tui.ui.widgets.fields import FieldError, TextField
from breakup_tui.ui.widgets.item_rows import ItemRows
from breakup_tui.ui.widgets.suggested import SuggestedNotes
from breakup_tui.ui.widgets.tone_hints import ToneHints
from tests.conftest import TODAY, Dirs
from tests.factories import filled_plan
from tests.helpers import press, saved, settle, settled, type_text

SIZE = (80, 24)
GIULIA_LINE = "Giulia Bianchi · Brand identity · giulia@example.com"


def new_client(store: ClientStore, name: str, step: str, language: str = "en") -> str:
    plan = Plan.new(name, language=language)
    plan.progress.current = step
    return store.create(plan)


def filled_client(store: ClientStore, step: str, **changes: str) -> str:
    """The factory's filled plan, opened at ``step``; ``changes`` set its waffle fields."""
    plan = filled_plan("Acme")
    plan.progress.current = step
    for name, value in changes.items():
        setattr(plan.waffle, name, value)
    return store.create(plan)


def rows_on_screen(app: BreakupApp, rows_id: str) -> list[str]:
    rows = app.screen.query_one(f"#{rows_id}", ItemRows)
    return [str(line) for line in rows.lines]


async def focus_on(pilot: Any, selector: str) -> None:
    widget = pilot.app.screen.query_one(selector)
    widget.focus()
    # The focus moves on the next turn of the loop; keys must not reach the previous widget.
    await pilot.pause()
    assert widget.has_focus


async def press_button(pilot: Any, selector: str) -> None:
    await focus_on(pilot, selector)
    await press(pilot, "enter")
    await settle(pilot)


async def choose(pilot: Any, select_id: str, downs: int) -> None:
    """Open a Select with the keyboard, move down ``downs`` times and pick."""
    await focus_on(pilot, f"#{select_id}")
    await press(pilot, "enter", *(["down"] * downs), "enter")
    await settle(pilot)


# -- Offer options -------------------------------------------------------------


async def test_a_referral_added_for_one_client_is_offered_for_another(store: ClientStore, dirs: Dirs) -> None:
    acme = new_client(store, "Acme", "options")
    bellini = new_client(store, "Bellini", "options")

    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_button(pilot, "#add-referral")
        assert isinstance(app.screen, ReferralPicker)
        assert "empty" in str(app.screen.query_one("#book-note", Static).render())
        await type_text(pilot, "Giulia Bianchi")
        await press(pilot, "tab")
        await type_text(pilot, "giulia@example.com")
        await press(pilot, "tab")
        await type_text(pilot, "Brand identity")
        await press(pilot, "enter")
        await settle(pilot)
        assert rows_on_screen(app, "referral-rows") == [GIULIA_LINE]
        await press(pilot, "ctrl+q")
    assert saved(store, acme)["options"]["referrals"] == [
        {"name": "Giulia Bianchi", "contact": "giulia@example.com", "speciality": "Brand identity"}
    ]
    assert "Giulia Bianchi" in (dirs.data / "referrals.toml").read_text()

    app = BreakupApp(open_client=bellini)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_button(pilot, "#add-referral")
        book = app.screen.query_one("#book", OptionList)
        assert book.has_focus and book.option_count == 1
        await press(pilot, "enter")
        await settle(pilot)
        assert rows_on_screen(app, "referral-rows") == [GIULIA_LINE]
        await press(pilot, "ctrl+q")
    assert saved(store, bellini)["options"]["referrals"][0]["name"] == "Giulia Bianchi"


async def test_a_damaged_book_is_reported_and_the_referral_kept_for_this_client(
    store: ClientStore, dirs: Dirs
) -> None:
    acme = new_client(store, "Acme", "options")
    book = dirs.data / "referrals.toml"
    book.write_bytes(b"schema_version = 1\n[[referrals]\nname = 'x'\n")
    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown: list[str] = []
        show = app.notify
        app.notify = lambda message, **kw: (shown.append(str(message)), show(message, **kw))[1]  # type: ignore[method-assign]
        await press_button(pilot, "#add-referral")
        note = app.screen.query_one("#book-note", Static)
        assert "referrals.toml" in str(note.render()) and note.has_class("-warning")
        await type_text(pilot, "Giulia")
        await press(pilot, "enter")
        await settle(pilot)
        assert rows_on_screen(app, "referral-rows") == ["Giulia"]
        assert any("address book was not updated" in message for message in shown)
        await press(pilot, "ctrl+q")
    assert book.read_bytes() == b"schema_version = 1\n[[referrals]\nname = 'x'\n"
    assert saved(store, acme)["options"]["referrals"][0]["name"] == "Giulia"


async def test_hand_over_items_are_marked_and_restored(store: ClientStore) -> None:
    acme = new_client(store, "Acme", "options")
    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose(pilot, "handover-files", 2)  # not decided → done
        await choose(pilot, "handover-domains", 3)  # not decided → not applicable
        await choose(pilot, "handover-accounts", 1)  # not decided → to do
        await focus_on(pilot, "#account-new Input")
        await type_text(pilot, "WordPress admin")
        await press(pilot, "enter")
        await type_text(pilot, "password: hunter2")
        await press(pilot, "enter")
        await settle(pilot)
        error = app.screen.query_one("#account-new", TextField).query_one(FieldError)
        assert "label" in str(error.render())
        assert rows_on_screen(app, "account-rows") == ["WordPress admin"]
        await focus_on(pilot, "#interim-tools Input")
        await type_text(pilot, "Trello for tasks")
        await focus_on(pilot, "#keep-referring")
        await press(pilot, "space")
        await settle(pilot)
        assert str(app.screen.query_one("#handover-files", Select).selection) == "done"
        await press(pilot, "ctrl+q")

    options = saved(store, acme)["options"]
    assert options["handover"] == {
        "files": "done",
        "accounts": "todo",
        "domains": "not_applicable",
        "documentation": "undecided",
        "brief_replacement": "undecided",
        "interview_help": "undecided",
    }
    assert options["accounts"] == [{"label": "WordPress admin"}]
    assert options["interim_tools"] == "Trello for tasks"
    assert options["keep_referring"] is True
    assert "hunter2" not in store.path_of(acme).read_text()

    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#handover-files", Select).value == "done"
        assert screen.query_one("#handover-domains", Select).value == "not_applicable"
        assert screen.query_one("#handover-accounts", Select).value == "todo"
        assert rows_on_screen(app, "account-rows") == ["WordPress admin"]
        assert screen.query_one("#interim-tools", TextField).value == "Trello for tasks"
        assert screen.query_one("#keep-referring", Checkbox).value is True
        # Removing a label is saved too.
        await press_button(pilot, "#account-rows .item-remove")
        assert rows_on_screen(app, "account-rows") == []
        assert app.screen.query_one("#account-new Input", Input).has_focus
        await press(pilot, "ctrl+q")
    assert "accounts" not in saved(store, acme)["options"]


# -- Don't waffle and the commitment guard ----------------------------------------


async def test_a_commitment_holds_when_the_verdict_change_is_cancelled(store: ClientStore) -> None:
    acme = filled_client(store, "waffle", commitment="")
    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await focus_on(pilot, "#commitment Input")
        await type_text(pilot, "My last day is 18 December.")
        await press(pilot, "alt+left", "alt+left", "alt+left", "alt+left")
        await settle(pilot)
        form = app.screen.query_one(StepForm)
        assert form.STEP_ID == "decide"
        answers: list[bool] = []

        def apply(confirmed: bool) -> None:
            answers.append(confirmed)
            if confirmed:
                form.plan.decide.verdict = Verdict.KEEP
                form.changed()

        form.request_verdict_change(Verdict.KEEP, apply)
        await settle(pilot)
        assert isinstance(app.screen, CommitmentDialog)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        for expected in ("My last day is 18 December.", "Pays late", "Invoice 104 paid 45 days late"):
            assert expected in shown
        await press(pilot, "escape")
        await settle(pilot)
        assert answers == [False]
        assert form.plan.decide.verdict is Verdict.END
        await press(pilot, "ctrl+q")
    data = saved(store, acme)
    assert data["decide"]["verdict"] == "end"
    assert data["waffle"]["commitment"] == "My last day is 18 December."


async def test_confirming_in_the_guard_lets_the_verdict_change(store: ClientStore) -> None:
    acme = filled_client(store, "decide")
    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        answers: list[bool] = []
        app.screen.query_one(StepForm).request_verdict_change(Verdict.FADE, answers.append)
        await settle(pilot)
        await press_button(pilot, "#change")
        assert answers == [True]


async def test_without_a_commitment_the_verdict_changes_at_once(store: ClientStore) -> None:
    app = BreakupApp(open_client=filled_client(store, "decide", commitment="  "))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        answers: list[bool] = []
        app.screen.query_one(StepForm).request_verdict_change(Verdict.KEEP, answers.append)
        await settle(pilot)
        assert answers == [True]
        assert not isinstance(app.screen, CommitmentDialog)


async def test_pushback_answers_and_thanks_are_restored_after_quitting(store: ClientStore) -> None:
    acme = new_client(store, "Acme", "waffle")
    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await focus_on(pilot, "#commitment Input")
        await type_text(pilot, "I stop on 18 December.")
        await choose(pilot, "add-pushback", 1)  # past the prompt: more money
        await press_button(pilot, ".pushback-card .suggest")
        await choose(pilot, "add-pushback", 5)  # the last one left: something else
        await type_text(pilot, "Stay until March?")
        await press(pilot, "tab")
        await type_text(pilot, "No, thank you. My decision is made.")
        await press(pilot, "alt+right")
        # The thank step puts the focus on its first field once laid out: a button focused before
        # that would lose it, and the Enter meant for it would go into the field as a new line.
        await settled(pilot)
        # Thank: the first suggestion, then the next one; the reason typed by hand.
        await press_button(pilot, "#thank-thanks .suggest")
        # Read it before asking for the next one: Textual's Button ignores a press while it still
        # shows the last one (0.2 s), and a person never presses that fast.
        await pilot.pause(0.3)
        await press_button(pilot, "#thank-thanks .suggest")
        await focus_on(pilot, "#thank-reason-if-asked TextArea")
        await type_text(pilot, "My work is moving elsewhere.")
        await press_button(pilot, "#thank-reason-if-asked .suggest")
        assert app.screen.query_one("#thank-reason-if-asked", SuggestedNotes).value == (
            "My work is moving elsewhere."
        )
        await press(pilot, "ctrl+q")

    plan = store.load(acme).plan
    money_answer = pushback_answer(plan, "more_money", TODAY)
    second_thanks = thank_suggestions(plan, "thanks", TODAY)[1]
    assert "my last day remains the day we agreed" in money_answer  # no last day in this plan yet
    data = saved(store, acme)
    assert data["waffle"] == {
        "commitment": "I stop on 18 December.",
        "pushback": [
            {"kind": "more_money", "answer": money_answer},
            {"kind": "other", "answer": "No, thank you. My decision is made.", "text": "Stay until March?"},
        ],
    }
    assert data["thank"] == {
        "thanks": second_thanks,
        "reason_if_asked": "My work is moving elsewhere.",
    }
    assert data["progress"]["status"]["waffle"] == "in_progress"
    assert data["progress"]["status"]["thank"] == "in_progress"

    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        thanks = app.screen.query_one("#thank-thanks", SuggestedNotes)
        assert thanks.value == second_thanks
        await press(pilot, "alt+left")
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#commitment", TextField).value == "I stop on 18 December."
        answers = [notes.value for notes in screen.query(SuggestedNotes)]
        assert answers == [money_answer, "No, thank you. My decision is made."]
        their_words = screen.query(".pushback-card TextField").last(TextField)
        assert their_words.value == "Stay until March?"
        # "More money" is already there, so it is no longer offered; "something else" always is.
        offered = [kind for _, kind in screen.query_one(WaffleForm).kinds_left()]
        assert "more_money" not in offered and "other" in offered


async def test_a_removed_pushback_leaves_the_file(store: ClientStore) -> None:
    acme = filled_client(store, "waffle")
    app = BreakupApp(open_client=acme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_button(pilot, ".card-remove")
        assert not app.screen.query(".pushback-card")
        assert app.screen.query_one("#add-pushback", Select).has_focus
        await press(pilot, "ctrl+q")
    assert "pushback" not in saved(store, acme)["waffle"]


async def test_thanks_come_in_the_letter_language_and_the_tone_checker_runs(store: ClientStore) -> None:
    bellini = new_client(store, "Bellini", "thank", language="it")
    app = BreakupApp(open_client=bellini)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert t("suggestion.in_letter_language", language=t("language.it")) in " ".join(
            str(s.render()) for s in app.screen.query(".form-note")
        )
        await press_button(pilot, "#thank-thanks .suggest")
        value = app.screen.query_one("#thank-thanks", SuggestedNotes).value
        plan = app.screen.query_one(StepForm).plan
        assert value == thank_suggestions(plan, "thanks", TODAY)[0]
        assert value.startswith("Vi ringrazio")  # a company, addressed as voi by default
        await focus_on(pilot, "#thank-reason-if-asked TextArea")
        await type_text(pilot, "dobbiamo lasciarci")
        await pilot.pause(0.5)
        hints = app.screen.query_one("#thank-reason-if-asked", SuggestedNotes).query_one(ToneHints)
        assert [f.text for f in hints.findings] == ["lasciarci"]
