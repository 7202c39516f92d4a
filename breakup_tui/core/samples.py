"""Two sample clients, filled the way a real user would fill them, for the demo and the screenshots.

Every word comes from the ``[demo]`` catalogue of the given language, so the
samples follow the interface language; every date is relative to ``today``,
so the demo always looks current.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from breakup_tui.core.i18n import catalogue
from breakup_tui.core.plan import (
    HANDOVER_ITEMS,
    STEP_IDS,
    Account,
    Incident,
    Invoice,
    Plan,
    Project,
    Pushback,
    Referral,
    Status,
    Verdict,
)
from breakup_tui.core.settings import Settings


def _days(today: date, n: int) -> date:
    return today + timedelta(days=n)


def plan_mid_way(language: str, today: date) -> Plan:
    """A client the user has decided to leave and talked to, with the notice half done."""
    text = catalogue(language).t
    plan = Plan.new(
        text("demo.mid_name"),
        contact=text("demo.mid_contact"),
        email=text("demo.mid_email"),
        language=language,
    )
    plan.client.income_share = 22
    plan.progress.current = "notice"
    plan.progress.status.update(decide=Status.DONE, converse=Status.DONE, notice=Status.IN_PROGRESS)

    decide = plan.decide
    decide.verdict = Verdict.END
    decide.reasons = ["late_payment", "haggling", "negative"]
    decide.impact_creativity = 4
    decide.impact_income = 3
    decide.decided_on = _days(today, -5)
    decide.notes = text("demo.mid_notes")
    decide.incidents = [
        Incident(_days(today, -95), "haggling", text("demo.mid_incident_haggling")),
        Incident(_days(today, -54), "late_payment", text("demo.mid_incident_late")),
        Incident(_days(today, -12), "negative", text("demo.mid_incident_negative")),
    ]

    converse = plan.converse
    converse.expectations = text("demo.mid_expectations")
    converse.what_changed = text("demo.mid_what_changed")
    converse.why_better = text("demo.mid_why_better")
    converse.meeting_on = _days(today, 2)
    converse.channel = "video"

    notice = plan.notice
    notice.weeks = 2
    notice.contract_notice_days = 14
    first, second = text("demo.mid_project_1"), text("demo.mid_project_2")
    notice.stopping_point = first
    notice.projects = [
        Project(first, _days(today, 16), "finish"),
        Project(second, _days(today, 30), "hand_over"),
    ]
    notice.invoices = [
        Invoice("2047", Decimal("860.00"), "EUR", _days(today, 4), paid=False),
    ]
    return plan


def plan_ready_to_send(language: str, today: date) -> Plan:
    """A client with every step filled in and the letter ready to go."""
    text = catalogue(language).t
    plan = Plan.new(
        text("demo.ready_name"),
        contact=text("demo.ready_contact"),
        email=text("demo.ready_email"),
        language=language,
    )
    plan.client.income_share = 12
    plan.progress.current = "writing"
    plan.progress.status.update(dict.fromkeys(STEP_IDS, Status.DONE))
    plan.progress.status["writing"] = Status.IN_PROGRESS

    decide = plan.decide
    decide.verdict = Verdict.END
    decide.reasons = ["too_little_work", "outgrown"]
    decide.impact_creativity = 2
    decide.impact_income = 1
    decide.decided_on = _days(today, -20)
    decide.notes = text("demo.ready_notes")
    decide.incidents = [
        Incident(_days(today, -120), "too_little_work", text("demo.ready_incident_1")),
        Incident(_days(today, -40), "too_little_work", text("demo.ready_incident_2")),
    ]

    converse = plan.converse
    converse.expectations = text("demo.ready_expectations")
    converse.what_changed = text("demo.ready_what_changed")
    converse.why_better = text("demo.ready_why_better")
    converse.meeting_on = _days(today, -6)
    converse.channel = "in_person"
    converse.outcome = text("demo.ready_outcome")

    notice = plan.notice
    project = text("demo.ready_project")
    notice.stopping_point = project
    notice.projects = [Project(project, _days(today, 5), "finish")]
    notice.invoices = [
        Invoice("2039", Decimal("1450.00"), "EUR", _days(today, -10), paid=True),
        Invoice("2052", Decimal("620.00"), "EUR", _days(today, 14), paid=False),
    ]

    options = plan.options
    options.keep_referring = True
    options.interim_tools = text("demo.ready_interim_tools")
    options.handover = dict.fromkeys(HANDOVER_ITEMS, "done")
    options.handover["domains"] = "not_applicable"
    options.accounts = [Account(text("demo.ready_account_1")), Account(text("demo.ready_account_2"))]
    options.referrals = [
        Referral(text("demo.ready_referral_1"), "marta@ferri.example", text("demo.ready_referral_1_skill")),
        Referral(text("demo.ready_referral_2"), "tom@okafor.example", text("demo.ready_referral_2_skill")),
    ]

    plan.waffle.commitment = text("demo.ready_commitment")
    plan.waffle.pushback = [
        Pushback("more_money", text("demo.ready_answer_money")),
        Pushback("one_more_project", text("demo.ready_answer_project")),
        Pushback("guilt", text("demo.ready_answer_guilt")),
    ]
    plan.thank.thanks = text("demo.ready_thanks")
    plan.thank.reason_if_asked = text("demo.ready_reason")
    plan.writing.subject = text("demo.ready_subject")
    return plan


def sample_plans(language: str, today: date) -> list[Plan]:
    """The demo's clients: one mid-way, one ready to send."""
    return [plan_mid_way(language, today), plan_ready_to_send(language, today)]


def sample_settings(language: str) -> Settings:
    """A made-up sender, so the demo letter is signed without asking."""
    text = catalogue(language).t
    return Settings(
        your_name=text("demo.sender_name"),
        business=text("demo.sender_business"),
        email=text("demo.sender_email"),
        signature=text("demo.sender_signature"),
        language=language,
        letter_language=language,
    )
