"""The step forms by keyboard at 80×24, in English and Italian: groups take one Tab and move with
arrows, the key decision is a few keys from the top, focus shows a field's message, the form says
when it continues below, removed list items come back with u, and a suggestion never overwrites
silently."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.widgets import DataTable, Input, RadioSet, SelectionList, TextArea

from breakup_tui.core.i18n import catalogue
from breakup_tui.core.plan import Account, Plan, Pushback
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.widgets.fields import FieldError, FieldNote
from tests.factories import filled_plan
from tests.helpers import app_at, press, saved, settle, tab_to, toasts, type_text

SIZE = (80, 24)
LANGUAGES = ["en", "it"]


def form_of(pilot: Any) -> StepForm:
    return pilot.app.screen.query_one(StepForm)


async def tabs_until(pilot: Any, selector: str, limit: int = 30) -> int:
    """How many Tab presses take the focus from where the step put it to ``selector``."""
    target = pilot.app.screen.query_one(selector)
    for presses in range(limit):
        focused = pilot.app.focused
        if focused is not None and target in focused.ancestors_with_self:
            return presses
        await press(pilot, "tab")
    raise AssertionError(f"{selector} not reached in {limit} tabs")


async def open_at(store: ClientStore, step: str, plan: Plan | None, language: str) -> tuple[Any, str]:
    return app_at(store, step, plan or filled_plan("Acme"), lang=language)


# -- groups move with arrows, one Tab each; the key decision is near the top ----------


@pytest.mark.parametrize("language", LANGUAGES)
async def test_reasons_are_one_stop_and_arrows_move_between_them(store: ClientStore, language: str) -> None:
    app, stem = await open_at(store, "decide", Plan.new("Acme"), language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reasons = app.screen.query_one("#reasons", SelectionList)
        assert reasons.has_focus
        form = form_of(pilot)
        await press(pilot, "space", "down", "down", "space")
        await settle(pilot)
        # The arrows moved inside the group: the page did not scroll under the user.
        assert form.scroll_y == 0
        # Ticked ones show ✓, the others an empty box, as every checkbox of the steps does.
        marks = [reasons.render_line(line).text[:3] for line in range(3)]
        assert ["✓" in marks[0], "✓" in marks[1], "✓" in marks[2]] == [True, False, True]
        assert not any("X" in mark for mark in marks)
        await press(pilot, "tab")
        assert app.focused is app.screen.query_one("#other-reasons TextArea", TextArea)
        await press(pilot, "ctrl+q")
    assert saved(store, stem)["decide"]["reasons"] == ["late_payment", "haggling"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("step", "decision"), [("decide", "#verdict"), ("notice", "#last-day-override")])
async def test_the_steps_key_decision_is_at_most_three_keys_from_its_top(
    store: ClientStore, language: str, step: str, decision: str
) -> None:
    app, _stem = await open_at(store, step, None, language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert await tabs_until(pilot, decision) <= 3


async def test_the_verdict_moves_with_arrows_inside_its_one_stop(store: ClientStore) -> None:
    app, stem = await open_at(store, "decide", Plan.new("Acme"), "it")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#verdict")
        await press(pilot, "down", "enter")
        await settle(pilot)
        assert isinstance(app.focused, RadioSet)
        await press(pilot, "ctrl+q")
    assert saved(store, stem)["decide"]["verdict"] == "end"


# -- focus shows the field's message; the form says when it continues ------------------


def shows_as_much_as_fits(form: StepForm, field: Any) -> bool:
    """The whole field is on screen, or (taller than the screen) it starts at the top of it."""
    shown, region = form.content_region, field.region
    if region.height <= shown.height:
        return shown.y <= region.y and region.bottom <= shown.bottom
    return region.y == shown.y


TONE_TROUBLE = "You always pay late. Maybe it is time we break up, for now."


@pytest.mark.parametrize("language", LANGUAGES)
async def test_tabbing_to_a_long_text_brings_its_warnings_into_view(
    store: ClientStore, language: str
) -> None:
    plan = filled_plan("Acme")
    plan.converse.what_changed = plan.converse.why_better = TONE_TROUBLE
    app, _stem = await open_at(store, "converse", plan, language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        form = form_of(pilot)
        for field_id in ("#converse-what-changed", "#converse-why-better"):
            await tab_to(pilot, field_id)
            await settle(pilot)
            field = form.query_one(field_id)
            assert field.query_one("ToneHints").display
            assert shows_as_much_as_fits(form, field), field_id


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_long_step_says_there_is_more_below_until_its_end(store: ClientStore, language: str) -> None:
    app, _stem = await open_at(store, "notice", None, language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        form = form_of(pilot)
        hint = form.query_one("#more-below")
        more = catalogue(language).t("form.more_below")
        assert hint.display and more in str(hint.render())
        for _ in range(12):
            await press(pilot, "pagedown")
        await settle(pilot)
        assert form.scroll_y == form.max_scroll_y
        assert not hint.display


# -- removed list items come back with u -----------------------------------------------


def undo_key_named(app: Any, language: str) -> bool:
    return any("u" in toast and catalogue(language).t("form.undo_hint") in toast for toast in toasts(app))


async def remove_first_row(pilot: Any, editor: str) -> None:
    """Delete on a list's first row, then confirm: removing asks first, as before (Cancel has the focus)."""
    await tab_to(pilot, f"{editor} DataTable")
    await press(pilot, "delete")
    await settle(pilot)
    await press(pilot, "tab", "enter")
    await settle(pilot)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_removed_incident_comes_back_in_place_with_u(store: ClientStore, language: str) -> None:
    app, stem = await open_at(store, "decide", None, language)
    before = saved(store, stem)["decide"]["incidents"]
    assert len(before) == 2
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await remove_first_row(pilot, "#incidents")
        table = app.screen.query_one("#incidents DataTable", DataTable)
        assert table.row_count == 1
        assert undo_key_named(app, language)
        await press(pilot, "u")
        await settle(pilot)
        assert table.row_count == 2
        await press(pilot, "ctrl+q")
    assert saved(store, stem)["decide"]["incidents"] == before


