"""Plans filled the way a real user would fill them, for tests and screenshots."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from breakup_tui.core.plan import (
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


def filled_plan(name: str = "Acme Studio") -> Plan:
    """A client mid-way: decided, talked, notice being given."""
    plan = Plan.new(name, contact="Jane Doe", email="jane@acme.example")
    plan.client.income_share = 18
    plan.progress.current = "notice"
    plan.progress.status.update(decide=Status.DONE, converse=Status.DONE, notice=Status.IN_PROGRESS)
    d = plan.decide
    d.verdict = Verdict.END
    d.reasons = ["late_payment", "haggling"]
    d.impact_creativity = 4
    d.impact_income = 2
    d.decided_on = date(2026, 11, 20)
    d.incidents = [
        Incident(date(2026, 8, 14), "haggling", "Asked for 30% off the autumn campaign"),
        Incident(date(2026, 10, 2), "late_payment", "Invoice 104 paid 45 days late"),
    ]
    c = plan.converse
    c.expectations = "We agreed on payment within 30 days; the last three invoices ran late."
    c.what_changed = "My work has moved towards brand identity."
    c.why_better = "You will get someone who focuses on newsletters full time."
    c.meeting_on = date(2026, 12, 2)
    c.channel = "video"
    n = plan.notice
    n.contract_notice_days = 14
    n.stopping_point = "Website redesign"
    n.projects = [
        Project("Website redesign", date(2026, 12, 10), "finish"),
        Project("Newsletter templates", date(2026, 12, 22), "hand_over"),
    ]
    n.invoices = [
        Invoice("INV-104", Decimal("1200.00"), "EUR", date(2026, 11, 30), False),
        Invoice("INV-105", Decimal("450.50"), "EUR", date(2026, 12, 18), False),
    ]
    o = plan.options
    o.keep_referring = True
    o.handover.update(
        files="todo",
        accounts="todo",
        domains="not_applicable",
        documentation="done",
        brief_replacement="todo",
        interview_help="not_applicable",
    )
    o.accounts = [Account("WordPress admin")]
    o.referrals = [Referral("Mario Rossi", "mario@example.com", "WordPress")]
    plan.waffle.commitment = "I finish on the last day, whatever they offer."
    plan.waffle.pushback = [Pushback("more_money", "Thank you, but it is not about the rate.")]
    plan.thank.thanks = "Thank you for three good years of work together."
    plan.thank.reason_if_asked = "The work no longer fits where my business is going."
    return plan


def typical_plan(language: str = "en", address: str = "voi") -> Plan:
    """The filled plan a few days on: the conversation has taken place and an invoice is overdue.

    Its letter is the reference letter kept under ``tests/fixtures/letters``.
    """
    plan = filled_plan()
    plan.client.language = language
    plan.client.address = address
    plan.converse.meeting_on = date(2026, 11, 24)
    plan.converse.outcome = "They took it well and asked for a hand-over plan."
    plan.notice.invoices[0].due = date(2026, 11, 20)
    plan.thank.thanks = ""  # the catalogue's own thanks, in the letter's language and form
    return plan


def hostile_plan(text: str) -> Plan:
    """A plan with ``text`` in every free-text field."""
    plan = Plan.new(text, contact=text, email="jane@acme.example")
    d = plan.decide
    d.verdict, d.other_reasons, d.notes = Verdict.END, [text], text
    d.incidents = [Incident(date(2026, 10, 2), "late_payment", text)]
    c = plan.converse
    c.expectations = c.what_changed = c.why_better = c.outcome = text
    n = plan.notice
    n.projects = [Project(text, date(2026, 12, 10), "finish")]
    n.stopping_point = text
    n.invoices = [Invoice(text, Decimal("1200.00"), "EUR", date(2026, 11, 30), False)]
    o = plan.options
    o.interim_tools = text
    o.accounts = [Account(text)]
    o.referrals = [Referral(text, text, text)]
    plan.waffle.commitment = text
    plan.waffle.pushback = [Pushback("other", text, text)]
    plan.thank.thanks = plan.thank.reason_if_asked = text
    plan.writing.subject = plan.writing.body = text
    return plan
