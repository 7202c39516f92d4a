"""Dates and amounts as a person reads them, in the interface language (Babel, loaded on first use)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from breakup_tui.core.i18n import current_language


def day_label(day: date, *, weekday: bool = False, year: bool = True, language: str | None = None) -> str:
    """``16 Dec 2026``, ``Wed 16 Dec 2026`` or ``mer 16 dic 2026``."""
    # Babel is imported here, not at the top: the home screen never needs it.
    from babel.dates import format_date

    pattern = ("EEE " if weekday else "") + "d MMM" + (" y" if year else "")
    return str(format_date(day, pattern, locale=language or current_language()))


def month_label(day: date, *, language: str | None = None) -> str:
    """The month's short name on its own (``Dec``, ``dic``)."""
    from babel.dates import format_date

    return str(format_date(day, "LLL", locale=language or current_language()))


def money_label(amount: Decimal, currency: str, *, language: str | None = None) -> str:
    """``€1,200.00`` / ``1.200,00 €``; an unknown currency code is shown as written."""
    from babel.numbers import format_currency

    try:
        return str(format_currency(amount, currency, locale=language or current_language()))
    except ValueError:
        return f"{amount} {currency}"
