"""The entries of a plan's lists: incidents, projects, invoices, accounts, referrals, pushback, wrap-up ticks.

Like the step tables in ``plan``, each field declares its key in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from breakup_tui.core.plan_vocabulary import PROJECT_PLANS, PUSHBACK_KINDS, REASONS, WRAPUP_STATES
from breakup_tui.core.schema_fields import boolean, choice, day, listed, money, text


@dataclass
class Incident:
    date: date = day("when it happened", required=True)
    kind: str = text(f"a reason id ({listed(REASONS)}) or `other`", "other")
    note: str = text("what happened")


@dataclass
class Project:
    name: str = text("the project's name, unique in the plan")
    due: date | None = day("when it is due")
    plan: str | None = choice("finish it, or hand it over; absent while not decided", PROJECT_PLANS, None)


@dataclass
class Invoice:
    number: str = text("the invoice's number")
    amount: Decimal = money("the amount")
    currency: str = text("the ISO currency code", "EUR")
    due: date | None = day("when it is due")
    paid: bool = boolean("whether it is paid")


@dataclass
class Referral:
    name: str = text("the person's name")
    contact: str = text("an email, a phone number, a URL")
    speciality: str = text("what they do best")


@dataclass
class Account:
    label: str = text('a label only, such as "WordPress admin"; never a password')


@dataclass
class Pushback:
    kind: str = choice("the kind of pushback", PUSHBACK_KINDS, "other")
    answer: str = text("your prepared answer")
    # The user's own wording, for kind "other".
    text: str = text("your own wording, for `other`", written_when_default=False)


@dataclass
class WrapupTick:
    # The item's stable key, e.g. "invoice:INV-104" (core/wrapup.py).
    key: str = text(
        "the item: `project:<name>`, `invoice:<number>`, `handover:<item>` (e.g. `handover:files`), "
        "`acknowledgement`, `access`, `check_in`",
        required=True,
    )
    state: str = choice("for an invoice, `done` is paid and `not_needed` written off", WRAPUP_STATES, "todo")
    on: date | None = day("the day it was done or marked not needed")
    chased_on: date | None = day(
        "invoices: the day the last payment reminder went out (the follow-up is due a week later)"
    )
