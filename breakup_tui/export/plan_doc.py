"""The whole plan, for the user: Markdown to read or print, JSON for other tools.

Unlike the letter, the plan holds everything, private notes included: it is
written with the same 0600 permissions as the client files.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from breakup_tui.core.answers import step_answers
from breakup_tui.core.codec import plan_to_data
from breakup_tui.core.formatting import format_day
from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.letter import letter_for
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import HANDOVER_ITEMS, STEP_IDS, Plan
from breakup_tui.export import ExportSource
from breakup_tui.export.ics import calendar_events
from breakup_tui.export.markdown import escape_line, quote_block, text_block
from breakup_tui.export.text import markdown_paragraphs

CHECKBOX = {"undecided": "[?]", "todo": "[ ]", "done": "[x]", "not_applicable": "[-]"}


def md(text: str) -> str:
    """One line of the user's text inside Markdown markup; a line break becomes a space."""
    # Escaped as a whole line: it often opens a list item, where "# " or "1. " would still count.
    return escape_line(" ".join(text.split()))


def _day(day: date | None) -> str:
    return format_day(day, current_language()) if day else t("common.none")


def _quote(text: str) -> str:
    return quote_block(text)


def _block(heading: str, lines: list[str]) -> list[str]:
    return [f"### {heading}", "", *lines, ""] if lines else []


def _details(plan: Plan, step: str, source: ExportSource) -> list[str]:
    """What a summary line cannot hold: incidents, talking points, the timeline, checklists, answers."""
    out: list[str] = []
    if step == "decide":
        incidents = []
        for incident in sorted(plan.decide.incidents, key=lambda i: i.date):
            note = f": {md(incident.note)}" if incident.note else ""
            incidents.append(f"- {_day(incident.date)} — {t(f'reason.{incident.kind}')}{note}")
        out += _block(t("review.incidents"), incidents)
        if plan.decide.notes.strip():
            out += _block(t("export.plan_notes"), [_quote(plan.decide.notes)])
    elif step == "converse":
        for part in ("expectations", "what_changed", "why_better"):
            text = getattr(plan.converse, part).strip()
            if text:
                out += _block(t("export.plan_" + part), [_quote(text)])
    elif step == "notice":
        timeline = [f"- {_day(event.day)} — {md(event.summary)}" for event in calendar_events(source)]
        out += _block(t("export.plan_timeline"), timeline)
    elif step == "options":
        checklist = [
            f"- {CHECKBOX.get(plan.options.handover.get(item, 'todo'), '[ ]')} {t('export.handover_' + item)}"
            for item in HANDOVER_ITEMS
        ]
        out += _block(t("review.handover"), checklist)
        referrals = []
        for referral in plan.options.referrals:
            details = ", ".join(md(x) for x in (referral.speciality, referral.contact) if x.strip())
            referrals.append(f"- {md(referral.name)}" + (f" ({details})" if details else ""))
        out += _block(t("review.referrals"), referrals)
        if plan.options.interim_tools.strip():
            out += _block(t("export.plan_tools"), [text_block(plan.options.interim_tools)])
    elif step == "waffle":
        answers = []
        for pushback in plan.waffle.pushback:
            said = md(pushback.text) or t(f"export.pushback_{pushback.kind}")
            answers.append(f"- **{said}** — {md(pushback.answer) or t('common.none')}")
        out += _block(t("review.pushback"), answers)
    return out


def plan_md(source: ExportSource) -> str:
    plan = source.plan
    client = plan.client
    out = [f"# {t('export.plan_title', client=md(client.name))}", ""]
    contact = " · ".join(md(x) for x in (client.contact, client.email) if x.strip())
    if contact:
        out += [contact, ""]
    for number, step in enumerate(STEP_IDS, start=1):
        status = t(f"status.{plan.progress.status_of(step).value}")
        out += [f"## {number} · {t('steps.' + step)} ({status})", ""]
        out += [f"- {label}: {md(value)}" for label, value in step_answers(plan, step, source.today)]
        out.append("")
        out += _details(plan, step, source)
    letter = letter_for(plan, source.settings, source.today, source.country)
    out += [f"## {t('export.plan_letter')}", "", f"**{md(letter.subject)}**", ""]
    out += [markdown_paragraphs(letter.body), ""]
    return "\n".join(out)


def _json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def plan_json(source: ExportSource) -> str:
    plan = source.plan
    data = plan_to_data(plan)
    last_day = effective_last_day(plan, source.today, source.country)
    letter = letter_for(plan, source.settings, source.today, source.country)
    data["last_day"] = last_day
    data["letter"] = {
        "to": letter.to,
        "subject": letter.subject,
        "body": letter.body,
        "language": letter.language,
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_value) + "\n"
