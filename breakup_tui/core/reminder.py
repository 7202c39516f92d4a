"""The polite payment reminder for an open invoice, composed like the letter, in the client's language.

It states the invoice, the amount and the due date, allows that the payment
may already be on its way, and asks for it in the next few days: never a
word of blame (the tone checker runs on it, and a test holds it to that).
The phrasing lives in the ``[reminder]`` tables of each catalogue, one table
per form of address (``formal``, ``plural``, ``informal``).
"""

from __future__ import annotations

from dataclasses import dataclass

from breakup_tui.core.formatting import format_day, format_money
from breakup_tui.core.i18n import catalogue
from breakup_tui.core.letter import signature_block
from breakup_tui.core.plan import DEFAULT_ADDRESS, ClientDetails, Invoice, Plan
from breakup_tui.core.settings import Settings
from breakup_tui.core.tone import Finding, check_tone

# The Italian forms of address and the reminder's table for each (English reads them alike).
FORMS = {"lei": "formal", "voi": "plural", "tu": "informal"}


@dataclass(frozen=True)
class Reminder:
    to: str
    subject: str
    body: str
    language: str


def form_of_address(client: ClientDetails) -> str:
    """The reminder table for the client's form of address, the same one the letter uses."""
    return FORMS.get(client.address, FORMS[DEFAULT_ADDRESS])


def find_invoice(plan: Plan, number: str) -> Invoice | None:
    return next((i for i in plan.notice.invoices if i.number.strip() == number.strip()), None)


def payment_reminder(plan: Plan, invoice: Invoice, settings: Settings) -> Reminder:
    """The reminder for ``invoice``: to, subject and body, in the client's language and form of address."""
    language = plan.client.language
    m = catalogue(language)
    form = f"reminder.{form_of_address(plan.client)}"
    # Greeted by the same name as in the letter ("Dear Jane,").
    contact = plan.client.greeting_name()
    greeting = m.t(f"{form}.greeting", contact=contact) if contact else m.t(f"{form}.greeting_general")
    number = invoice.number.strip()
    amount = format_money(invoice.amount, invoice.currency, language)
    if invoice.due is not None:
        due = format_day(invoice.due, language, article="")
        body = m.t(f"{form}.body", number=number, amount=amount, due=due)
    else:
        body = m.t(f"{form}.body_undated", number=number, amount=amount)
    sign_off = "\n".join(line for line in (m.t(f"{form}.close"), signature_block(settings)) if line)
    paragraphs = [greeting, body, m.t(f"{form}.ask"), sign_off]
    return Reminder(
        to=plan.writing.to.strip() or plan.client.email.strip(),
        subject=m.t("reminder.subject", number=number),
        body="\n\n".join(paragraphs) + "\n",
        language=language,
    )


def reminder_tone(reminder: Reminder) -> list[Finding]:
    """What the tone checker finds in the reminder (nothing, for the app's own wording)."""
    return check_tone(reminder.body, reminder.language)
