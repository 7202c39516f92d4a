"""A client's plan: one dataclass per step, in the shape of the saved file (DESIGN §5)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

SCHEMA_VERSION = 1

# The seven steps, in the order the user walks them.
STEP_IDS: tuple[str, ...] = (
    "decide",
    "converse",
    "notice",
    "options",
    "waffle",
    "thank",
    "writing",
)

LANGUAGES: tuple[str, ...] = ("en", "it")


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_NEEDED = "not_needed"


class Verdict(StrEnum):
    UNDECIDED = "undecided"
    END = "end"
    KEEP = "keep"
    FADE = "fade"


# Reasons to end it (D1, D5); incidents use the same kinds.
REASONS: tuple[str, ...] = (
    "late_payment",
    "ignores_contract",
    "haggling",
    "negative",
    "too_little_work",
    "outgrown",
)

CHANNELS: tuple[str, ...] = ("call", "video", "in_person")
PROJECT_PLANS: tuple[str, ...] = ("finish", "hand_over")
HANDOVER_ITEMS: tuple[str, ...] = (
    "files",
    "accounts",
    "domains",
    "documentation",
    "brief_replacement",
    "interview_help",
)
# Every item starts undecided: only what the user chose to do (or did) becomes a promise.
HANDOVER_UNDECIDED = "undecided"
HANDOVER_STATES: tuple[str, ...] = (HANDOVER_UNDECIDED, "todo", "done", "not_applicable")
# How an Italian letter speaks to the client; English has one form for all three.
ADDRESS_FORMS: tuple[str, ...] = ("voi", "lei", "tu")
DEFAULT_ADDRESS = "voi"
PUSHBACK_KINDS: tuple[str, ...] = (
    "more_money",
    "one_more_project",
    "cant_manage",
    "guilt",
    "discount",
    "other",
)


@dataclass
class ClientDetails:
    name: str
    contact: str = ""
    email: str = ""
    language: str = "en"
    income_share: int | None = None
    # The name after "Dear"; empty means the contact's first word.
    greeting: str = ""
    address: str = DEFAULT_ADDRESS

    def greeting_name(self) -> str:
        """Whom the letter greets: the chosen name, else the contact's first name."""
        chosen = self.greeting.strip()
        if chosen:
            return chosen
        words = self.contact.split()
        return words[0] if words else ""


@dataclass
class Progress:
    current: str = "decide"
    updated: datetime | None = None
    status: dict[str, Status] = field(default_factory=lambda: {step: Status.NOT_STARTED for step in STEP_IDS})

    def status_of(self, step: str) -> Status:
        return self.status.get(step, Status.NOT_STARTED)

    def steps_done(self) -> int:
        return sum(1 for s in STEP_IDS if self.status_of(s) in (Status.DONE, Status.NOT_NEEDED))


@dataclass
class Incident:
    date: date
    kind: str
    note: str = ""


@dataclass
class Decide:
    verdict: Verdict = Verdict.UNDECIDED
    reasons: list[str] = field(default_factory=list)
    other_reasons: list[str] = field(default_factory=list)
    impact_creativity: int | None = None
    impact_income: int | None = None
    decided_on: date | None = None
    notes: str = ""
    incidents: list[Incident] = field(default_factory=list)


@dataclass
class Converse:
    expectations: str = ""
    what_changed: str = ""
    why_better: str = ""
    meeting_on: date | None = None
    channel: str | None = None
    outcome: str = ""


@dataclass
class Project:
    name: str
    due: date | None = None
    plan: str | None = None


@dataclass
class Invoice:
    number: str
    amount: Decimal = Decimal("0")
    currency: str = "EUR"
    due: date | None = None
    paid: bool = False


@dataclass
class Notice:
    weeks: int = 2
    contract_notice_days: int | None = None
    stopping_point: str | None = None
    # Written only when the user overrides the computed day.
    last_day: date | None = None
    projects: list[Project] = field(default_factory=list)
    invoices: list[Invoice] = field(default_factory=list)


@dataclass
class Referral:
    name: str
    contact: str = ""
    speciality: str = ""


@dataclass
class Account:
    label: str


@dataclass
class Options:
    keep_referring: bool = False
    interim_tools: str = ""
    handover: dict[str, str] = field(
        default_factory=lambda: dict.fromkeys(HANDOVER_ITEMS, HANDOVER_UNDECIDED)
    )
    accounts: list[Account] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)


@dataclass
class Pushback:
    kind: str
    answer: str = ""
    text: str = ""  # the user's own wording, for kind "other"


@dataclass
class Waffle:
    commitment: str = ""
    pushback: list[Pushback] = field(default_factory=list)


@dataclass
class Thank:
    thanks: str = ""
    reason_if_asked: str = ""


@dataclass
class Writing:
    to: str = ""
    subject: str = ""
    # Written only once the user edits the body by hand.
    body: str | None = None
    # The fingerprint of the generated letter the hand edit started from, to notice later changes.
    based_on: str | None = None
    # The hand edit set aside by "regenerate", kept only while it can be restored.
    previous_body: str | None = None
    sent_on: date | None = None


# The wrap-up after the letter (DESIGN §3, 8): what the user ticked; the list itself comes from the plan.
WRAPUP_STATES: tuple[str, ...] = ("todo", "done", "not_needed")


@dataclass
class WrapupTick:
    key: str  # the item's stable key, e.g. "invoice:INV-104" (core/wrapup.py)
    state: str = "todo"
    on: date | None = None  # the day it was done or marked not needed
    chased_on: date | None = None  # invoices: the day the last payment reminder went out


@dataclass
class Wrapup:
    # Set when the user starts wrapping up before the letter is marked sent.
    started_on: date | None = None
    ticks: list[WrapupTick] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self.started_on is None and not self.ticks


@dataclass
class Plan:
    client: ClientDetails
    progress: Progress = field(default_factory=Progress)
    decide: Decide = field(default_factory=Decide)
    converse: Converse = field(default_factory=Converse)
    notice: Notice = field(default_factory=Notice)
    options: Options = field(default_factory=Options)
    waffle: Waffle = field(default_factory=Waffle)
    thank: Thank = field(default_factory=Thank)
    writing: Writing = field(default_factory=Writing)
    wrapup: Wrapup = field(default_factory=Wrapup)
    schema_version: int = SCHEMA_VERSION

    @classmethod
    def new(
        cls,
        name: str,
        *,
        contact: str = "",
        email: str = "",
        language: str = "en",
        greeting: str = "",
        address: str = DEFAULT_ADDRESS,
    ) -> Plan:
        details = ClientDetails(
            name=name, contact=contact, email=email, language=language, greeting=greeting, address=address
        )
        plan = cls(client=details)
        plan.writing.to = email
        return plan

    def edit_client(
        self, *, name: str, contact: str, email: str, language: str, greeting: str, address: str
    ) -> bool:
        """Take the details from the client dialog; True when anything changed.

        The letter's ``To`` follows the email, unless the user wrote another address there.
        """
        before = (self.client, self.writing.to)
        new = ClientDetails(
            name=name,
            contact=contact,
            email=email,
            language=language if language in LANGUAGES else self.client.language,
            income_share=self.client.income_share,
            greeting=greeting,
            address=address if address in ADDRESS_FORMS else self.client.address,
        )
        if self.writing.to.strip() in ("", self.client.email.strip()):
            self.writing.to = email
        changed = (new, self.writing.to) != before
        self.client = new
        return changed
