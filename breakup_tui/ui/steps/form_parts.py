"""Pieces the step forms are built from: fields bound to the plan, section titles, date text."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from textual.widget import Widget
from textual.widgets import Static

from breakup_tui.core import clock
from breakup_tui.core.i18n import t
from breakup_tui.core.parse import date_problem, parse_optional_date, typed_date
from breakup_tui.core.plan import Plan
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.validators import CoreCheck
from breakup_tui.ui.widgets.field_spec import FieldSpec, bound_field

Owner = TypeVar("Owner")


class DerivedViewsForm(StepForm):
    """A step form that shows values derived from the plan (advice, a chart): redrawn after every edit."""

    def on_mount(self) -> None:
        self.refresh_from_plan()

    def changed(self) -> None:
        super().changed()
        self.refresh_from_plan()


def plan_field(form: StepForm, spec: FieldSpec[Plan]) -> Widget:
    """The widget for a field of the plan; only a valid value reaches the plan, and the form hears of it."""
    return entry_field(form, spec, form.plan)


def entry_field(form: StepForm, spec: FieldSpec[Owner], owner: Owner) -> Widget:
    """The widget for a field of ``owner`` (the plan or one entry of a list in it), bound the same way."""
    return bound_field(
        spec, owner, form.changed, disabled=form.read_only, tone_language=form.plan.client.language
    )


def section(title_key: str) -> Static:
    """A heading inside a form; ``decide.verdict_title`` gets the id ``decide-verdict-title``."""
    return Static(t(title_key), classes="heading", id=title_key.replace(".", "-").replace("_", "-"))


def date_text(day: date | None) -> str:
    """A date as it is typed back into a field, in the order people write it (day/month/year)."""
    return typed_date(day) if day else ""


def _past_date_note(text: str) -> str | None:
    try:
        day = parse_optional_date(text)
    except ValueError:
        return None
    return t("input.past_date") if day is not None and day < clock.today() else None


DATE_CHECKS = (CoreCheck(date_problem),)
# Due dates in the past are allowed, but worth a second look: a note, never an error.
PAST_DATE_NOTE = CoreCheck(_past_date_note)
