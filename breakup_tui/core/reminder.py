"""The polite payment reminder for an open invoice, composed like the letter, in the client's language.

It states the invoice, the amount and the due date, allows that the payment
may already be on its way, and asks for it in the next few days: never a
word of blame (the tone checker runs on it, and a test holds it to that).
The phrasing lives in the ``[reminder]`` tables of each catalogue, each phrase
in the three forms of address (voi, lei, tu) as the letter's are.
"""

from __future__ import annotations

from dataclasses import dataclass

from breakup_tui.core.formatting import format_day, format_money
from breakup_tui.core.i18n import catalogue
from breakup_tui.core.letter import signature_block
from breakup_tui.core.plan import Invoice, Plan
from breakup_tui.core.settings import Settings
from breakup_tui.core.tone import Finding, check_tone


@dataclass(frozen=True)
class Reminder:
    to: str
    subject: str
    body: str
    language: str


def find_invoice(plan: Plan, number: str) -> Invoice | None:
    return next((i for i in plan.notice.invoices if i.number.strip() == number.strip()), None)


def payment_reminder(plan: Plan, invoice: Invoice, settings: Settings) -> Reminder:
    """The reminder for ``invoice``: to, subject and body, in the client's language and form of address."""
    language = plan.client.language
    m = catalogue(language)
    form = plan.client.address

    def say(key: str, **values: str) -> str:
        # Each phrase in the client's form of address, as the letter's are (Catalogue.phrase).
        return m.phrase(f"reminder.{key}", form, **values)

    # Greeted by the same name as in the letter ("Dear Jane,").
    contact = plan.client.greeting_name()
    greeting = say("greeting", contact=contact) if contact else say("greeting_general")
    number = invoice.number.strip()
    amount = format_money(invoice.amount, invoice.currency, language)
    if invoice.due is not None:
        body = say("body", number=number, amount=amount, due=format_day(invoice.due, language, article=""))
    else:
        body = say("body_undated", number=number, amount=amount)
    sign_off = "\n".join(line for line in (say("close"), signature_block(settings)) if line)
    paragraphs = [greeting, body, say("ask"), sign_off]
    return Reminder(
        to=plan.writing.to.strip() or plan.client.email.strip(),
        subject=m.t("reminder.subject", number=number),
        body="\n\n".join(paragraphs) + "\n",
        language=language,
    )


def reminder_tone(reminder: Reminder) -> list[Finding]:
    """What the tone checker finds in the reminder (nothing, for the app's own wording)."""
    return check_tone(reminder.body, reminder.language)
