"""Pieces the step forms are built from: plan fields defined as data, section titles, date text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from textual.widgets import Static

from breakup_tui.core import clock
from breakup_tui.core.i18n import t
from breakup_tui.core.parse import date_problem, parse_optional_date, typed_date
from breakup_tui.core.plan import Plan
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.widgets.fields import Check, NotesField, TextField


@dataclass(frozen=True)
class PlanField:
    """A typed field bound to one value of the plan: ``read`` gives its text, ``write`` stores valid text."""

    id: str
    label: str  # catalogue key
    read: Callable[[Plan], str]
    write: Callable[[Plan, str], None]
    checks: tuple[Check, ...] = ()
    notes: tuple[Check, ...] = ()  # remarks that never block saving
    long: bool = False  # several lines
    tone: bool = False  # run the tone checker, in the letter's language
    placeholder: str = ""  # catalogue key


class DerivedViewsForm(StepForm):
    """A step form that shows values derived from the plan (advice, a chart): redrawn after every edit."""

    def on_mount(self) -> None:
        self.refresh_from_plan()

    def changed(self) -> None:
        super().changed()
        self.refresh_from_plan()


def plan_field(form: StepForm, spec: PlanField) -> TextField | NotesField:
    """The widget for ``spec``; only a valid value reaches the plan, and the form hears of it."""

    def commit(text: str) -> None:
        spec.write(form.plan, text)
        form.changed()

    value = spec.read(form.plan)
    if spec.long:
        return NotesField(
            t(spec.label),
            value,
            commit,
            tone_language=form.plan.client.language if spec.tone else None,
            checks=spec.checks,
            id=spec.id,
            disabled=form.read_only,
        )
    return TextField(
        t(spec.label),
        value,
        commit,
        checks=spec.checks,
        notes=spec.notes,
        placeholder=t(spec.placeholder) if spec.placeholder else "",
        id=spec.id,
        disabled=form.read_only,
    )


def section(title_key: str) -> Static:
    """A heading inside a form; ``decide.verdict_title`` gets the id ``decide-verdict-title``."""
    return Static(t(title_key), classes="form-section", id=title_key.replace(".", "-").replace("_", "-"))


def date_text(day: date | None) -> str:
    """A date as it is typed back into a field, in the order people write it (day/month/year)."""
    return typed_date(day) if day else ""


def past_date_note(text: str) -> str | None:
    """Due dates in the past are allowed, but worth a second look."""
    try:
        day = parse_optional_date(text)
    except ValueError:
        return None
    return t("input.past_date") if day is not None and day < clock.today() else None


DATE_CHECKS: tuple[Check, ...] = (date_problem,)
