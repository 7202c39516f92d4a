"""Step 2, Converse (C1-C3): the talking points, checked for tone, and the conversation itself."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Label, Select, Static

from breakup_tui.core import clock
from breakup_tui.core.humanize import short_date
from breakup_tui.core.i18n import t, tn
from breakup_tui.core.notice import last_working_day
from breakup_tui.core.parse import parse_optional_date
from breakup_tui.core.plan import CHANNELS, Plan
from breakup_tui.ui.localize import localized
from breakup_tui.ui.steps.form_parts import (
    DATE_CHECKS,
    DerivedViewsForm,
    PlanField,
    date_text,
    plan_field,
    section,
)
from breakup_tui.ui.widgets.menu_select import MenuSelect


def _text_field(attribute: str, *, tone: bool) -> PlanField:
    """A long text stored as ``converse.<attribute>``."""

    def write(plan: Plan, text: str) -> None:
        setattr(plan.converse, attribute, text)

    return PlanField(
        f"converse-{attribute.replace('_', '-')}",
        f"converse.{attribute}",
        read=lambda plan: str(getattr(plan.converse, attribute)),
        write=write,
        long=True,
        tone=tone,
    )


def _write_meeting_on(plan: Plan, text: str) -> None:
    plan.converse.meeting_on = parse_optional_date(text)


# C3: keep it simple, in three parts, each read by the tone checker.
TALKING_POINTS = tuple(
    _text_field(name, tone=True) for name in ("expectations", "what_changed", "why_better")
)
MEETING_ON = PlanField(
    "meeting-on",
    "converse.meeting_on",
    read=lambda plan: date_text(plan.converse.meeting_on),
    write=_write_meeting_on,
    checks=DATE_CHECKS,
    placeholder="converse.date_placeholder",
)
OUTCOME = _text_field("outcome", tone=False)


class ConverseForm(DerivedViewsForm):
    STEP_ID = "converse"

    def compose(self) -> ComposeResult:
        yield section("converse.points_title")
        for spec in TALKING_POINTS:
            yield plan_field(self, spec)
        yield section("converse.meeting_title")
        yield plan_field(self, MEETING_ON)
        yield Static(id="notice-from-meeting", classes="derived")
        yield Label(t("converse.channel"))
        channel = self.plan.converse.channel
        yield localized(MenuSelect)(
            [(t(f"converse.channel_{c}"), c) for c in CHANNELS],
            value=channel if channel in CHANNELS else Select.NULL,
            prompt=t("converse.channel_none"),
            compact=True,
            id="channel",
            disabled=self.read_only,
        )
        yield plan_field(self, OUTCOME)

    def refresh_from_plan(self) -> None:
        """The notice counts from the conversation: say where that puts the last working day."""
        last = last_working_day(self.plan, clock.today(), getattr(self.app, "country", None))
        if self.plan.notice.last_day is not None:
            key = "converse.last_day_overridden"
        elif self.plan.converse.meeting_on is not None:
            key = "converse.notice_from_meeting"
        else:
            key = "converse.notice_from_today"
        day = short_date(last, weekday=True)
        text = tn(key, self.plan.notice.weeks, day=day) if key.endswith("from_meeting") else t(key, day=day)
        self.query_one("#notice-from-meeting", Static).update(text)

    @on(Select.Changed, "#channel")
    def _channel_chosen(self, event: Select.Changed) -> None:
        value = None if event.select.is_blank() else str(event.value)
        if value != self.plan.converse.channel:
            self.plan.converse.channel = value
            self.changed()


FORM = ConverseForm
