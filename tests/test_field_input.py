"""A one-line field shows the reader what matters: its cursor while typing, its start once left.

Seen at 80×24: a field left after typing kept showing the end of its text, and the focused
first field of step 5 came up cut off (its end and cursor out of view) whenever the form's
width settled after the field had scrolled to its cursor.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Vertical

from breakup_tui.ui.widgets.field_input import FieldInput
from tests.helpers import press

LONG = "My work for Bellweather stays as agreed, whatever is offered."


class TwoFields(App[None]):
    CSS = "#box { width: 40; } FieldInput { width: 100%; }"

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield FieldInput(LONG, id="first", compact=True)
            yield FieldInput("short", id="second", compact=True)


def cursor_in_view(field: FieldInput) -> bool:
    """The cell the cursor sits on (after the text, at its end) is inside the field's width."""
    cell = len(field.value[: field.cursor_position]) - field.scroll_offset.x
    return 0 <= cell < field.content_size.width


async def test_a_focused_field_keeps_its_cursor_in_view_when_it_narrows() -> None:
    app = TwoFields()
    async with app.run_test(size=(80, 24)) as pilot:
        first = app.query_one("#first", FieldInput)
        first.focus()
        await pilot.pause()
        assert first.cursor_position == len(LONG)
        assert cursor_in_view(first)
        app.query_one("#box").styles.width = 30
        await pilot.pause()
        await pilot.pause()
        assert first.content_size.width < 40
        assert cursor_in_view(first), "the cursor went out of view when the field narrowed"


async def test_a_field_left_shows_the_start_of_its_text() -> None:
    app = TwoFields()
    async with app.run_test(size=(80, 24)) as pilot:
        first = app.query_one("#first", FieldInput)
        first.focus()
        await press(pilot, "end")
        await pilot.pause()
        assert first.scroll_offset.x > 0
        await press(pilot, "tab")
        await pilot.pause()
        assert app.focused is app.query_one("#second")
        assert first.scroll_offset.x == 0
        # Coming back, the cursor is where the user left it, and in view.
        await press(pilot, "shift+tab")
        await pilot.pause()
        await pilot.pause()
        assert app.focused is first
        assert cursor_in_view(first)