async def test_undoing_the_stopping_points_removal_brings_the_stopping_point_back(store: ClientStore) -> None:
    plan = filled_plan("Acme")
    stop = plan.notice.stopping_point
    assert stop == plan.notice.projects[0].name
    app, stem = await open_at(store, "notice", plan, "it")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await remove_first_row(pilot, "#projects")
        assert form_of(pilot).plan.notice.stopping_point is None
        await press(pilot, "u")
        await settle(pilot)
        assert form_of(pilot).plan.notice.stopping_point == stop
        await press(pilot, "ctrl+q")
    assert saved(store, stem)["notice"]["stopping_point"] == stop


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_removed_account_and_pushback_come_back_with_u(store: ClientStore, language: str) -> None:
    plan = filled_plan("Acme")
    plan.options.accounts = [Account("WordPress admin"), Account("Hosting panel")]
    plan.waffle.pushback = [
        Pushback("more_money", answer="No, thank you."),
        Pushback("other", "Stay?", "No."),
    ]
    app, stem = await open_at(store, "options", plan, language)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#account-rows")
        await press(pilot, "enter")
        await settle(pilot)
        assert [a.label for a in form_of(pilot).plan.options.accounts] == ["Hosting panel"]
        assert undo_key_named(app, language)
        await press(pilot, "u")
        await settle(pilot)
        assert [a.label for a in form_of(pilot).plan.options.accounts] == ["WordPress admin", "Hosting panel"]
        await press(pilot, "alt+right")
        await settle(pilot)
        await tab_to(pilot, ".card-remove")
        await press(pilot, "enter")
        await settle(pilot)
        assert [p.kind for p in form_of(pilot).plan.waffle.pushback] == ["other"]
        await press(pilot, "u")
        await settle(pilot)
        assert [p.kind for p in form_of(pilot).plan.waffle.pushback] == ["more_money", "other"]
        assert len(app.screen.query(".pushback-card")) == 2
        await press(pilot, "ctrl+q")
    data = saved(store, stem)
    assert [a["label"] for a in data["options"]["accounts"]] == ["WordPress admin", "Hosting panel"]
    assert [p["kind"] for p in data["waffle"]["pushback"]] == ["more_money", "other"]


