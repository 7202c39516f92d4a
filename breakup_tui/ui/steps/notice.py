"""Step 3, Give notice: projects, invoices, the notice, the last working day and its timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Input, Label, Select, Static

from breakup_tui.core import clock
from breakup_tui.core.formatting import format_money
from breakup_tui.core.humanize import short_date
from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.notice import last_day_move, notice_advice, timeline_events
from breakup_tui.core.parse import amount_problem, number_problem, parse_amount, parse_optional_date
from breakup_tui.core.plan import PROJECT_PLANS, Invoice, Plan, Project
from breakup_tui.core.printable import printable
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.steps.form_parts import (
    DATE_CHECKS,
    PAST_DATE_NOTE,
    DerivedViewsForm,
    date_text,
    plan_field,
    section,
)
from breakup_tui.ui.validators import CoreCheck, required
from breakup_tui.ui.widgets.advice_list import AdviceList
from breakup_tui.ui.widgets.field_spec import TICKED, FieldSpec
from breakup_tui.ui.widgets.fields import TextField
from breakup_tui.ui.widgets.menu_select import MenuSelect
from breakup_tui.ui.widgets.record_table import RecordEditor, RecordKind
from breakup_tui.ui.widgets.timeline import Timeline

NAME_WIDTH = 24


def moved_note(moved_from: date, holiday: str) -> str:
    """Why the last day is earlier than the notice's end: a weekend, or a public holiday by name."""
    day = short_date(moved_from, weekday=True)
    if holiday:
        return t("notice.moved_off_holiday", holiday=holiday, day=day)
    return t("notice.moved_off_weekend", day=day)


def _write_weeks(plan: Plan, text: str) -> None:
    plan.notice.weeks = int(text)


def _write_contract_days(plan: Plan, text: str) -> None:
    plan.notice.contract_notice_days = int(text) if text.strip() else None


def _write_last_day(plan: Plan, text: str) -> None:
    # An empty field means "use the computed day", so no override is written.
    plan.notice.last_day = parse_optional_date(text)


NOTICE_LENGTH = (
    FieldSpec[Plan](
        "weeks",
        "notice.weeks",
        read=lambda plan: str(plan.notice.weeks),
        write=_write_weeks,
        checks=(CoreCheck(number_problem(0, 104)),),
    ),
    FieldSpec[Plan](
        "contract-days",
        "notice.contract_days",
        read=lambda plan: (
            "" if plan.notice.contract_notice_days is None else str(plan.notice.contract_notice_days)
        ),
        write=_write_contract_days,
        checks=(CoreCheck(number_problem(0, 3650, optional=True)),),
        placeholder="notice.optional",
    ),
)
LAST_DAY = FieldSpec[Plan](
    "last-day-override",
    "notice.override",
    read=lambda plan: date_text(plan.notice.last_day),
    write=_write_last_day,
    checks=DATE_CHECKS,
    notes=(PAST_DATE_NOTE,),
    placeholder="notice.date_placeholder",
)


class Dated(Protocol):
    """A list entry with a due date (a project, an invoice)."""

    due: date | None


def _write_due(item: Dated, text: str) -> None:
    item.due = parse_optional_date(text)


def due_field() -> FieldSpec[Any]:
    """Projects and invoices: a due date in the past is allowed, and pointed out."""
    return FieldSpec[Any](
        "field-due",
        "notice.due",
        read=lambda item: date_text(item.due),
        write=_write_due,
        checks=DATE_CHECKS,
        notes=(PAST_DATE_NOTE,),
        placeholder="notice.date_placeholder",
    )


def _short(text: str) -> Text:
    cell = Text(text)
    cell.truncate(NAME_WIDTH, overflow="ellipsis")
    return cell


def _due(day: date | None) -> str:
    return short_date(day) if day else t("common.none")


