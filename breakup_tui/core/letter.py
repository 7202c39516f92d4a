"""The letter to the client, composed from the plan in the client's language.

What goes in is what the client needs to know: the last working day, what is
left to deliver and what is still owed, the hand-over, referrals and thanks.
What never goes in: the reasons, the incidents, the gut check, the notes, the
talking points and the pushback answers; those are for the user alone.

The phrasing lives in the ``[letter]`` table of each language's catalogue.
The user may rewrite the body by hand; ``record_body_edit``, ``regenerate``
and ``keep_mine`` keep that text safe when earlier steps change afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from breakup_tui.core.fingerprint import letter_fingerprint
from breakup_tui.core.formatting import format_day, format_list, format_money, format_totals, word_count
from breakup_tui.core.i18n import Catalogue, catalogue
from breakup_tui.core.notice import effective_last_day, handover_day
from breakup_tui.core.plan import HANDOVER_ITEMS, Invoice, Plan, Project, Referral, Verdict, Writing
from breakup_tui.core.settings import Settings

BULLET = "- "
# Up to this many hand-over items read well in one sentence; more read better as a list.
SENTENCE_ITEMS = 3
# How long a letter may run, per language: Italian takes about a tenth more words to say the same.
LENGTH_LIMITS: dict[str, tuple[int, int]] = {"en": (250, 400), "it": (275, 440)}
_BRACKETS = set("()[]")


@dataclass(frozen=True)
class Letter:
    to: str
    subject: str
    body: str
    language: str


def _by_date(day: date | None) -> tuple[int, date]:
    # Dated items first, earliest first; undated ones after, in the order the user wrote them.
    return (0, day) if day else (1, date.max)


def signature_block(settings: Settings) -> str:
    """The user's own signature, or else their name and business, one per line."""
    if settings.signature.strip():
        return settings.signature.strip()
    return "\n".join(line for line in (settings.your_name.strip(), settings.business.strip()) if line)


def conversation_held(plan: Plan, today: date) -> bool:
    """The talk with the client has happened: its date is today or earlier."""
    meeting = plan.converse.meeting_on
    return meeting is not None and meeting <= today


