"""Wordings to start from in steps 5 and 6, filled with the plan's own facts.

They are said to the client, so they come in the letter's language and its
form of address, and name the client and the last day the plan holds; no
suggestion carries a date of its own.
"""

from __future__ import annotations

from datetime import date

from breakup_tui.core.formatting import format_day
from breakup_tui.core.i18n import catalogue, fill
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import Plan


def plan_facts(plan: Plan, today: date) -> dict[str, str]:
    """What a suggestion may name: the client and the last working day, in the letter's language."""
    language = plan.client.language
    last_day = effective_last_day(plan, today)
    if last_day is None:
        shown = catalogue(language).t("suggestion.no_last_day")
    else:
        shown = format_day(last_day, language, article="")
    return {"client": plan.client.name.strip(), "last_day": shown}


def thank_suggestions(plan: Plan, field: str, today: date) -> list[str]:
    """The suggestions for ``thank.<field>`` (``thanks`` or ``reason_if_asked``)."""
    key = {"thanks": "thank.suggest_thanks", "reason_if_asked": "thank.suggest_reason"}[field]
    entries = catalogue(plan.client.language).raw_in_form(key, plan.client.address, [])
    facts = plan_facts(plan, today)
    return [fill(str(entry), **facts) for entry in entries]


def pushback_answer(plan: Plan, kind: str, today: date) -> str:
    """The prepared answer suggested for a pushback of ``kind``."""
    m = catalogue(plan.client.language)
    return m.phrase(f"waffle.suggest_{kind}", plan.client.address, **plan_facts(plan, today))
