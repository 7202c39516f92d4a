"""Working days: no weekends and none of the user's country's public holidays.

The country is an ISO 3166 code given by the caller (it lives in the user's
settings); ``None`` means only weekends are skipped. The ``holidays`` library
is imported on first use, never at start-up: most screens need no date at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

# A language alone in the locale still names a country where it is spoken mostly in one.
_COUNTRY_OF_LANGUAGE = {"it": "IT"}
# Holiday names come in the interface language when the library has it, else in English.
_NAME_LANGUAGES: dict[str, tuple[str, ...]] = {"it": ("it_IT", "it"), "en": ("en_GB", "en_US")}
# Far more than any notice needs; it bounds the search for a working day on a calendar
# full of holidays.
_MAX_STEPS = 60


# The country the app or the command settled on at start (settings, else locale), for the
# places that are not handed one; like the interface language, one per process.
_country_in_use: str | None = None


def set_country(code: str | None) -> None:
    global _country_in_use
    _country_in_use = normalise_country(code) if code and code.strip() else None


class MovedDay(NamedTuple):
    """A day moved to a working day, and the holiday it was moved off (empty for a weekend)."""

    day: date
    moved_from: date | None = None
    holiday: str = ""


def country_from_environment(env: Mapping[str, str]) -> str | None:
    """The locale's territory (it_IT → IT, en_GB → GB); "it" alone → IT; C, POSIX or nothing → None."""
    # The same variables, in the same order, as the interface language (i18n).
    value = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    name = value.split(".")[0].split("@")[0]
    language, _, territory = name.partition("_")
    if len(territory) == 2 and territory.isalpha():
        return territory.upper()
    return _COUNTRY_OF_LANGUAGE.get(language.lower())


def normalise_country(code: str) -> str:
    return code.strip().upper()


def choose_country(setting: str | None, env: Mapping[str, str]) -> str | None:
    """The settings file's country, else the locale's; None (weekends only) when neither says."""
    if setting and setting.strip():
        return normalise_country(setting)
    return country_from_environment(env)


def known_country(code: str) -> bool:
    """Does the holidays library know this ISO 3166 code?"""
    import holidays

    return normalise_country(code) in holidays.list_supported_countries()


@lru_cache(maxsize=64)
def _holidays_of(country: str, year: int, language: str) -> dict[date, str]:
    import holidays

    try:
        table = holidays.country_holidays(country, years=year)
    except NotImplementedError:  # a code the library does not know: weekends only
        return {}
    wanted = _NAME_LANGUAGES.get(language, ())
    supported = table.supported_languages
    name_language = next((code for code in wanted if code in supported), None)
    if name_language is None:
        name_language = next((code for code in _NAME_LANGUAGES["en"] if code in supported), None)
    if name_language is not None and name_language != table.default_language:
        table = holidays.country_holidays(country, years=year, language=name_language)
    return dict(table.items())


def holiday_name(day: date, country: str | None, language: str = "en") -> str:
    """The public holiday on ``day`` in ``country``, named in ``language`` where possible; else "".

    With no ``country`` given, the one in use for this process (``set_country``).
    """
    country = country or _country_in_use
    if not country:
        return ""
    return _holidays_of(normalise_country(country), day.year, language).get(day, "")


def is_working_day(day: date, country: str | None) -> bool:
    return day.weekday() < 5 and not holiday_name(day, country)


def _step(day: date, country: str | None, direction: int) -> date:
    for _ in range(_MAX_STEPS):
        if is_working_day(day, country):
            return day
        day += timedelta(days=direction)
    return day


def working_day_on_or_before(day: date, country: str | None) -> date:
    return _step(day, country, -1)


def working_day_on_or_after(day: date, country: str | None) -> date:
    return _step(day, country, 1)


def next_working_day(day: date, country: str | None) -> date:
    """The first working day after ``day``."""
    return working_day_on_or_after(day + timedelta(days=1), country)


def moved_back(day: date, country: str | None, language: str = "en") -> MovedDay:
    """``day`` moved back to a working day, saying which holiday (if any) it was moved off."""
    working = working_day_on_or_before(day, country)
    if working == day:
        return MovedDay(day)
    return MovedDay(working, day, holiday_name(day, country, language))
