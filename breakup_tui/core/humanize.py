"""Short relative times for the client list ("2 days ago")."""

from __future__ import annotations

from datetime import date, datetime

from breakup_tui.core.articles import day_number, with_article
from breakup_tui.core.i18n import catalogue, current_language, t, tn


def ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return t("common.none")
    if moment.tzinfo is not None and now.tzinfo is not None:
        moment = moment.astimezone(now.tzinfo)
    days = (now.date() - moment.date()).days
    if days <= 0:
        return t("ago.today")
    if days == 1:
        return t("ago.yesterday")
    if days < 14:
        return tn("ago.days", days)
    if days < 30:
        return tn("ago.weeks", days // 7)
    if days < 365:
        return tn("ago.months", days // 30)
    return tn("ago.years", days // 365)


def short_date(day: date | None, *, weekday: bool = False, year: bool = True) -> str:
    """A compact on-screen date in the interface language ("16 Dec 2026", "mer 16 dic 2026", "16 Dec").

    The catalogue's month names keep Babel out of start-up; letters and exports use Babel.
    """
    if day is None:
        return t("common.none")
    number = day_number(day.day, current_language())
    text = t("dates.short" if year else "dates.day_month", day=number, month=month_name(day), year=day.year)
    if weekday:
        names = catalogue(current_language()).raw("dates.weekdays", [])
        name = names[day.weekday()] if len(names) == 7 else ""
        text = t("dates.with_weekday", weekday=name, date=text).strip()
    return text


def dated(day: date, preposition: str = "") -> str:
    """A short date that follows a noun or verb in a sentence: "l'8 gen 2027", "dell'11 ott 2026" in Italian.

    English needs no article, so there the short date comes back as it is.
    """
    return with_article(short_date(day), day.day, current_language(), preposition)


def month_name(day: date) -> str:
    """The month's short name on its own ("Dec", "dic")."""
    months = catalogue(current_language()).raw("dates.months", [])
    return str(months[day.month - 1]) if len(months) == 12 else f"{day.month:02d}"