def _unique_name(names: Callable[[], list[str]], own: str | None) -> CoreCheck:
    """The stopping point names a project, so two projects cannot share a name."""

    def problem(text: str) -> str | None:
        taken = [n for n in names() if n != own]
        return t("notice.project_name_taken") if text.strip() in taken else None

    return CoreCheck(problem)


def _currency_problem(text: str) -> str | None:
    code = text.strip()
    return None if len(code) == 3 and code.isalpha() else t("notice.currency_format")


def _write_project_name(item: Project, text: str) -> None:
    item.name = text.strip()


def _write_project_plan(item: Project, text: str) -> None:
    item.plan = text


def project_kind(plan: Plan) -> RecordKind[Project]:
    def fields(item: Project | None) -> list[FieldSpec[Project]]:
        names = lambda: [p.name for p in plan.notice.projects]  # noqa: E731
        return [
            FieldSpec[Project](
                "field-name",
                "notice.project_name",
                read=lambda project: project.name,
                write=_write_project_name,
                checks=(required, _unique_name(names, item.name if item else None)),
            ),
            due_field(),
            FieldSpec[Project](
                "field-plan",
                "notice.project_plan",
                read=lambda project: project.plan or "",
                write=_write_project_plan,
                kind="choice",
                choices=lambda: [(t(f"notice.plan_{p}"), p) for p in PROJECT_PLANS],
            ),
        ]

    def row(item: Project) -> tuple[str | Text, ...]:
        plan_label = t(f"notice.plan_{item.plan}") if item.plan else t("common.none")
        return _short(item.name), _due(item.due), plan_label

    return RecordKind(
        texts="notice.project",
        columns=("notice.col_project", "notice.col_due", "notice.col_plan"),
        row=row,
        fields=fields,
        new=lambda: Project("", None, "finish"),
        name=lambda item: item.name,
    )


def _write_number(item: Invoice, text: str) -> None:
    item.number = text.strip()


def _write_amount(item: Invoice, text: str) -> None:
    item.amount = parse_amount(text)


def _write_currency(item: Invoice, text: str) -> None:
    item.currency = text.strip().upper()


def _write_paid(item: Invoice, text: str) -> None:
    item.paid = text == TICKED


INVOICE_FIELDS = (
    FieldSpec[Invoice](
        "field-number",
        "notice.invoice_number",
        read=lambda item: item.number,
        write=_write_number,
        checks=(required,),
    ),
    FieldSpec[Invoice](
        "field-amount",
        "notice.amount",
        read=lambda item: str(item.amount) if item.amount else "",  # a new invoice starts empty
        write=_write_amount,
        checks=(CoreCheck(amount_problem),),
        placeholder="notice.amount_placeholder",
    ),
    FieldSpec[Invoice](
        "field-currency",
        "notice.currency",
        read=lambda item: item.currency,
        write=_write_currency,
        checks=(CoreCheck(_currency_problem),),
    ),
    due_field(),
    FieldSpec[Invoice](
        "field-paid",
        "notice.paid_label",
        read=lambda item: TICKED if item.paid else "",
        write=_write_paid,
        kind="flag",
    ),
)


def invoice_kind() -> RecordKind[Invoice]:
    def row(item: Invoice) -> tuple[str | Text, ...]:
        paid = t("notice.paid") if item.paid else t("notice.unpaid")
        return (
            _short(item.number),
            format_money(item.amount, item.currency, current_language()),
            _due(item.due),
            paid,
        )

    return RecordKind(
        texts="notice.invoice",
        columns=("notice.col_number", "notice.col_amount", "notice.col_due", "notice.col_paid"),
        row=row,
        fields=lambda _item: INVOICE_FIELDS,
        new=lambda: Invoice("", Decimal(0), "EUR", None, False),
        name=lambda item: item.number,
    )


