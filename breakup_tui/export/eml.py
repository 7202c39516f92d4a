"""The letter as an RFC 5322 message that mail clients open as a draft (``X-Unsent: 1``).

Built from the standard library's own types, so that quoting, encoded words
and line folding are the email package's, not ours: a display name holding a
comma, parentheses, quotes or emoji comes back exactly from any parser.
"""

from __future__ import annotations

import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from breakup_tui.core.i18n import t
from breakup_tui.core.reminder import Reminder
from breakup_tui.export import ExportRefused, ExportSource, refuse_secrets
from breakup_tui.export.text import the_letter

# SMTP line ends, and 76-character lines in the encoded body (RFC 2045 §6.7).
DRAFT_POLICY = policy.SMTP.clone(max_line_length=76)

# An address as people write it to one person: local@domain, plain ASCII, nothing else.
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"({_LOCAL})@({_LABEL}(?:\.{_LABEL})+)")
# "Jane Doe <jane@acme.example>" or '"Doe, Jane" <…>': a name, then one address in angle brackets.
_QUOTED_NAME_AND_ADDRESS = re.compile(r'"(?P<name>(?:[^"\\]|\\.)*)"\s*<(?P<address>[^<>]*)>')
_NAME_AND_ADDRESS = re.compile(r"(?P<name>[^<>\"]*)<(?P<address>[^<>]*)>")
_QUOTED_PAIR = re.compile(r"\\(.)")
# Used only so that the message id names no real machine when the user gave no address.
_FALLBACK_DOMAIN = "breakup-tui.invalid"


def _single_line(field: str, value: str) -> str:
    # A line break in a header would start a new header: refuse rather than guess.
    if any(mark in value for mark in "\r\n\x0b\x0c\x85\u2028\u2029"):
        raise ExportRefused(t("outputs.eml_newline", field=field))
    return value.strip()


def parse_address(field: str, value: str) -> Address:
    """One person's address, with any display name kept exactly; ``ExportRefused`` otherwise."""
    value = _single_line(field, value)
    name = ""
    quoted = _QUOTED_NAME_AND_ADDRESS.fullmatch(value)
    plain = _NAME_AND_ADDRESS.fullmatch(value)
    if quoted:
        name = _QUOTED_PAIR.sub(r"\1", quoted["name"])
        value = quoted["address"].strip()
    elif plain:
        name = plain["name"].strip()
        value = plain["address"].strip()
    spec = _ADDR_SPEC.fullmatch(value)
    # An encoded word in a name would be decoded by mail readers into something else.
    if spec is None or "=?" in name:
        raise ExportRefused(t("outputs.eml_bad_address", field=field, value=value))
    return Address(display_name=name, username=spec[1], domain=spec[2])


def letter_eml(source: ExportSource) -> str:
    letter = the_letter(source)
    return draft_eml(letter.to, letter.subject, letter.body, letter.language, source)


def reminder_eml(reminder: Reminder, source: ExportSource) -> str:
    """The payment reminder as a draft, built like the letter (the plan and signature checked for secrets)."""
    refuse_secrets(source)
    return draft_eml(reminder.to, reminder.subject, reminder.body, reminder.language, source)


def draft_eml(to: str, subject: str, body: str, language: str, source: ExportSource) -> str:
    """A draft message (``X-Unsent: 1``) from the user to ``to``; no text can add a header."""
    settings = source.settings
    message = EmailMessage(policy=DRAFT_POLICY)
    domain = _FALLBACK_DOMAIN
    if settings.email.strip():
        name = _single_line(t("outputs.eml_field_name"), settings.your_name)
        sender = parse_address(t("outputs.eml_field_from"), settings.email)
        message["From"] = Address(display_name=sender.display_name or name, addr_spec=sender.addr_spec)
        domain = sender.domain
    if to.strip():
        message["To"] = parse_address(t("outputs.eml_field_to"), to)
    message["Subject"] = _single_line(t("outputs.eml_field_subject"), subject)
    message["Date"] = format_datetime(source.now)
    message["Message-ID"] = make_msgid(domain=domain)
    message["X-Unsent"] = "1"
    message.set_content(body, charset="utf-8")
    # After set_content, which clears every Content-* header.
    message["Content-Language"] = language
    return message.as_string()
