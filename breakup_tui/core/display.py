"""Amounts as a person reads them, in the interface language (Babel, loaded only when first needed)."""

from __future__ import annotations

from decimal import Decimal

from breakup_tui.core.i18n import current_language


def money_label(amount: Decimal, currency: str, *, language: str | None = None) -> str:
    """``€1,200.00`` / ``1.200,00 €``."""
    # Babel is imported here, not at the top: the home screen never needs it.
    from babel.numbers import format_currency

    return str(format_currency(amount, currency, locale=language or current_language()))