class _Composer:
    """Builds the letter's paragraphs for one plan, in its language and form of address."""

    def __init__(self, plan: Plan, settings: Settings, today: date, country: str | None = None) -> None:
        self.plan = plan
        self.country = country
        self.settings = settings
        self.today = today
        self.language = plan.client.language
        self.form = plan.client.address
        self.m: Catalogue = catalogue(self.language)
        self.last_day = effective_last_day(plan, today, country)
        self.client = plan.client.name.strip()

    # -- words -----------------------------------------------------------------

    def say(self, key: str, **values: Any) -> str:
        return self.m.phrase(f"letter.{key}", self.form, **values)

    def say_n(self, key: str, count: int, **values: Any) -> str:
        return self.m.plural_phrase(f"letter.{key}", count, self.form, **values)

    def day(self, day: date, article: str | None = "") -> str:
        # Inside a sentence Italian puts an article before the day; a title does not.
        return format_day(day, self.language, article=article)

    def items(self, items: list[str]) -> str:
        return format_list(items, self.language)

    # -- paragraphs ------------------------------------------------------------

    def greeting(self) -> str:
        name = self.plan.client.greeting_name()
        return self.say("greeting", name=name) if name else self.say("greeting_general")

    def opening(self) -> str:
        # Only a conversation that has taken place may be referred to.
        if conversation_held(self.plan, self.today):
            assert self.plan.converse.meeting_on is not None
            sentence = self.say("opening_after_talk", day=self.day(self.plan.converse.meeting_on, "di"))
        else:
            sentence = self.say("opening")
        if self.last_day is not None:
            weekday = format_day(self.last_day, self.language, weekday=True)
            sentence += " " + self.say("last_day", day=weekday)
        return sentence

    def projects(self) -> str:
        named = sorted(
            (p for p in self.plan.notice.projects if p.name.strip()), key=lambda p: _by_date(p.due)
        )
        finish = [self.project(p, "finish_item") for p in named if p.plan != "hand_over"]
        hand_over = [self.project(p, "handover_project_item") for p in named if p.plan == "hand_over"]
        sentences = []
        if finish:
            key = "finish" if self.last_day else "finish_no_day"
            sentences.append(self.say(key, items=self.items(finish)))
        if hand_over:
            sentences.append(self.say("handover_projects", items=self.items(hand_over)))
        return " ".join(sentences)

    def project(self, project: Project, key: str) -> str:
        name = project.name.strip()
        due = project.due
        if project.plan == "hand_over":
            # A hand-over happens while the user still works for the client: by the last day at the latest.
            due = handover_day(project.due, self.last_day, self.country)
        return self.say(key, project=name, due=self.day(due)) if due else name

    def invoices(self) -> str:
        unpaid = sorted((i for i in self.plan.notice.invoices if not i.paid), key=lambda i: _by_date(i.due))
        overdue = [i for i in unpaid if i.due is not None and i.due < self.today]
        still_open = [i for i in unpaid if i not in overdue]
        sentences = []
        if len(overdue) == 1:
            sentences.append(self.say("overdue_one", **self.invoice_values(overdue[0])))
        elif overdue:
            items = [self.say("overdue_item", **self.invoice_values(i)) for i in overdue]
            sentences.append(self.say("overdue_many", items=self.items(items)))
        if len(still_open) == 1:
            invoice = still_open[0]
            key = "open_one" if invoice.due else "open_one_undated"
            sentences.append(self.say(key, **self.invoice_values(invoice)))
        elif still_open:
            items = [
                self.say("open_item" if i.due else "open_item_undated", **self.invoice_values(i))
                for i in still_open
            ]
            sentences.append(self.say("open_many", items=self.items(items)))
        if len(unpaid) > 1:
            currencies = len({i.currency.strip().upper() or "EUR" for i in unpaid})
            sentences.append(self.say_n("total", currencies, total=format_totals(unpaid, self.language)))
        return " ".join(sentences)

    def invoice_values(self, invoice: Invoice) -> dict[str, str]:
        return {
            "number": invoice.number.strip() or self.say("invoice_unnumbered"),
            "amount": format_money(invoice.amount, invoice.currency, self.language),
            "due": self.day(invoice.due) if invoice.due else "",
        }

    def handover(self) -> list[str]:
        labels = [a.label.strip() for a in self.plan.options.accounts if a.label.strip()]
        paragraphs = []
        for state in ("todo", "done"):
            items = []
            for item in HANDOVER_ITEMS:
                if self.plan.options.handover.get(item) != state:
                    continue
                if item == "accounts" and labels:
                    key = f"handover_{state}_account_labels"
                    items.append(self.say_n(key, len(labels), labels=self.items(labels), client=self.client))
                else:
                    items.append(self.say(f"handover_{state}_{item}", client=self.client))
            if len(items) > SENTENCE_ITEMS:
                paragraphs.append(
                    "\n".join([self.say(f"handover_{state}_list"), *(BULLET + i for i in items)])
                )
            elif items:
                paragraphs.append(self.say(f"handover_{state}", items=self.items(items)))
        # The sentence ends with our own full stop, so the user's is dropped.
        tools = self.plan.options.interim_tools.strip().rstrip(".")
        if tools:
            paragraphs.append(self.say("tools", tools=tools))
        return paragraphs

    def referral(self, referral: Referral) -> str:
        details = ", ".join(d.strip() for d in (referral.speciality, referral.contact) if d.strip())
        name = referral.name.strip()
        if not details:
            return name
        # The user's own brackets stay as written; ours then give way to a comma.
        plain = _BRACKETS & set(details + name)
        return self.say("referral_item_plain" if plain else "referral_item", name=name, details=details)

    def referrals(self, fading: bool) -> str:
        named = [self.referral(r) for r in self.plan.options.referrals if r.name.strip()]
        sentences = []
        if named and fading:
            sentences.append(self.say_n("fade_referrals", len(named), items=self.items(named)))
        elif named:
            sentences.append(self.say("referrals", items=self.items(named)))
        if self.plan.options.keep_referring:
            sentences.append(self.say("keep_referring"))
        return " ".join(sentences)

    def closing(self) -> str:
        thanks = self.plan.thank.thanks.strip() or self.say("thanks")
        return f"{thanks} {self.say('close')}"

    def sign_off(self) -> str:
        return "\n".join(line for line in (self.say("sign_off"), signature_block(self.settings)) if line)

    def ending_letter(self) -> list[str]:
        return [
            self.greeting(),
            self.opening(),
            self.projects(),
            self.invoices(),
            *self.handover(),
            self.referrals(fading=False),
            self.closing(),
            self.sign_off(),
        ]

    def fading_note(self) -> list[str]:
        # A fade: nothing to terminate, so no dates or terms; thanks, and a door left open.
        return [
            self.greeting(),
            self.plan.thank.thanks.strip() or self.say("fade_thanks"),
            self.referrals(fading=True),
            self.say("fade_close"),
            self.sign_off(),
        ]

    def body(self) -> str:
        fading = self.plan.decide.verdict is Verdict.FADE
        paragraphs = self.fading_note() if fading else self.ending_letter()
        return "\n\n".join(p for p in paragraphs if p.strip()) + "\n"

    def subject(self) -> str:
        if self.plan.decide.verdict is Verdict.FADE:
            return self.say("fade_subject")
        if self.last_day is None:
            return self.say("subject_no_day")
        return self.say("subject", last_day=self.day(self.last_day, None))


