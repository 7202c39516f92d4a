"""A client's plan: one dataclass per step, in the shape of the saved file.

The dataclasses are the file's schema: each field says, through the helpers of
``schema_fields``, what its key holds and what it means. The codec, the JSON
Schema and the documented key tables are derived from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from breakup_tui.core.fingerprint import as_fingerprint
from breakup_tui.core.plan_entries import Account, Incident, Invoice, Project, Pushback, Referral, WrapupTick
from breakup_tui.core.plan_vocabulary import (
    ADDRESS_FORMS,
    CHANNELS,
    DEFAULT_ADDRESS,
    HANDOVER_ITEMS,
    HANDOVER_STATES,
    HANDOVER_UNDECIDED,
    LANGUAGES,
    PROJECT_PLANS,
    PUSHBACK_KINDS,
    REASONS,
    STEP_IDS,
    WRAPUP_STATES,
    Status,
    Verdict,
)
from breakup_tui.core.schema_fields import (
    boolean,
    choice,
    choice_map,
    day,
    enum_choice,
    integer,
    listed,
    moment,
    optional_text,
    table,
    tables,
    text,
    texts,
    version,
)

__all__ = [
    "ADDRESS_FORMS",
    "CHANNELS",
    "DEFAULT_ADDRESS",
    "HANDOVER_ITEMS",
    "HANDOVER_STATES",
    "HANDOVER_UNDECIDED",
    "LANGUAGES",
    "PROJECT_PLANS",
    "PUSHBACK_KINDS",
    "REASONS",
    "SCHEMA_VERSION",
    "STEP_IDS",
    "WRAPUP_STATES",
    "Account",
    "ClientDetails",
    "Converse",
    "Decide",
    "Incident",
    "Invoice",
    "Notice",
    "Options",
    "Plan",
    "Progress",
    "Project",
    "Pushback",
    "Referral",
    "Status",
    "Thank",
    "Verdict",
    "Waffle",
    "Wrapup",
    "WrapupTick",
    "Writing",
]

# The version of the file format this app reads and writes.
SCHEMA_VERSION = 1


@dataclass
class ClientDetails:
    name: str = text("the client's name, exactly as typed", required=True, missing="file_error.no_name")
    contact: str = text("the person you deal with")
    email: str = text("their address (the letter's `To`)")
    language: str = choice(
        "the language of the letter, independent of the app's language; "
        "a new client starts with the app's language",
        LANGUAGES,
        "en",
    )
    income_share: int | None = integer("the client's share of your income, in percent", 0, 100)
    # The name after "Dear"; empty means the contact's first word.
    greeting: str = text(
        'the name after "Dear" / "Gentile" ("Jane", "Dr Doe"); written only when chosen, '
        "otherwise the letter greets the contact's first word",
        written_when_default=False,
    )
    address: str = choice(
        "how an Italian letter speaks to the client: `voi` a company (the default), `lei` one person "
        "formally, `tu` informally; the letter, the thank-you suggestions and the prepared answers all "
        "use this one form. English letters ignore it",
        ADDRESS_FORMS,
        DEFAULT_ADDRESS,
    )

    def greeting_name(self) -> str:
        """Whom the letter greets: the chosen name, else the contact's first name."""
        chosen = self.greeting.strip()
        if chosen:
            return chosen
        words = self.contact.split()
        return words[0] if words else ""


@dataclass
class Progress:
    current: str = choice("the step the app reopens at", STEP_IDS, "decide")
    updated: datetime | None = moment("the last save")
    status: dict[str, Status] = choice_map(
        "each step's status", STEP_IDS, Status.NOT_STARTED, placeholder="step", enum=Status, read_first=True
    )

    def status_of(self, step: str) -> Status:
        return self.status.get(step, Status.NOT_STARTED)

    def steps_done(self) -> int:
        return sum(1 for s in STEP_IDS if self.status_of(s) in (Status.DONE, Status.NOT_NEEDED))


@dataclass
class Decide:
    verdict: Verdict = enum_choice("the decision", Verdict.UNDECIDED)
    reasons: list[str] = texts(f"the reasons ticked, by id: {listed(REASONS)}")
    other_reasons: list[str] = texts("reasons in your own words")
    impact_creativity: int | None = integer(
        "how much losing the client would affect your work and creativity", 1, 5
    )
    impact_income: int | None = integer("…and your income", 1, 5)
    decided_on: date | None = day("when the verdict was set")
    notes: str = text("private notes")
    incidents: list[Incident] = tables(Incident, "what happened with the client, one entry per incident")