class NoticeForm(DerivedViewsForm):
    STEP_ID = "notice"

    def compose(self) -> ComposeResult:
        locked = self.read_only
        # The step's decision, the last working day, sits a couple of keys from the top;
        # the lists it is weighed against follow, each with what depends on it.
        yield section("notice.notice_title")
        with Horizontal(classes="field-row"):
            for spec in NOTICE_LENGTH:
                yield plan_field(self, spec)
        yield Static(id="last-day", classes="last-day")
        with Horizontal(classes="field-row"):
            yield plan_field(self, LAST_DAY)
            yield Button(t("notice.clear_override"), compact=True, id="clear-override", disabled=locked)
        yield section("notice.projects_title")
        yield RecordEditor(project_kind(self.plan), self.plan.notice.projects, id="projects", disabled=locked)
        yield Label(t("notice.stopping_point"))
        stopping_point: MenuSelect[str] = MenuSelect(
            [], prompt=t("notice.no_stopping_point"), compact=True, id="stopping-point", disabled=locked
        )
        yield stopping_point
        yield section("notice.invoices_title")
        yield RecordEditor(invoice_kind(), self.plan.notice.invoices, id="invoices", disabled=locked)
        yield Timeline(id="timeline")
        yield AdviceList(id="notice-advice")

    removed_stopping_point: str | None = None

    def on_mount(self) -> None:
        self.show_stopping_points()
        super().on_mount()

    def refresh_from_plan(self) -> None:
        """Redraw the last working day, the timeline and the warnings."""
        today = clock.today()
        notice = self.plan.notice
        overridden = notice.last_day is not None
        country = app_state(self.app).country
        move = last_day_move(self.plan, today, country, current_language())
        day = notice.last_day or move.day
        line = Text(t("notice.last_day") + "  ")
        line.append(short_date(day, weekday=True), style="bold")
        line.append("  " + t("notice.overridden" if overridden else "notice.computed"))
        if not overridden and move.moved_from is not None:
            line.append("  " + moved_note(move.moved_from, move.holiday))
        self.query_one("#last-day", Static).update(line)
        self.query_one("#clear-override", Button).display = overridden
        self.query_one(Timeline).show(timeline_events(self.plan, today, country))
        self.query_one(AdviceList).show(notice_advice(self.plan, today, country))

    def show_stopping_points(self) -> None:
        """The projects as choices, keeping the chosen one; set quietly so the plan is not marked edited."""
        select: Select[str] = self.query_one("#stopping-point", Select)
        names = [p.name for p in self.plan.notice.projects]
        with self.prevent(Select.Changed):
            select.set_options([(_short(printable(name)), name) for name in names])
            chosen = self.plan.notice.stopping_point
            select.value = chosen if chosen in names else Select.NULL

    @on(Select.Changed, "#stopping-point")
    def _stopping_point_chosen(self, event: Select.Changed) -> None:
        value = None if event.select.is_blank() else str(event.value)
        if value != self.plan.notice.stopping_point:
            self.plan.notice.stopping_point = value
            self.changed()

    @on(RecordEditor.Changed, "#projects")
    def _projects_changed(self, event: RecordEditor.Changed) -> None:
        before: Any = event.before
        after: Any = event.after
        # Renaming or removing the stopping point's project carries over to the stopping point,
        # and undoing the removal brings the stopping point back with the project.
        notice = self.plan.notice
        if before is not None and before.name == notice.stopping_point:
            notice.stopping_point = after.name if after is not None else None
            if after is None:
                self.removed_stopping_point = before.name
        elif before is None and after is not None and after.name == self.removed_stopping_point:
            notice.stopping_point = after.name
        self.show_stopping_points()
        self.changed()

    @on(RecordEditor.Changed, "#invoices")
    def _invoices_changed(self) -> None:
        self.changed()

    @on(Button.Pressed, "#clear-override")
    def _clear_override(self) -> None:
        field = self.query_one("#last-day-override", TextField)
        field.query_one(Input).value = ""
        field.query_one(Input).focus()


FORM = NoticeForm
