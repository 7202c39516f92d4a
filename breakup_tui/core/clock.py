"""Today's date and the current time, in one place so tests can pin them."""

from __future__ import annotations

from datetime import date, datetime


def today() -> date:
    return date.today()


def now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)
