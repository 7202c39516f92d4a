"""Step 1 by keyboard: reasons, incidents, the gut check and the verdict, saved and restored."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Input, RadioSet, Select, SelectionList, TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan, Status, Verdict
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.dialogs.commitment import CommitmentDialog
from breakup_tui.ui.dialogs.record import RecordDialog
from breakup_tui.ui.steps.decide import DecideForm
from breakup_tui.ui.widgets.advice_list import AdviceList
from breakup_tui.ui.widgets.incident_chart import IncidentChart
from breakup_tui.ui.widgets.task_list import TaskList
from tests.conftest import Dirs
from tests.helpers import app_at, clear_input, press, saved, settle, tab_to, type_text


async def log_incident(pilot, day: str, kind_letter: str, note: str) -> None:  # type: ignore[no-untyped-def]
    """Fill the open incident dialog: date, kind (typed to search), note, then enter."""
    assert isinstance(pilot.app.screen, RecordDialog)
    await clear_input(pilot)
    await type_text(pilot, day)
    await press(pilot, "tab", "enter")
    await type_text(pilot, kind_letter)
    await press(pilot, "enter", "tab")
    await type_text(pilot, note)
    await press(pilot, "enter")
    await pilot.pause()


async def test_fill_decide_by_keyboard_quit_and_find_it_all_again(store: ClientStore, dirs: Dirs) -> None:
    app, stem = app_at(store, "decide")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # The reasons are one stop: the arrows move between them and space ticks.
        await tab_to(pilot, "#reasons")
        await press(pilot, "space", "down", "down", "space")
        await tab_to(pilot, "#other-reasons")
        await type_text(pilot, "Scope creep on every job")
        await tab_to(pilot, "#incidents #add")
        await press(pilot, "enter")
        await pilot.pause()
        await log_incident(pilot, "2026-10-02", "p", "Invoice 104 paid 45 days late")
        # Back on the table: "a" logs another.
        await press(pilot, "a")
        await pilot.pause()
        await log_incident(pilot, "2026-08-14", "a", "Asked for 30% off")
        await tab_to(pilot, "#impact_creativity")
        await press(pilot, "enter", "4", "enter")
        await tab_to(pilot, "#impact_income")
        await press(pilot, "enter", "5", "enter")
        await tab_to(pilot, "#income-share")
        await type_text(pilot, "35")
        await tab_to(pilot, "#verdict")
        await press(pilot, "down", "enter")
        await tab_to(pilot, "#decide-notes")
        await type_text(pilot, "Talk to my accountant first")
        await pilot.pause()
        advice = app.screen.query_one(AdviceList)
        # Step 3 is still empty and the verdict is set, so letting it fade is not suggested.
        assert advice.ids == ["high_income", "talk_first"]
        assert "35%" in str(advice.render())
        await press(pilot, "ctrl+q")

    data = saved(store, stem)
    decide = data["decide"]
    assert decide["reasons"] == ["late_payment", "haggling"]
    assert decide["other_reasons"] == ["Scope creep on every job"]
    assert decide["incidents"] == [
        {"date": date(2026, 8, 14), "kind": "haggling", "note": "Asked for 30% off"},
        {"date": date(2026, 10, 2), "kind": "late_payment", "note": "Invoice 104 paid 45 days late"},
    ]
    assert (decide["impact_creativity"], decide["impact_income"]) == (4, 5)
    assert data["client"]["income_share"] == 35
    assert decide["verdict"] == "end" and decide["decided_on"] == date(2026, 11, 26)
    assert decide["notes"] == "Talk to my accountant first"
    assert data["progress"]["status"]["decide"] == "in_progress"

    again = BreakupApp(open_client=stem)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        form = again.screen.query_one(DecideForm)
        assert form.query_one("#reasons", SelectionList).selected == ["late_payment", "haggling"]
        assert form.query_one("#other-reasons TextArea", TextArea).text == "Scope creep on every job"
        table = form.query_one("#incidents DataTable", DataTable)
        assert [table.get_row_at(i)[0] for i in range(table.row_count)] == ["14 Aug 2026", "2 Oct 2026"]
        assert str(table.get_row_at(1)[2]) == "Invoice 104 paid 45…"
        # The menus hold the answer as the text their field reads and writes.
        assert form.query_one("#impact_creativity", Select).value == "4"
        assert form.query_one("#impact_income", Select).value == "5"
        assert form.query_one("#income-share Input", Input).value == "35"
        pressed = form.query_one("#verdict", RadioSet).pressed_button
        assert pressed is not None and pressed.id == "verdict-end"
        assert "Decided on 26 Nov 2026." in str(form.query_one("#verdict-outcome").render())
        chart = form.query_one(IncidentChart)
        assert [m.count for m in chart.months][-4:] == [1, 0, 1, 0]
        assert form.query_one("#decide-notes TextArea", TextArea).text == "Talk to my accountant first"


async def test_a_future_incident_is_refused_and_what_was_typed_stays(store: ClientStore) -> None:
    app, _stem = app_at(store, "decide")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#incidents #add")
        await press(pilot, "enter")
        await pilot.pause()
        await clear_input(pilot)
        await type_text(pilot, "2027-01-05")
        await press(pilot, "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        assert "future" in str(dialog.query_one("#field-date FieldError").render())
        assert dialog.query_one("#field-date Input", Input).value == "2027-01-05"
        await press(pilot, "escape")
        await pilot.pause()
        assert app.screen.query_one(DecideForm).plan.decide.incidents == []


async def test_keeping_them_marks_the_other_steps_not_needed(store: ClientStore, dirs: Dirs) -> None:
    app, stem = app_at(store, "decide")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#verdict")
        await press(pilot, "down", "down", "enter")
        await pilot.pause()
        options = app.screen.query_one(TaskList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(7)]
        assert all(label.startswith("–") for label in labels[1:])
        assert "remaining steps are marked not needed" in str(
            app.screen.query_one("#verdict-outcome").render()
        )
        # The user marks the decision done.
        await press(pilot, "ctrl+d")
        await press(pilot, "ctrl+q")
    status = saved(store, stem)["progress"]["status"]
    assert status["decide"] == "done"
    assert {status[s] for s in ("converse", "notice", "options", "waffle", "thank", "writing")} == {
        "not_needed"
    }


async def test_letting_it_fade_skips_steps_two_to_six(store: ClientStore, dirs: Dirs) -> None:
    app, stem = app_at(store, "decide")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#verdict")
        await press(pilot, "down", "down", "down", "enter")
        await press(pilot, "ctrl+q")
    status = saved(store, stem)["progress"]["status"]
    assert [s for s, v in status.items() if v == "not_needed"] == [
        "converse",
        "notice",
        "options",
        "waffle",
        "thank",
    ]
    assert status["writing"] == "not_started"


async def test_a_commitment_is_guarded_and_keeping_it_puts_the_verdict_back(store: ClientStore) -> None:
    plan = Plan.new("Acme")
    plan.decide.verdict = Verdict.END
    plan.waffle.commitment = "I finish on the last day."
    app, _stem = app_at(store, "decide", plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # The highlight starts on the verdict in the plan: one down is "keep them".
        await tab_to(pilot, "#verdict")
        await press(pilot, "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CommitmentDialog)
        await press(pilot, "escape")
        await pilot.pause()
        form = app.screen.query_one(DecideForm)
        assert form.plan.decide.verdict is Verdict.END
        pressed = form.query_one("#verdict", RadioSet).pressed_button
        assert pressed is not None and pressed.id == "verdict-end"
        assert form.plan.progress.status_of("converse") is Status.NOT_STARTED


async def test_opening_the_step_without_editing_leaves_it_not_started(store: ClientStore, dirs: Dirs) -> None:
    app, stem = app_at(store, "decide")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+q")
    assert saved(store, stem)["progress"]["status"]["decide"] == "not_started"
