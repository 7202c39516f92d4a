"""Step 2, Converse: the talking points, checked for tone, and the conversation itself."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from breakup_tui.core import clock
from breakup_tui.core.humanize import short_date
from breakup_tui.core.i18n import t, tn
from breakup_tui.core.notice import last_working_day
from breakup_tui.core.parse import parse_optional_date
from breakup_tui.core.plan import CHANNELS, Plan
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.steps.form_parts import DATE_CHECKS, DerivedViewsForm, date_text, plan_field, section
from breakup_tui.ui.widgets.field_spec import FieldSpec


def _text_field(attribute: str, *, tone: bool) -> FieldSpec[Plan]:
    """A long text stored as ``converse.<attribute>``."""

    def write(plan: Plan, text: str) -> None:
        setattr(plan.converse, attribute, text)

    return FieldSpec[Plan](
        f"converse-{attribute.replace('_', '-')}",
        f"converse.{attribute}",
        read=lambda plan: str(getattr(plan.converse, attribute)),
        write=write,
        kind="long",
        tone=tone,
    )


def _write_meeting_on(plan: Plan, text: str) -> None:
    plan.converse.meeting_on = parse_optional_date(text)


# Three short parts keep the talk simple; the tone checker reads each.
TALKING_POINTS = tuple(
    _text_field(name, tone=True) for name in ("expectations", "what_changed", "why_better")
)
MEETING_ON = FieldSpec[Plan](
    "meeting-on",
    "converse.meeting_on",
    read=lambda plan: date_text(plan.converse.meeting_on),
    write=_write_meeting_on,
    checks=DATE_CHECKS,
    placeholder="converse.date_placeholder",
)
OUTCOME = _text_field("outcome", tone=False)


def _write_channel(plan: Plan, text: str) -> None:
    plan.converse.channel = text or None


CHANNEL = FieldSpec[Plan](
    "channel",
    "converse.channel",
    # A channel this version does not know (from a newer file) shows as not chosen.
    read=lambda plan: plan.converse.channel if plan.converse.channel in CHANNELS else "",
    write=_write_channel,
    kind="choice",
    choices=lambda: [(t(f"converse.channel_{c}"), c) for c in CHANNELS],
    prompt="converse.channel_none",
)


class ConverseForm(DerivedViewsForm):
    STEP_ID = "converse"

    def compose(self) -> ComposeResult:
        yield section("converse.points_title")
        for spec in TALKING_POINTS:
            yield plan_field(self, spec)
        yield section("converse.meeting_title")
        yield plan_field(self, MEETING_ON)
        yield Static(id="notice-from-meeting", classes="derived")
        yield plan_field(self, CHANNEL)
        yield plan_field(self, OUTCOME)

    def refresh_from_plan(self) -> None:
        """The notice counts from the conversation: say where that puts the last working day."""
        last = last_working_day(self.plan, clock.today(), app_state(self.app).country)
        if self.plan.notice.last_day is not None:
            key = "converse.last_day_overridden"
        elif self.plan.converse.meeting_on is not None:
            key = "converse.notice_from_meeting"
        else:
            key = "converse.notice_from_today"
        day = short_date(last, weekday=True)
        text = tn(key, self.plan.notice.weeks, day=day) if key.endswith("from_meeting") else t(key, day=day)
        self.query_one("#notice-from-meeting", Static).update(text)


FORM = ConverseForm
