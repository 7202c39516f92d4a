"""The letter as an RFC 5322 message that mail clients open as a draft (``X-Unsent: 1``)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from breakup_tui.export import ExportSource
from breakup_tui.export.text import the_letter


def _one_line(value: str) -> str:
    # A line break in a header would start a new header: never let user text do that.
    return " ".join(value.split())


def letter_eml(source: ExportSource) -> str:
    letter = the_letter(source)
    settings = source.settings
    # SMTP policy: CRLF line ends and 7-bit output; non-ASCII text is encoded, never sent raw.
    message = EmailMessage(policy=policy.SMTP)
    if settings.email.strip():
        message["From"] = formataddr((_one_line(settings.your_name), _one_line(settings.email)))
    if letter.to.strip():
        message["To"] = _one_line(letter.to)
    message["Subject"] = _one_line(letter.subject)
    message["Date"] = format_datetime(source.now)
    message["X-Unsent"] = "1"
    message.set_content(letter.body, charset="utf-8")
    # After set_content, which clears every Content-* header.
    message["Content-Language"] = letter.language
    return message.as_string()
