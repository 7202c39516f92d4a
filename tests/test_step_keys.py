"""The keys that change step work wherever the focus is, text fields included, and the footer shows them."""

from __future__ import annotations

import pytest
from textual.widgets import Footer, Input, TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.help import keys_of
from breakup_tui.ui.wizard import WizardScreen
from tests.conftest import Dirs
from tests.helpers import press, settle, with_sender


def footer_text(app: BreakupApp) -> str:
    footer = app.screen.query_one(Footer)
    return " ".join(str(key.render()) for key in footer.children)


@pytest.mark.parametrize("field", [Input, TextArea])
async def test_next_and_back_work_from_inside_a_text_field(store: ClientStore, field: type) -> None:
    plan = Plan.new("Acme")
    plan.progress.current = "converse"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        text_field = screen.query(field).first()
        text_field.focus()
        await settle(pilot)
        # The footer names the key that works here, not one the field would take for itself;
        # Back is in the help only, so the footer fits 80 columns in Italian as well.
        assert "alt+→" in footer_text(app) and "ctrl+→" not in footer_text(app)
        assert any(k.keys == "alt+←" and k.description == "Back" for k in keys_of(screen))
        await press(pilot, "alt+right")
        await settle(pilot)
        assert screen.current == "notice"
        await press(pilot, "alt+left", "alt+left")
        await settle(pilot)
        assert screen.current == "decide"


async def test_ctrl_arrows_still_change_step_outside_text_fields(store: ClientStore) -> None:
    app = BreakupApp(open_client=store.create(Plan.new("Acme")))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        await press(pilot, "ctrl+right")
        await settle(pilot)
        assert screen.current == "converse"


@pytest.mark.parametrize("step", ["decide", "converse", "notice", "options", "waffle", "thank"])
async def test_changing_step_puts_the_focus_on_the_steps_first_field(store: ClientStore, step: str) -> None:
    plan = Plan.new("Acme")
    plan.progress.current = "decide" if step != "decide" else "converse"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        screen.go_to(step)
        await settle(pilot)
        form = screen.query_one(".step-form")
        # The focus moves once the new form is laid out: give a loaded machine a few frames.
        for _ in range(40):
            if app.focused is not None and form in app.focused.ancestors:
                break
            await pilot.pause(0.05)
        focused = app.focused
        assert focused is not None and form in focused.ancestors
        # No invisible stop: the form itself never takes the focus, so Tab lands on a field.
        assert not form.can_focus
        first = next(w for w in screen.focus_chain if form in w.ancestors)
        # The first field, or another stop of the same first group (a list's table or its Add button).
        group = next(a for a in first.ancestors_with_self if a.parent is form)
        assert group in focused.ancestors_with_self


async def test_the_footer_offers_next_only_where_there_is_a_next_step(store: ClientStore, dirs: Dirs) -> None:
    with_sender(dirs)  # the letter does not stop to ask for a signature
    plan = Plan.new("Acme")
    plan.progress.current = "thank"
    app = BreakupApp(open_client=store.create(plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "alt+→" in footer_text(app)
        screen = app.screen
        assert isinstance(screen, WizardScreen)
        screen.go_to("writing")
        await settle(pilot)
        assert "alt+→" not in footer_text(app)
        await press(pilot, "alt+left")
        await settle(pilot)
        assert screen.current == "thank" and "alt+→" in footer_text(app)
