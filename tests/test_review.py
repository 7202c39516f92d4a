"""What the check-your-answers page and the editor flag as missing, and how answers are summed up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from breakup_tui.core.answers import step_answers
from breakup_tui.core.i18n import set_language
from breakup_tui.core.plan import STEP_IDS, Invoice, Plan, Project, Verdict
from breakup_tui.core.review import SETTINGS, find_gaps
from breakup_tui.core.settings import Settings
from tests.conftest import TODAY
from tests.factories import filled_plan, typical_plan

SENDER = Settings(your_name="Sam Rivera")


def messages(plan: Plan, settings: Settings = SENDER) -> list[tuple[str, str]]:
    return [(gap.step, gap.message) for gap in find_gaps(plan, settings, TODAY)]


def test_a_filled_plan_with_a_sender_misses_nothing() -> None:
    assert messages(typical_plan()) == []


def test_each_missing_piece_is_named_with_the_step_that_fixes_it() -> None:
    plan = typical_plan()
    plan.decide.verdict = Verdict.UNDECIDED  # no reason to end: no computed last day either
    plan.client.email = ""
    plan.writing.to = ""
    plan.notice.projects.append(Project("Logo", None, None))
    plan.notice.invoices.append(Invoice("INV-106", Decimal("90"), "EUR", None))
    gaps = messages(plan, Settings())
    steps = [step for step, _ in gaps]
    text = " ".join(message for _, message in gaps)
    assert steps == ["decide", "notice", "notice", "notice", "notice", "writing", SETTINGS]
    assert text.startswith("No verdict yet")
    assert "No last working day" in text
    assert "“Logo” is neither to finish nor to hand over" in text
    assert "“Logo” has no due date" in text
    assert "Invoice INV-106 has no due date" in text
    assert "No email address" in text
    assert "Your name is missing" in text


def test_a_project_to_finish_after_the_last_day_is_flagged() -> None:
    plan = typical_plan()
    plan.notice.projects[1].plan = "finish"  # due 22 December, the last day is the 10th
    assert messages(plan) == [
        ("notice", "“Newsletter templates” is due after the last day but marked to finish.")
    ]


def test_paid_invoices_need_no_due_date() -> None:
    plan = typical_plan()
    plan.notice.invoices.append(Invoice("OLD", Decimal("10"), "EUR", None, paid=True))
    assert messages(plan) == []


def test_a_fading_relationship_only_minds_unpaid_invoices() -> None:
    plan = Plan.new("Corvo", email="x@corvo.example")
    plan.decide.verdict = Verdict.FADE
    assert messages(plan) == []
    plan.notice.invoices.append(Invoice("C-1", Decimal("10"), "EUR", date(2026, 11, 1)))
    assert [step for step, _ in messages(plan)] == ["notice"]


def test_every_step_has_answers_in_the_interface_language() -> None:
    plan = filled_plan()
    for step in STEP_IDS:
        assert step_answers(plan, step, TODAY)
    notice = dict(step_answers(plan, "notice", TODAY))
    assert notice["Last working day"] == "16 December 2026 (computed)"
    assert notice["Total owed"] == "€1,650.50"
    set_language("it")
    notice = dict(step_answers(plan, "notice", TODAY))
    assert notice["Totale dovuto"] == "1.650,50 €"
