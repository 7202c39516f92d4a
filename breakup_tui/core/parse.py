"""Reading what people type: dates and amounts, with a clear message when it cannot be read."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from breakup_tui.core.i18n import t
from breakup_tui.core.limits import EARLIEST_DATE, LATEST_DATE, amount_in_range, date_in_range


class InputProblem(ValueError):
    """``str()`` is a message for the person who typed the value."""


_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
# Day, month, year as typed in Italy and in English outside the US: 18/12/2026,
# 18-12-2026, 18.12.2026, 2/12/26. One separator kind per date, so 18/12-2026 is refused.
_DMY = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\s*$")
# A two-digit year is always this century: plans are about the near future and past.
_CENTURY = 2000


def typed_date(day: date) -> str:
    """A date as a field shows it for editing, day first (18/12/2026); ``parse_date`` reads it back."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def parse_date(text: str) -> date:
    """``18/12/2026``, ``18-12-2026``, ``18.12.2026``, ``18/12/26``, ``2/12/2026`` or ISO ``2026-12-18``."""
    iso = _ISO.match(text)
    dmy = _DMY.match(text)
    if iso:
        year, month, day_of_month = int(iso[1]), int(iso[2]), int(iso[3])
    elif dmy:
        day_of_month, month, year = int(dmy[1]), int(dmy[3]), int(dmy[4])
        if len(dmy[4]) == 2:
            year += _CENTURY
    else:
        raise InputProblem(t("input.date_format"))
    try:
        day = date(year, month, day_of_month)
    except ValueError:
        raise InputProblem(t("input.no_such_date", text=text.strip())) from None
    if not date_in_range(day):
        # The file would refuse it (core.limits), so the form does too.
        raise InputProblem(t("input.date_range", low=EARLIEST_DATE.year, high=LATEST_DATE.year))
    return day


def parse_optional_date(text: str) -> date | None:
    return None if not text.strip() else parse_date(text)


def date_problem(text: str) -> str | None:
    try:
        parse_optional_date(text)
    except InputProblem as problem:
        return str(problem)
    return None


_AMOUNT = re.compile(r"^\d{1,3}([ ,.’']\d{3})*([.,]\d{1,2})?$|^\d+([.,]\d{1,2})?$")


def parse_amount(text: str) -> Decimal:
    """``1200``, ``1,200.50``, ``1200.5``, ``1.200,50`` all read; ``12abc`` does not."""
    raw = text.strip()
    if not raw or not _AMOUNT.match(raw):
        raise InputProblem(t("input.amount_format"))
    # The last separator followed by one or two digits is the decimal point.
    whole, fraction = raw, ""
    match = re.search(r"[.,](\d{1,2})$", raw)
    if match:
        whole, fraction = raw[: match.start()], match.group(1)
    digits = re.sub(r"[ ,.’']", "", whole)
    try:
        amount = Decimal(f"{digits}.{fraction}" if fraction else digits)
    except InvalidOperation:
        raise InputProblem(t("input.amount_format")) from None
    if not amount_in_range(amount):
        raise InputProblem(t("input.amount_too_large"))
    return amount


def amount_problem(text: str) -> str | None:
    try:
        parse_amount(text)
    except InputProblem as problem:
        return str(problem)
    return None


def parse_whole_number(text: str, low: int, high: int) -> int:
    """A whole number within ``low``..``high`` (weeks of notice, a percentage, days)."""
    raw = text.strip()
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise InputProblem(t("input.number_range", low=low, high=high))
    return int(raw)


def number_problem(low: int, high: int, *, optional: bool = False) -> Callable[[str], str | None]:
    """A check for a field holding a whole number; an empty field passes when ``optional``."""

    def problem(text: str) -> str | None:
        if optional and not text.strip():
            return None
        try:
            parse_whole_number(text, low, high)
        except InputProblem as error:
            return str(error)
        return None

    return problem
