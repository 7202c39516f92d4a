"""The tone checker's findings stay short: a line per rule, its suggestion once, the list capped."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.widgets import TextArea

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import set_language
from breakup_tui.core.tone import check_tone
from breakup_tui.store.clients import ClientStore
from breakup_tui.ui.steps.writing import PREVIEW_DELAY
from breakup_tui.ui.widgets.tone_hints import MAX_LINES, ToneHints, describe
from tests.conftest import Dirs
from tests.helpers import plan_at_writing, press, settle, with_sender

# Six findings of three rules, two of them the same words twice.
ENGLISH = (
    "We need to break up. It's not you, it's me. I'm breaking up with you. "
    "We should split up. It's not you, it's me, really. Sorry to say it is over between us."
)
ITALIAN = (
    "Ci lasciamo. Non sei tu, sono io. Ci lasciamo davvero. È finita tra noi. "
    "Purtroppo mi dispiace tanto. Ci lasciamo."
)


def rendered_lines(text: Text) -> list[str]:
    return text.plain.split("\n")


def test_two_findings_of_one_rule_share_a_line_and_its_suggestion_is_given_once() -> None:
    findings = check_tone("We need to break up. I'm breaking up with you.", "en")
    assert len(findings) == 2
    lines = rendered_lines(describe(findings))
    assert len(lines) == 2
    assert "“break up”, “breaking up”" in lines[0]
    assert lines[1].strip().startswith("Try:")
    assert sum("I have decided to end our working relationship" in line for line in lines) == 1


def test_the_same_words_twice_are_counted_not_repeated() -> None:
    lines = rendered_lines(describe(check_tone("It's not you, it's me. It's not you, it's me.", "en")))
    assert "“It's not you, it's me” ×2" in lines[0]


@pytest.mark.parametrize(
    ("language", "text", "more"), [("en", ENGLISH, "and 2 more"), ("it", ITALIAN, "e 1 altra segnalazione")]
)
def test_a_long_list_stops_at_five_lines_and_says_how_many_it_left_out(
    language: str, text: str, more: str
) -> None:
    set_language(language)
    findings = check_tone(text, language)
    assert len(findings) == 6
    lines = rendered_lines(describe(findings))
    assert len(lines) <= MAX_LINES
    assert more in lines[-1]


def test_several_findings_left_out_read_in_the_plural() -> None:
    set_language("it")
    text = "Ci lasciamo. Non sei tu, sono io. Purtroppo mi dispiace tanto."
    findings = check_tone(text, "it")
    lines = rendered_lines(describe(findings, max_lines=3))
    assert len(lines) == 3
    assert "e altre 2 segnalazioni" in lines[-1]


@pytest.mark.parametrize(("language", "text"), [("en", ENGLISH), ("it", ITALIAN)])
async def test_the_letters_findings_take_five_lines_at_most_at_80x24(
    store: ClientStore, dirs: Dirs, language: str, text: str
) -> None:
    with_sender(dirs)
    plan = plan_at_writing()
    plan.client.language = language
    plan.writing.body = f"Dear Jane,\n\n{text}\n"
    app = BreakupApp(open_client=store.create(plan), lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        body = app.screen.query_one("#letter-body", TextArea)
        body.focus()
        await press(pilot, "end")
        await pilot.pause(PREVIEW_DELAY * 2)
        hints = app.screen.query_one("#letter-tone", ToneHints)
        assert len(hints.findings) == 6
        # Each finding's line is cut to the width rather than wrapped.
        assert hints.region.height <= MAX_LINES