# -- suggestions replace or append, undoably; an overdue date is a note -----------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("button", "expect"), [("replace", "{s}"), ("append", "Mine.\n\n{s}")])
async def test_a_suggestion_replaces_or_appends_own_words_and_u_undoes_it(
    store: ClientStore, language: str, button: str, expect: str
) -> None:
    plan = filled_plan("Acme")
    plan.thank.thanks = "Mine."
    app, stem = await open_at(store, "thank", plan, language)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await tab_to(pilot, f"#thank-thanks .suggest-{button}")
        await press(pilot, "enter")
        await settle(pilot)
        notes = app.screen.query_one("#thank-thanks TextArea", TextArea)
        suggestion = notes.text.removeprefix("Mine.\n\n")
        assert suggestion and notes.text == expect.format(s=suggestion)
        assert undo_key_named(app, language)
        # The focus stayed on the suggestion's row, outside the text: u undoes.
        await press(pilot, "u")
        await settle(pilot)
        assert notes.text == "Mine."
        await press(pilot, "ctrl+q")
    assert saved(store, stem)["thank"]["thanks"] == "Mine."


@pytest.mark.parametrize("language", LANGUAGES)
async def test_an_overdue_invoice_due_date_is_a_note_not_an_error(store: ClientStore, language: str) -> None:
    app, stem = await open_at(store, "notice", Plan.new("Acme"), language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#invoices #add")
        await press(pilot, "enter")
        await settle(pilot)
        dialog = app.screen
        await type_text(pilot, "INV-9")
        await press(pilot, "tab")
        await type_text(pilot, "100")
        await press(pilot, "tab", "tab")
        await type_text(pilot, "02/11/2026")
        await settle(pilot)
        note = dialog.query_one("#field-due FieldNote", FieldNote)
        assert note.display
        assert note.styles.color == dialog.query_one("#field-due FieldNote").styles.color
        assert not dialog.query_one("#field-due FieldError", FieldError).display
        assert not dialog.query_one("#field-due Input", Input).has_class("-invalid")
        assert note.styles.color != dialog.query_one("#field-due FieldError", FieldError).styles.color
        await press(pilot, "enter")
        await settle(pilot)
        assert app.screen is not dialog
        await press(pilot, "ctrl+q")
    assert saved(store, stem)["notice"]["invoices"][0]["due"] == date(2026, 11, 2)


@pytest.mark.parametrize("step", ["converse", "notice", "waffle"])
async def test_the_wizards_ctrl_keys_work_while_the_first_field_has_focus(
    store: ClientStore, step: str
) -> None:
    # A step opens with its first text field focused; the field's own ctrl+w (delete a word)
    # must not swallow the wrap-up, nor its ctrl+left/right the change of step with alt.
    app, _stem = app_at(store, step, filled_plan())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, Input | TextArea)
        await press(pilot, "ctrl+w")
        await settle(pilot)
        assert type(app.screen).__name__ == "WrapupScreen"
        await press(pilot, "escape")
        await settle(pilot)
        assert isinstance(app.focused, Input | TextArea)
        before = app.screen.plan.progress.current  # type: ignore[attr-defined]
        await press(pilot, "alt+right")
        await settle(pilot)
        assert app.screen.plan.progress.current != before  # type: ignore[attr-defined]
