"""How far dates and amounts may go: wide for any real plan, narrow enough that nothing overflows.

A file edited by hand could hold 9999-12-31 or an amount of 1e999999999;
adding two weeks to the first, or formatting the second with two decimals,
raises instead of computing. Files and forms refuse both with a reason.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2999, 12, 31)
# Below a trillion (10**12), in any currency: above anything a freelancer invoices.
MAX_AMOUNT_DIGITS = 12


def date_in_range(day: date) -> bool:
    return EARLIEST_DATE <= day <= LATEST_DATE


def amount_in_range(amount: Decimal) -> bool:
    # Read the exponent rather than compare: arithmetic on 1e999999999 itself overflows.
    return amount.is_zero() or amount.adjusted() < MAX_AMOUNT_DIGITS
