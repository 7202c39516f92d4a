"""What the letter is still missing, for the check-your-answers summary and the editor.

Each gap names the step where it is fixed, so a screen can offer to jump
there; ``SETTINGS`` marks what belongs to the user's own details. Messages are
in the interface language: they are for the user, not the client.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from breakup_tui.core.formatting import format_day
from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import HANDOVER_ITEMS, HANDOVER_UNDECIDED, Plan, Verdict
from breakup_tui.core.settings import Settings

SETTINGS = "settings"


@dataclass(frozen=True)
class Gap:
    step: str  # a step id, or SETTINGS
    message: str


def _decide_gaps(plan: Plan) -> list[Gap]:
    verdict = plan.decide.verdict
    if verdict is Verdict.UNDECIDED:
        return [Gap("decide", t("review.gap_undecided"))]
    if verdict is Verdict.KEEP:
        return [Gap("decide", t("review.gap_kept"))]
    return []


def _converse_gaps(plan: Plan, today: date) -> list[Gap]:
    # The talk comes before the letter; until it has happened the letter does not mention it.
    meeting = plan.converse.meeting_on
    if meeting is None:
        return [Gap("converse", t("review.gap_talk_first"))]
    if meeting > today:
        day = format_day(meeting, current_language(), article="")
        return [Gap("converse", t("review.gap_talk_planned", day=day))]
    return []


def _options_gaps(plan: Plan) -> list[Gap]:
    return [
        Gap("options", t("review.gap_handover_undecided", item=t(f"options.item_{item}")))
        for item in HANDOVER_ITEMS
        if plan.options.handover.get(item, HANDOVER_UNDECIDED) == HANDOVER_UNDECIDED
    ]


def _notice_gaps(plan: Plan, today: date) -> list[Gap]:
    gaps: list[Gap] = []
    last_day = effective_last_day(plan, today)
    if last_day is None:
        gaps.append(Gap("notice", t("review.gap_no_last_day")))
    for project in plan.notice.projects:
        name = project.name.strip() or t("review.unnamed")
        if project.plan is None:
            gaps.append(Gap("notice", t("review.gap_project_no_plan", project=name)))
        if project.due is None:
            gaps.append(Gap("notice", t("review.gap_project_no_due", project=name)))
        elif last_day is not None and project.due > last_day and project.plan == "finish":
            gaps.append(Gap("notice", t("review.gap_project_after_last_day", project=name)))
    for invoice in plan.notice.invoices:
        if invoice.paid:
            continue
        number = invoice.number.strip() or t("review.unnamed")
        if invoice.due is None:
            gaps.append(Gap("notice", t("review.gap_invoice_no_due", number=number)))
        if invoice.amount <= 0:
            gaps.append(Gap("notice", t("review.gap_invoice_no_amount", number=number)))
    return gaps


def find_gaps(plan: Plan, settings: Settings, today: date) -> list[Gap]:
    """Everything that would leave the letter incomplete, in the order of the steps."""
    gaps = _decide_gaps(plan)
    if plan.decide.verdict is Verdict.KEEP:
        # Nothing is ending, so nothing else is missing.
        return gaps
    if plan.decide.verdict is Verdict.FADE:
        if any(not i.paid for i in plan.notice.invoices):
            gaps.append(Gap("notice", t("review.gap_fade_unpaid")))
    else:
        gaps.extend(_converse_gaps(plan, today))
        gaps.extend(_notice_gaps(plan, today))
        gaps.extend(_options_gaps(plan))
    if not (plan.writing.to.strip() or plan.client.email.strip()):
        gaps.append(Gap("writing", t("review.gap_no_email")))
    if not settings.has_sender() and not settings.signature.strip():
        gaps.append(Gap(SETTINGS, t("review.gap_no_sender")))
    return gaps
