"""Step 7 at 80×24: the letter takes the screen; the preview and the checks are a key away."""

from __future__ import annotations

from datetime import date

import pytest
from rich.text import Text
from textual.widgets import Button, Static, TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.store.clients import ClientStore
from tests.conftest import Dirs
from tests.helpers import (
    client_at_writing,
    letter_app,
    plan_at_writing,
    press,
    press_button,
    settle,
    settled,
    with_sender,
)

LANGUAGES = ["en", "it"]
# The longest date a month gives, in both languages.
LONGEST_SENT_DAY = date(2026, 12, 28)


def description_of(app: BreakupApp, key: str) -> str | None:
    active = app.screen.active_bindings.get(key)
    return active.binding.description if active is not None and active.enabled else None


@pytest.mark.parametrize("language", LANGUAGES)
async def test_at_80x24_the_editor_has_the_width_and_the_preview_is_one_key_away(
    store: ClientStore, dirs: Dirs, language: str
) -> None:
    with_sender(dirs)
    app = BreakupApp(open_client=client_at_writing(store), lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        body = app.screen.query_one("#letter-body", TextArea)
        preview = app.screen.query_one("#letter-preview", Static)
        await press(pilot, "tab", "tab")  # from the address, past the subject, into the letter
        assert body.has_focus
        assert body.region.width >= 76
        assert body.region.height >= 9
        assert not preview.region  # not squeezed beside the editor
        assert description_of(app, "f4") in {"Preview", "Anteprima"}
        assert description_of(app, "ctrl+e") is not None  # the external editor still works from here

        await press(pilot, "f4")
        await pilot.pause()
        assert not body.region
        assert preview.region.width >= 70
        assert "Dear Jane" in str(preview.render())
        assert app.screen.focused is app.screen.query_one("#letter-side")
        assert description_of(app, "f4") in {"Letter", "Lettera"}

        await press(pilot, "f4")
        await pilot.pause()
        assert body.has_focus and body.region.width >= 76
        assert not preview.region


async def test_typing_then_the_key_shows_the_preview_with_what_was_typed(
    store: ClientStore, dirs: Dirs
) -> None:
    with_sender(dirs)
    app = BreakupApp(open_client=client_at_writing(store))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "tab", "tab", "ctrl+home", "X", "y", "z", "f4")
        await pilot.pause()
        assert str(app.screen.query_one("#letter-preview", Static).render()).count("XyzDear Jane") == 1


@pytest.mark.parametrize("language", LANGUAGES)
async def test_on_a_wide_screen_the_preview_sits_beside_the_letter_and_follows_a_resize(
    store: ClientStore, dirs: Dirs, language: str
) -> None:
    with_sender(dirs)
    app = BreakupApp(open_client=client_at_writing(store), lang=language)
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        body = app.screen.query_one("#letter-body", TextArea)
        preview = app.screen.query_one("#letter-preview", Static)
        assert body.region and preview.region
        assert preview.region.x >= body.region.right
        assert description_of(app, "f4") is None

        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert body.region.width >= 76
        assert not preview.region

        await pilot.resize_terminal(130, 40)
        await settle(pilot)
        assert preview.region.x >= body.region.right


def assert_labels_fit(app: BreakupApp) -> None:
    for button in app.screen.query(Button):
        if not button.region:
            continue
        label = Text.from_markup(str(button.label)) if "[" in str(button.label) else Text(str(button.label))
        assert button.content_region.height == 1, f"{label.plain!r} wraps"
        assert label.cell_len <= button.content_region.width, f"{label.plain!r} is cut"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_button_of_the_letter_and_its_dialogs_fits_at_80_columns(
    store: ClientStore, dirs: Dirs, language: str
) -> None:
    with_sender(dirs)
    plan = plan_at_writing()
    plan.writing.sent_on = LONGEST_SENT_DAY
    # Earlier steps changed since the user's own version: the banner and its buttons show.
    plan.writing.body = "Dear Jane,\n\nMy own words.\n"
    plan.writing.based_on = "an older letter"
    app = BreakupApp(open_client=store.create(plan), lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "28" in str(app.screen.query_one("#letter-sent", Button).label)
        assert_labels_fit(app)
        await press(pilot, "f4")
        await pilot.pause()
        assert_labels_fit(app)
        await press(pilot, "f4")
        await pilot.pause()
        for dialog_button in ("#letter-export", "#letter-settings"):
            await press_button(pilot, dialog_button)
            await settle(pilot)
            assert_labels_fit(app)
            await press(pilot, "escape")
            await settle(pilot)


async def test_the_hint_names_the_preview_key_even_while_the_focus_is_outside_the_letter(
    store: ClientStore, dirs: Dirs
) -> None:
    # The hint is written when the letter is shown, which can be before the focus enters the form;
    # it must still name the preview's key, not the first key the form's classes declare.
    with_sender(dirs)
    app = BreakupApp(open_client=client_at_writing(store))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one("TaskList").focus()
        await settle(pilot)
        form = app.screen.query_one("WritingForm")
        form.show_hint()  # type: ignore[attr-defined]
        await settle(pilot)
        hint = str(app.screen.query_one("#letter-hint", Static).render())
        assert hint.endswith("F4 shows the preview"), hint


def drawn_with_each_key(editor: TextArea) -> list[str]:
    """The widgets drawn again with every key typed in the editor, the editor included.

    Textual redraws the changed region with every widget whose parent's region overlaps it: the
    editor, the screen, and each shown child of each container around the editor. The typing
    budget (docs/performance.md) is spent on them, so the letter screen keeps that set small.
    """
    drawn = [editor]
    for container in editor.ancestors:
        if container is editor.screen.parent:
            break
        drawn += [child for child in container.children if child.display and child is not editor]
        if container is editor.screen:
            drawn.append(container)
    return [f"{type(widget).__name__}#{widget.id}" for widget in drawn]


@pytest.mark.parametrize("size", [(80, 24), (100, 40), (140, 40)])
async def test_few_widgets_are_drawn_again_with_each_key_typed_in_the_letter(
    store: ClientStore, dirs: Dirs, size: tuple[int, int]
) -> None:
    async with letter_app(store, dirs).run_test(size=size) as pilot:
        await settled(pilot)  # the form laid out and its first field focused, whatever the load
        drawn = drawn_with_each_key(pilot.app.screen.query_one("#letter-body", TextArea))
    # The editor, the screen, its top bar, step area and footer, the step's heading, guidance and
    # form, and the form's address lines, panes, length gauge and buttons; side by side, the
    # step list and the preview too. There were 15 (17 side by side) before the containers
    # around the editor were taken out.
    assert len(drawn) <= (14 if size[0] >= 120 else 12), ", ".join(drawn)
