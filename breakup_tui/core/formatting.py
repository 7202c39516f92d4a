"""Dates, amounts and lists written the way a language writes them (Babel).

Babel is imported inside each function: only the letter and the exports need
it, and the app's start-up must not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from breakup_tui.core.articles import day_number, with_article
from breakup_tui.core.plan import Invoice

# Day month year, as both English (outside the US) and Italian letters write it;
# the day's number is written apart, because Italian writes the first "1°".
MONTH_YEAR_PATTERN = "MMMM y"
SHORT_MONTH_YEAR_PATTERN = "MMM y"
WEEKDAY_PATTERN = "EEEE"
# Babel keeps a number and its currency together with no-break spaces; a letter
# pasted into any mail client reads better with ordinary ones.
_NARROW_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def format_day(
    day: date, language: str, *, weekday: bool = False, article: str | None = None, short_month: bool = False
) -> str:
    """``18 December 2026`` / ``18 dicembre 2026`` (with the weekday in front if asked).

    ``article`` asks for the Italian article, merged with that preposition
    (``""`` for the bare article, ``"di"`` for "dell'8 dicembre", ``"entro"``
    for "entro l'11 dicembre"); English ignores it. It is not used with a weekday,
    which Italian writes without an article ("giovedì 24 dicembre"). ``short_month`` writes
    ``18 Dec 2026`` / ``18 dic 2026``, for a label with little room.
    """
    from babel.dates import format_date

    pattern = SHORT_MONTH_YEAR_PATTERN if short_month else MONTH_YEAR_PATTERN
    text = f"{day_number(day.day, language)} {format_date(day, pattern, locale=language)}"
    if weekday:
        return f"{format_date(day, WEEKDAY_PATTERN, locale=language)} {text}"
    if article is not None:
        return with_article(text, day.day, language, article)
    return text


def format_money(amount: Decimal, currency: str, language: str) -> str:
    """``€1,200.00`` / ``1.200,00 €``; an unknown currency code is written beside the number."""
    from babel.numbers import UnknownCurrencyError, format_currency

    code = currency.strip().upper() or "EUR"
    if not (len(code) == 3 and code.isascii() and code.isalpha()):
        # Not an ISO 4217 code: write what the user typed rather than invent a symbol.
        return f"{amount} {currency.strip()}"
    try:
        text = format_currency(amount, code, locale=language)
    except (UnknownCurrencyError, ValueError):
        text = f"{amount} {currency.strip()}"
    return text.translate(_NARROW_SPACES)


def format_list(items: Sequence[str], language: str) -> str:
    """``a, b and c`` / ``a, b e c``."""
    if not items:
        return ""
    from babel.lists import format_list as babel_list

    return babel_list(list(items), locale=language)


def totals_by_currency(invoices: Iterable[Invoice]) -> dict[str, Decimal]:
    """The sum of ``invoices`` per currency, in the order the currencies first appear."""
    totals: dict[str, Decimal] = {}
    for invoice in invoices:
        code = invoice.currency.strip().upper() or "EUR"
        totals[code] = totals.get(code, Decimal("0")) + invoice.amount
    return totals


def format_totals(invoices: Iterable[Invoice], language: str) -> str:
    """Each currency's total, joined as a list: ``€1,650.50 and $300.00``."""
    totals = totals_by_currency(invoices)
    return format_list([format_money(amount, code, language) for code, amount in totals.items()], language)


def word_count(text: str) -> int:
    return len(text.split())
