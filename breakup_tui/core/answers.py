"""The user's answers, step by step, as short labelled lines for the check-your-answers summary.

Values are the user's own text or dates and amounts in the interface
language; a screen shows them as plain text, never as markup.
"""

from __future__ import annotations

from datetime import date

from breakup_tui.core.formatting import format_day, format_list, format_money, format_totals
from breakup_tui.core.i18n import current_language, t, tn
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import HANDOVER_ITEMS, HANDOVER_UNDECIDED, REASONS, Plan

Answer = tuple[str, str]  # (label, value)


def _day(day: date | None) -> str:
    return format_day(day, current_language()) if day else t("common.none")


def _text(value: str) -> str:
    return value.strip() or t("common.none")


def _decide(plan: Plan, today: date) -> list[Answer]:
    d = plan.decide
    reasons = [t(f"reason.{r}") for r in d.reasons if r in REASONS] + [
        r for r in d.other_reasons if r.strip()
    ]
    gut = t(
        "review.gut_value",
        creativity=d.impact_creativity or t("common.none"),
        income=d.impact_income or t("common.none"),
    )
    return [
        (t("review.verdict"), t(f"verdict.{d.verdict.value}")),
        (t("review.reasons"), "; ".join(reasons) or t("common.none")),
        (t("review.incidents"), str(len(d.incidents))),
        (t("review.gut_check"), gut),
    ]


def _converse(plan: Plan, today: date) -> list[Answer]:
    c = plan.converse
    written = sum(1 for part in (c.expectations, c.what_changed, c.why_better) if part.strip())
    meeting = _day(c.meeting_on)
    if c.channel:
        meeting = t("review.meeting_value", day=meeting, channel=t(f"review.channel_{c.channel}"))
    return [
        (t("review.meeting"), meeting),
        (t("review.talking_points"), t("review.count_of", n=written, total=3)),
        (t("review.outcome"), _text(c.outcome)),
    ]


def _notice(plan: Plan, today: date) -> list[Answer]:
    n = plan.notice
    last_day = effective_last_day(plan, today)
    how = t("review.last_day_chosen") if n.last_day else t("review.last_day_computed")
    answers = [
        (t("review.last_day"), f"{_day(last_day)} ({how})" if last_day else t("common.none")),
        (t("review.notice_weeks"), str(n.weeks)),
    ]
    for project in n.projects:
        plan_label = t(f"review.plan_{project.plan}") if project.plan else t("review.plan_none")
        answers.append((t("review.project"), f"{project.name} · {_day(project.due)} · {plan_label}"))
    unpaid = [i for i in n.invoices if not i.paid]
    language = current_language()
    for invoice in unpaid:
        amount = format_money(invoice.amount, invoice.currency, language)
        answers.append((t("review.invoice"), f"{invoice.number} · {amount} · {_day(invoice.due)}"))
    if unpaid:
        answers.append((t("review.owed_total"), format_totals(unpaid, language)))
    else:
        answers.append((t("review.owed_total"), t("common.none")))
    return answers


def _options(plan: Plan, today: date) -> list[Answer]:
    o = plan.options
    states = [o.handover.get(item, HANDOVER_UNDECIDED) for item in HANDOVER_ITEMS]
    handover = t(
        "review.handover_value",
        todo=tn("review.handover_todo", states.count("todo")),
        done=tn("review.handover_done", states.count("done")),
        skipped=tn("review.handover_skipped", states.count("not_applicable")),
        undecided=tn("review.handover_undecided_count", states.count(HANDOVER_UNDECIDED)),
    )
    language = current_language()
    undecided = [
        t(f"options.item_{item}") for item in HANDOVER_ITEMS if o.handover.get(item) == HANDOVER_UNDECIDED
    ]
    return [
        (t("review.referrals"), format_list([r.name for r in o.referrals], language) or t("common.none")),
        (t("review.handover"), handover),
        (t("review.handover_undecided"), format_list(undecided, language) or t("common.none")),
        (t("review.accounts"), format_list([a.label for a in o.accounts], language) or t("common.none")),
        (t("review.keep_referring"), t("common.yes") if o.keep_referring else t("common.no")),
    ]


def _waffle(plan: Plan, today: date) -> list[Answer]:
    w = plan.waffle
    answered = sum(1 for p in w.pushback if p.answer.strip())
    return [
        (t("review.commitment"), _text(w.commitment)),
        (t("review.pushback"), t("review.count_of", n=answered, total=len(w.pushback))),
    ]


def _thank(plan: Plan, today: date) -> list[Answer]:
    return [
        (t("review.thanks"), _text(plan.thank.thanks)),
        (t("review.reason_if_asked"), _text(plan.thank.reason_if_asked)),
    ]


def _writing(plan: Plan, today: date) -> list[Answer]:
    w = plan.writing
    return [
        (t("review.to"), _text(w.to or plan.client.email)),
        (t("review.body"), t("review.body_own") if w.body is not None else t("review.body_generated")),
        (t("review.sent_on"), _day(w.sent_on)),
    ]


_BY_STEP = {
    "decide": _decide,
    "converse": _converse,
    "notice": _notice,
    "options": _options,
    "waffle": _waffle,
    "thank": _thank,
    "writing": _writing,
}


def step_answers(plan: Plan, step: str, today: date) -> list[Answer]:
    """What the user answered in ``step``, as labelled lines."""
    return _BY_STEP[step](plan, today)
