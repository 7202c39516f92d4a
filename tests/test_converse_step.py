"""Step 2 by keyboard: the talking points with the tone checker, the meeting, saved and restored."""

from __future__ import annotations

import tomllib
from datetime import date

from textual.widgets import Input, Select, TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.steps.converse import ConverseForm
from breakup_tui.ui.widgets.fields import FieldError
from breakup_tui.ui.widgets.tone_hints import ToneHints
from tests.conftest import Dirs
from tests.helpers import app_at, clear_input, press, settle, tab_to, type_text

POINTS = {
    "expectations": "Payment within 30 days, as agreed",
    "what_changed": "Maybe we can break up for now",
    "why_better": "Someone focused on newsletters will serve you better",
}


async def test_fill_converse_by_keyboard_quit_and_find_it_all_again(store: ClientStore, dirs: Dirs) -> None:
    app, stem = app_at(store, "converse")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for field, text in POINTS.items():
            await tab_to(pilot, f"#converse-{field.replace('_', '-')}")
            await type_text(pilot, text)
        await pilot.pause(0.5)  # the tone checker waits for a pause in typing
        form = app.screen.query_one(ConverseForm)
        hints = form.query_one("#converse-what-changed ToneHints", ToneHints)
        assert [(f.family, f.text) for f in hints.findings] == [
            ("hedging", "Maybe"),
            ("break_up", "break up"),
            ("hedging", "for now"),
        ]
        assert not form.query_one("#converse-expectations ToneHints", ToneHints).findings

        await tab_to(pilot, "#meeting-on")
        await type_text(pilot, "2026-13-02")
        await pilot.pause()
        error = form.query_one("#meeting-on FieldError", FieldError)
        assert "is not a real date" in str(error.render())
        assert form.plan.converse.meeting_on is None  # nothing saved until valid
        assert form.query_one("#meeting-on Input", Input).value == "2026-13-02"  # nothing typed is lost
        await clear_input(pilot)
        await type_text(pilot, "2026-12-02")
        await pilot.pause()
        assert form.plan.converse.meeting_on == date(2026, 12, 2)
        assert "Wed 16 Dec 2026" in str(form.query_one("#notice-from-meeting").render())

        await tab_to(pilot, "#channel")
        await press(pilot, "enter", "v", "enter")
        await tab_to(pilot, "#converse-outcome")
        await type_text(pilot, "They took it well")
        await press(pilot, "ctrl+q")

    data = tomllib.loads((dirs.clients / f"{stem}.toml").read_text())
    converse = data["converse"]
    assert {k: converse[k] for k in POINTS} == POINTS
    assert converse["meeting_on"] == date(2026, 12, 2)
    assert converse["channel"] == "video"
    assert converse["outcome"] == "They took it well"
    assert data["progress"]["status"]["converse"] == "in_progress"

    again = BreakupApp(open_client=stem)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        form = again.screen.query_one(ConverseForm)
        for field, text in POINTS.items():
            assert form.query_one(f"#converse-{field.replace('_', '-')} TextArea", TextArea).text == text
        assert form.query_one("#meeting-on Input", Input).value == "02/12/2026"
        assert form.query_one("#channel", Select).value == "video"
        assert form.query_one("#converse-outcome TextArea", TextArea).text == "They took it well"
        # The findings are there on reopening, without typing anything.
        assert len(form.query_one("#converse-what-changed ToneHints", ToneHints).findings) == 3


async def test_the_tone_checker_reads_the_letters_language(store: ClientStore) -> None:
    plan = Plan.new("Bellini SRL", language="it")
    plan.converse.expectations = "Pagate sempre in ritardo, forse è meglio rompere."
    app, _stem = app_at(store, "converse", plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        hints = app.screen.query_one("#converse-expectations ToneHints", ToneHints)
        assert [f.family for f in hints.findings] == ["blame", "hedging", "break_up"]
        assert hints.display