def letter_needed(plan: Plan) -> bool:
    """A kept client gets no letter: nothing is ending (the plan and calendar still export)."""
    return plan.decide.verdict is not Verdict.KEEP


def generated_letter(plan: Plan, settings: Settings, today: date, country: str | None = None) -> Letter:
    """The letter as the app writes it from the plan, ignoring any hand edit.

    ``country`` names the public holidays that are not working days (None: weekends only).
    """
    composer = _Composer(plan, settings, today, country)
    return Letter(
        to=plan.writing.to.strip() or plan.client.email.strip(),
        subject=composer.subject(),
        body=composer.body(),
        language=composer.language,
    )


def letter_for(plan: Plan, settings: Settings, today: date, country: str | None = None) -> Letter:
    """The letter to send: the user's subject and body where they wrote their own."""
    generated = generated_letter(plan, settings, today, country)
    return Letter(
        to=generated.to,
        subject=plan.writing.subject.strip() or generated.subject,
        body=plan.writing.body if plan.writing.body is not None else generated.body,
        language=generated.language,
    )


# -- the hand-edited body ------------------------------------------------------


def record_body_edit(writing: Writing, text: str, generated_body: str) -> bool:
    """Keep what the user typed as the body; True when the plan changed.

    A body identical to the generated one is not a hand edit: the letter goes
    back to following the plan.
    """
    if writing.body is None and text == generated_body:
        return False
    if writing.body is not None and text == writing.body:
        return False
    if text == generated_body:
        writing.body = None
        writing.based_on = None
        return True
    if writing.body is None:
        writing.based_on = letter_fingerprint(generated_body)
        # The earlier copy can be restored only while the letter follows the plan: now it cannot.
        writing.previous_body = None
    writing.body = text
    return True


def body_is_stale(writing: Writing, generated_body: str) -> bool:
    """The plan changed since the user began editing: their body may miss something."""
    return writing.body is not None and writing.based_on != letter_fingerprint(generated_body)


def regenerate(writing: Writing) -> None:
    """Follow the plan again; the user's version is kept as a copy."""
    if writing.body is not None:
        writing.previous_body = writing.body
    writing.body = None
    writing.based_on = None


def keep_mine(writing: Writing, generated_body: str) -> None:
    """Keep the hand-edited body and stop pointing out the change that was just seen."""
    writing.based_on = letter_fingerprint(generated_body)


def length_verdict(text: str, language: str = "en") -> tuple[int, str]:
    """The word count and how it reads in ``language``'s length bands: ``short``, ``long`` or ``too_long``."""
    short, long = LENGTH_LIMITS.get(language, LENGTH_LIMITS["en"])
    words = word_count(text)
    if words < short:
        return words, "short"
    if words < long:
        return words, "long"
    return words, "too_long"