@dataclass
class Converse:
    expectations: str = text("your expectations and how they were not met")
    what_changed: str = text("how the relationship changed")
    why_better: str = text("why moving on is better for both")
    meeting_on: date | None = day("when you talk (the notice counts from here)")
    channel: str | None = choice("how", CHANNELS, None)
    outcome: str = text("how it went")


@dataclass
class Notice:
    weeks: int = integer("notice in weeks", 0, 104, 2)
    contract_notice_days: int | None = integer("the notice your contract asks for, if any", 0, 3650)
    stopping_point: str | None = optional_text(
        "the name of the project whose delivery is a natural stopping point"
    )
    # Written only when the user overrides the computed day.
    last_day: date | None = day("written only when you override the computed last working day")
    projects: list[Project] = tables(Project, "the projects still open")
    invoices: list[Invoice] = tables(Invoice, "the invoices still to settle")


@dataclass
class Options:
    keep_referring: bool = boolean('"I will keep referring work to you"')
    interim_tools: str = text("tools the client can use in the meantime")
    handover: dict[str, str] = choice_map(
        "a new client starts with every item `undecided`, and only `todo` and `done` reach the letter",
        HANDOVER_ITEMS,
        HANDOVER_UNDECIDED,
        placeholder="item",
        choices=HANDOVER_STATES,
        shape_first=True,
    )
    accounts: list[Account] = tables(Account, "accounts to hand over")
    referrals: list[Referral] = tables(Referral, "people you suggest in your place")


@dataclass
class Waffle:
    commitment: str = text("your one-line commitment")
    pushback: list[Pushback] = tables(Pushback, "what the client may say, with your answer")


@dataclass
class Thank:
    thanks: str = text("the thank-you line")
    reason_if_asked: str = text("the honest, general reason to give if asked")


@dataclass
class Writing:
    to: str = text("the letter's recipient")
    subject: str = text("the letter's subject")
    # Written only once the user edits the body by hand.
    body: str | None = optional_text(
        "written only once you edit the letter by hand; until then it is composed from the plan"
    )
    # The fingerprint of the generated letter the hand edit started from, to notice later changes.
    based_on: str | None = optional_text(
        "the fingerprint (`sha256:…`) of the composed letter your hand edit started from, to notice "
        "later changes; the letter itself is not stored twice. A file from an earlier version holding "
        "the whole letter here is read as its fingerprint and written as one on the next save",
        upgrade=as_fingerprint,
    )
    # The hand edit set aside by "regenerate", kept only while it can be restored.
    previous_body: str | None = optional_text(
        "your earlier version, kept when you regenerate, and only while it can be restored: "
        "a new hand edit removes it"
    )
    sent_on: date | None = day("when you sent it; completes the plan and starts the wrap-up")


@dataclass
class Wrapup:
    # Set when the user starts wrapping up before the letter is marked sent.
    started_on: date | None = day("the day you started the wrap-up before the letter was marked sent")
    ticks: list[WrapupTick] = tables(
        WrapupTick, "what you ticked, one entry per item", name="items", read_first=True
    )

    def is_empty(self) -> bool:
        return self.started_on is None and not self.ticks


@dataclass
class Plan:
    client: ClientDetails = table(ClientDetails, "who the client is", required=True)
    progress: Progress = table(Progress, "where you are in the seven steps")
    decide: Decide = table(Decide, "step 1: whether to end it")
    converse: Converse = table(Converse, "step 2: the conversation")
    notice: Notice = table(Notice, "step 3: the notice, the projects and the invoices")
    options: Options = table(Options, "step 4: what you offer to make the change easy")
    waffle: Waffle = table(Waffle, "step 5: standing firm")
    thank: Thank = table(Thank, "step 6: the thank-you")
    writing: Writing = table(Writing, "step 7: the letter")
    # Old files gain the table only once the user starts wrapping up.
    wrapup: Wrapup = table(Wrapup, "after the letter: what you ticked", written_when_default=False)
    schema_version: int = version(f"the format's version; this app writes `{SCHEMA_VERSION}`", SCHEMA_VERSION)

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
