"""The letter to the client (P1-P5), composed from the plan in the client's language.

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

from breakup_tui.core.fingerprint import letter_fingerprint
from breakup_tui.core.formatting import format_day, format_list, format_money, format_totals, word_count
from breakup_tui.core.i18n import Catalogue, catalogue
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import HANDOVER_ITEMS, Plan, Referral, Verdict, Writing
from breakup_tui.core.settings import Settings

BULLET = "- "
# P4: under this many words the letter reads as short and simple; past the second, it needs trimming.
SHORT_WORDS = 250
LONG_WORDS = 400


@dataclass(frozen=True)
class Letter:
    to: str
    subject: str
    body: str
    language: str


def _bullets(intro: str, items: list[str]) -> str:
    return "\n".join([intro, *(BULLET + item for item in items)])


def _referral(referral: Referral) -> str:
    text = referral.name.strip()
    if referral.speciality.strip():
        text += f" ({referral.speciality.strip()})"
    if referral.contact.strip():
        text += f", {referral.contact.strip()}"
    return text


def signature_block(settings: Settings) -> str:
    """The user's own signature, or else their name and business, one per line."""
    if settings.signature.strip():
        return settings.signature.strip()
    return "\n".join(line for line in (settings.your_name.strip(), settings.business.strip()) if line)


class _Composer:
    """Builds the letter's paragraphs for one plan in one language."""

    def __init__(self, plan: Plan, settings: Settings, today: date) -> None:
        self.plan = plan
        self.settings = settings
        self.language = plan.client.language
        self.m: Catalogue = catalogue(self.language)
        self.last_day = effective_last_day(plan, today)

    def day(self, day: date) -> str:
        return format_day(day, self.language)

    def greeting(self) -> str:
        contact = self.plan.client.contact.strip()
        return (
            self.m.t("letter.greeting", contact=contact) if contact else self.m.t("letter.greeting_general")
        )

    def ending(self) -> str:
        if self.last_day is None:
            return self.m.t("letter.ending_no_day")
        return self.m.t("letter.ending", last_day=format_day(self.last_day, self.language, weekday=True))

    def deliverables(self) -> list[str]:
        finish, hand_over = [], []
        for project in self.plan.notice.projects:
            if not project.name.strip():
                continue
            name = project.name.strip()
            if project.plan == "hand_over":
                item = (
                    self.m.t("letter.handover_project_item", project=name, due=self.day(project.due))
                    if project.due
                    else name
                )
                hand_over.append(item)
            else:
                item = (
                    self.m.t("letter.deliver_item", project=name, due=self.day(project.due))
                    if project.due
                    else name
                )
                finish.append(item)
        paragraphs = []
        if finish:
            paragraphs.append(_bullets(self.m.t("letter.deliver_intro"), finish))
        if hand_over:
            paragraphs.append(_bullets(self.m.t("letter.handover_projects_intro"), hand_over))
        return paragraphs

    def owed(self) -> list[str]:
        unpaid = [i for i in self.plan.notice.invoices if not i.paid]
        if not unpaid:
            return []
        items = []
        for invoice in unpaid:
            amount = format_money(invoice.amount, invoice.currency, self.language)
            number = invoice.number.strip() or self.m.t("letter.invoice_unnumbered")
            if invoice.due:
                items.append(
                    self.m.t("letter.owed_item", number=number, amount=amount, due=self.day(invoice.due))
                )
            else:
                items.append(self.m.t("letter.owed_item_undated", number=number, amount=amount))
        text = _bullets(self.m.t("letter.owed_intro"), items)
        if len(unpaid) > 1:
            text += "\n" + self.m.t("letter.owed_total", total=format_totals(unpaid, self.language))
        return [text]

    def handover(self) -> list[str]:
        labels = [a.label.strip() for a in self.plan.options.accounts if a.label.strip()]
        paragraphs = []
        for state in ("todo", "done"):
            items = []
            for item in HANDOVER_ITEMS:
                if self.plan.options.handover.get(item, "todo") != state:
                    continue
                if item == "accounts" and labels:
                    key = f"letter.handover_{state}_accounts_labels"
                    items.append(self.m.t(key, labels=format_list(labels, self.language)))
                else:
                    items.append(self.m.t(f"letter.handover_{state}_{item}"))
            if items:
                paragraphs.append(_bullets(self.m.t(f"letter.handover_{state}_intro"), items))
        tools = self.plan.options.interim_tools.strip()
        if tools:
            paragraphs.append(self.m.t("letter.tools", tools=tools))
        return paragraphs

    def referrals(self, intro_key: str) -> list[str]:
        named = [r for r in self.plan.options.referrals if r.name.strip()]
        paragraphs = []
        if named:
            paragraphs.append(_bullets(self.m.t(intro_key), [_referral(r) for r in named]))
        if self.plan.options.keep_referring:
            paragraphs.append(self.m.t("letter.keep_referring"))
        return paragraphs

    def sign_off(self) -> str:
        return "\n".join(
            line for line in (self.m.t("letter.sign_off"), signature_block(self.settings)) if line
        )

    def ending_letter(self) -> list[str]:
        thanks = self.plan.thank.thanks.strip() or self.m.t("letter.thanks")
        return [
            self.greeting(),
            thanks,
            self.ending(),
            *self.deliverables(),
            *self.owed(),
            *self.handover(),
            *self.referrals("letter.referrals_intro"),
            self.m.t("letter.close"),
            self.sign_off(),
        ]

    def fading_note(self) -> list[str]:
        # D8: nothing to terminate, so no dates or terms; thanks, and a door left open.
        return [
            self.greeting(),
            self.plan.thank.thanks.strip() or self.m.t("letter.fade_thanks"),
            *self.referrals("letter.fade_referrals_intro"),
            self.m.t("letter.fade_close"),
            self.sign_off(),
        ]

    def body(self) -> str:
        fading = self.plan.decide.verdict is Verdict.FADE
        paragraphs = self.fading_note() if fading else self.ending_letter()
        return "\n\n".join(p for p in paragraphs if p.strip()) + "\n"

    def subject(self) -> str:
        if self.plan.decide.verdict is Verdict.FADE:
            return self.m.t("letter.fade_subject")
        if self.last_day is None:
            return self.m.t("letter.subject_no_day")
        return self.m.t("letter.subject", last_day=self.day(self.last_day))


def generated_letter(plan: Plan, settings: Settings, today: date) -> Letter:
    """The letter as the app writes it from the plan, ignoring any hand edit."""
    composer = _Composer(plan, settings, today)
    return Letter(
        to=plan.writing.to.strip() or plan.client.email.strip(),
        subject=composer.subject(),
        body=composer.body(),
        language=composer.language,
    )


def letter_for(plan: Plan, settings: Settings, today: date) -> Letter:
    """The letter to send: the user's subject and body where they wrote their own."""
    generated = generated_letter(plan, settings, today)
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


def length_verdict(text: str) -> tuple[int, str]:
    """The word count and how it reads against P4: ``short``, ``long`` or ``too_long``."""
    words = word_count(text)
    if words < SHORT_WORDS:
        return words, "short"
    if words < LONG_WORDS:
        return words, "long"
    return words, "too_long"
