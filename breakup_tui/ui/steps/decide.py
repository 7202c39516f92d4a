"""Step 1, Decide (D1-D8): reasons, the incident log and its chart, the gut check, the verdict."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Checkbox, Label, RadioSet, Select, Static

from breakup_tui.core import clock
from breakup_tui.core.decide import INCIDENT_KINDS, apply_verdict, decide_advice, incident_date_problem
from breakup_tui.core.humanize import dated, short_date
from breakup_tui.core.i18n import t
from breakup_tui.core.parse import number_problem, parse_date
from breakup_tui.core.plan import REASONS, Incident, Plan, Verdict
from breakup_tui.ui.dialogs.record import FieldSpec, Values
from breakup_tui.ui.localize import localized
from breakup_tui.ui.steps.form_parts import DerivedViewsForm, PlanField, date_text, plan_field, section
from breakup_tui.ui.widgets.advice_list import AdviceList
from breakup_tui.ui.widgets.fields import required
from breakup_tui.ui.widgets.incident_chart import IncidentChart
from breakup_tui.ui.widgets.marked import RadioChoice, TickBox
from breakup_tui.ui.widgets.menu_select import MenuSelect
from breakup_tui.ui.widgets.record_table import RecordEditor, RecordKind

# The gut check (D3, D4): a 1-5 scale each.
GUT_CHECK = ("impact_creativity", "impact_income")
SCALE = (1, 2, 3, 4, 5)
# Longest note shown in the incident table; the dialog shows all of it.
NOTE_WIDTH = 20


def _write_other_reasons(plan: Plan, text: str) -> None:
    plan.decide.other_reasons = [line.strip() for line in text.splitlines() if line.strip()]


def _write_income_share(plan: Plan, text: str) -> None:
    plan.client.income_share = int(text) if text.strip() else None


def _write_notes(plan: Plan, text: str) -> None:
    plan.decide.notes = text


OTHER_REASONS = PlanField(
    "other-reasons",
    "decide.other_reasons",
    read=lambda plan: "\n".join(plan.decide.other_reasons),
    write=_write_other_reasons,
    long=True,
)
INCOME_SHARE = PlanField(
    "income-share",
    "decide.income_share",
    read=lambda plan: "" if plan.client.income_share is None else str(plan.client.income_share),
    write=_write_income_share,
    checks=(number_problem(0, 100, optional=True),),
    placeholder="decide.income_share_placeholder",
)
NOTES = PlanField(
    "decide-notes", "decide.notes", read=lambda plan: plan.decide.notes, write=_write_notes, long=True
)


def incident_kind(plan: Plan, today: date) -> RecordKind[Incident]:
    """How incidents are listed and edited; a new one starts today, of the first reason ticked."""

    def fields(_item: Incident | None) -> list[FieldSpec]:
        return [
            FieldSpec(
                "date",
                "decide.incident_date",
                checks=(required, lambda text: incident_date_problem(text, today)),
                placeholder="decide.date_placeholder",
            ),
            FieldSpec(
                "kind",
                "decide.incident_kind",
                kind="choice",
                choices=tuple((kind, f"reason.{kind}") for kind in INCIDENT_KINDS),
            ),
            FieldSpec("note", "decide.incident_note"),
        ]

    def to_values(item: Incident | None) -> Values:
        if item is None:
            return {"date": date_text(today), "kind": next(iter(plan.decide.reasons), "other"), "note": ""}
        return {"date": date_text(item.date), "kind": item.kind, "note": item.note}

    def from_values(values: Values) -> Incident:
        return Incident(parse_date(values["date"]), values["kind"] or "other", values["note"])

    def row(item: Incident) -> tuple[str | Text, ...]:
        note = Text(item.note)
        note.truncate(NOTE_WIDTH, overflow="ellipsis")
        return short_date(item.date), t(f"decide.kind_short.{item.kind}"), note

    return RecordKind(
        texts="decide.incident",
        columns=("decide.col_date", "decide.col_kind", "decide.col_note"),
        row=row,
        fields=fields,
        to_values=to_values,
        from_values=from_values,
        # Read in "Remove the incident on {name}?": Italian needs "dell'8 ott".
        name=lambda item: dated(item.date, "di"),
        sort_key=lambda item: item.date,
    )


class DecideForm(DerivedViewsForm):
    STEP_ID = "decide"

    def compose(self) -> ComposeResult:
        decide = self.plan.decide
        locked = self.read_only
        yield section("decide.reasons_title")
        for reason in REASONS:
            yield TickBox(
                t(f"reason.{reason}"),
                reason in decide.reasons,
                compact=True,
                name=reason,
                id=f"reason-{reason}",
                classes="reason",
                disabled=locked,
            )
        yield plan_field(self, OTHER_REASONS)
        yield section("decide.incidents_title")
        yield localized(RecordEditor)(
            incident_kind(self.plan, clock.today()), decide.incidents, id="incidents", disabled=locked
        )
        yield Label(t("decide.chart_title"), classes="chart-title")
        yield IncidentChart(id="incident-chart")
        yield section("decide.gut_title")
        for key in GUT_CHECK:
            current = getattr(decide, key)
            yield Label(t(f"decide.{key}"))
            yield localized(MenuSelect)(
                [(t(f"decide.scale_{n}"), n) for n in SCALE],
                value=current if current is not None else Select.NULL,
                prompt=t("decide.not_answered"),
                compact=True,
                id=key,
                classes="gut-check",
                disabled=locked,
            )
        yield plan_field(self, INCOME_SHARE)
        yield section("decide.verdict_title")
        with RadioSet(id="verdict", compact=True, disabled=locked):
            for verdict in Verdict:
                yield RadioChoice(
                    t(f"decide.verdict_{verdict.value}"),
                    verdict is decide.verdict,
                    id=f"verdict-{verdict.value}",
                )
        yield Static(id="verdict-outcome")
        yield AdviceList(id="decide-advice")
        yield plan_field(self, NOTES)

    def on_mount(self) -> None:
        super().on_mount()
        self.call_after_refresh(self._highlight_chosen_verdict)

    def _highlight_chosen_verdict(self) -> None:
        """Start the keyboard highlight on the verdict in the plan, not on the first choice."""
        verdicts = self.query_one("#verdict", RadioSet)
        for _ in range(max(verdicts.pressed_index, 0)):
            verdicts.action_next_button()

    def refresh_from_plan(self) -> None:
        """Redraw what is derived from the plan: the chart, the verdict's effect, the advice."""
        today = clock.today()
        decide = self.plan.decide
        self.query_one(IncidentChart).show(decide.incidents, today)
        outcome = t(f"decide.outcome_{decide.verdict.value}")
        if decide.decided_on is not None:
            outcome = f"{t('decide.decided_on', day=short_date(decide.decided_on))} {outcome}"
        self.query_one("#verdict-outcome", Static).update(outcome.strip())
        self.query_one(AdviceList).show(decide_advice(self.plan, today))

    @on(Checkbox.Changed, ".reason")
    def _reason_ticked(self) -> None:
        ticked = {box.name for box in self.query(".reason").results(Checkbox) if box.value}
        # Reason ids this version does not know (from a newer file) are kept as they are.
        unknown = [r for r in self.plan.decide.reasons if r not in REASONS]
        reasons = [r for r in REASONS if r in ticked] + unknown
        if reasons != self.plan.decide.reasons:
            self.plan.decide.reasons = reasons
            self.changed()

    @on(Select.Changed, ".gut-check")
    def _gut_check(self, event: Select.Changed) -> None:
        value = None if event.select.is_blank() else int(str(event.value))
        key = str(event.select.id)
        if getattr(self.plan.decide, key) != value:
            setattr(self.plan.decide, key, value)
            self.changed()

    @on(RecordEditor.Changed, "#incidents")
    def _incidents_changed(self) -> None:
        self.changed()

    @on(RadioSet.Changed, "#verdict")
    def _verdict_chosen(self, event: RadioSet.Changed) -> None:
        chosen = Verdict(str(event.pressed.id).removeprefix("verdict-"))
        if chosen is self.plan.decide.verdict:
            return

        def apply(go_ahead: bool) -> None:
            if not go_ahead:
                # Kept their commitment: the buttons go back to the verdict in the plan.
                self.query_one(f"#verdict-{self.plan.decide.verdict.value}", RadioChoice).value = True
                return
            apply_verdict(self.plan, chosen, clock.today())
            if chosen in (Verdict.KEEP, Verdict.FADE):
                self.notify(t(f"decide.announce_{chosen.value}"))
            self.changed()

        self.request_verdict_change(chosen, apply)


FORM = DecideForm
