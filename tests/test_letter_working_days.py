"""The letter counts working days as the notice step and the calendar do: same country, same last day."""

from __future__ import annotations

from datetime import date

import pytest

from breakup_tui.core.answers import step_answers
from breakup_tui.core.letter import generated_letter
from breakup_tui.core.plan import Project
from breakup_tui.core.settings import Settings
from breakup_tui.core.working_days import set_country
from tests.test_working_days import ending_on

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(("language", "expected"), [("en", "24 December 2026"), ("it", "24 dicembre 2026")])
def test_a_notice_ending_on_christmas_gives_the_day_before_in_the_letter(
    language: str, expected: str
) -> None:
    plan = ending_on(date(2026, 12, 25))
    plan.client.language = language
    letter = generated_letter(plan, Settings(your_name="Sam"), TODAY, "IT")
    assert expected in letter.body and "25 " not in letter.subject
    # With no country given, the process's country (set by the app or the command) is used.
    set_country("IT")
    assert expected in generated_letter(plan, Settings(your_name="Sam"), TODAY).body


def test_a_handover_due_after_the_last_day_is_promised_by_the_last_day() -> None:
    plan = ending_on(date(2026, 12, 18))
    plan.notice.projects = [Project("Newsletter templates", date(2027, 1, 8), "hand_over")]
    body = generated_letter(plan, Settings(your_name="Sam"), TODAY, "IT").body
    assert "Newsletter templates by 18 December 2026" in body
    assert "2027" not in body


def test_check_your_answers_shows_the_same_last_day() -> None:
    plan = ending_on(date(2026, 12, 25))
    set_country("IT")
    shown = str(step_answers(plan, "notice", TODAY))
    assert "24 Dec" in shown and "25 Dec" not in shown
