"""Step 1, Decide: reasons, the incident log and its chart, the gut check, the verdict."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Label, RadioSet, SelectionList, Static

from breakup_tui.core import clock
from breakup_tui.core.decide import INCIDENT_KINDS, apply_verdict, decide_advice, incident_date_problem
from breakup_tui.core.humanize import dated, short_date
from breakup_tui.core.i18n import t
from breakup_tui.core.parse import number_problem, parse_date
from breakup_tui.core.plan import REASONS, Incident, Plan, Verdict
from breakup_tui.ui.steps.form_parts import DerivedViewsForm, date_text, plan_field, section
from breakup_tui.ui.validators import CoreCheck, required
from breakup_tui.ui.widgets.advice_list import AdviceList
from breakup_tui.ui.widgets.field_spec import FieldSpec
from breakup_tui.ui.widgets.incident_chart import IncidentChart
from breakup_tui.ui.widgets.marked import RadioChoice, TickList
from breakup_tui.ui.widgets.record_table import RecordEditor, RecordKind

# The gut check: a 1-5 scale each.
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


OTHER_REASONS = FieldSpec[Plan](
    "other-reasons",
    "decide.other_reasons",
    read=lambda plan: "\n".join(plan.decide.other_reasons),
    write=_write_other_reasons,
    kind="long",
)
INCOME_SHARE = FieldSpec[Plan](
    "income-share",
    "decide.income_share",
    read=lambda plan: "" if plan.client.income_share is None else str(plan.client.income_share),
    write=_write_income_share,
    checks=(CoreCheck(number_problem(0, 100, optional=True)),),
    placeholder="decide.income_share_placeholder",
)
NOTES = FieldSpec[Plan](
    "decide-notes", "decide.notes", read=lambda plan: plan.decide.notes, write=_write_notes, kind="long"
)


def _gut_check(key: str) -> FieldSpec[Plan]:
    """One question of the gut check, answered on a 1-5 scale (or not yet)."""

    def read(plan: Plan) -> str:
        answer = getattr(plan.decide, key)
        return "" if answer is None else str(answer)

    def write(plan: Plan, text: str) -> None:
        setattr(plan.decide, key, int(text) if text else None)

    return FieldSpec[Plan](
        key,
        f"decide.{key}",
        read=read,
        write=write,
        kind="choice",
        choices=lambda: [(t(f"decide.scale_{n}"), str(n)) for n in SCALE],
        prompt="decide.not_answered",
    )


GUT_CHECKS = tuple(_gut_check(key) for key in GUT_CHECK)


def _write_incident_date(item: Incident, text: str) -> None:
    item.date = parse_date(text)


def _write_incident_kind(item: Incident, text: str) -> None:
    item.kind = text or "other"


def _write_incident_note(item: Incident, text: str) -> None:
    item.note = text.strip()


def incident_kind(plan: Plan, today: date) -> RecordKind[Incident]:
    """How incidents are listed and edited; a new one starts today, of the first reason ticked."""

    def fields(_item: Incident | None) -> list[FieldSpec[Incident]]:
        return [
            FieldSpec[Incident](
                "field-date",
                "decide.incident_date",
                read=lambda item: date_text(item.date),
                write=_write_incident_date,
                checks=(required, CoreCheck(lambda text: incident_date_problem(text, today))),
                placeholder="decide.date_placeholder",
            ),
            FieldSpec[Incident](
                "field-kind",
                "decide.incident_kind",
                read=lambda item: item.kind,
                write=_write_incident_kind,
                kind="choice",
                choices=lambda: [(t(f"reason.{kind}"), kind) for kind in INCIDENT_KINDS],
            ),
            FieldSpec[Incident](
                "field-note", "decide.incident_note", read=lambda item: item.note, write=_write_incident_note
            ),
        ]

    def row(item: Incident) -> tuple[str | Text, ...]:
        note = Text(item.note)
        note.truncate(NOTE_WIDTH, overflow="ellipsis")
        return short_date(item.date), t(f"decide.kind_short.{item.kind}"), note

    return RecordKind(
        texts="decide.incident",
        columns=("decide.col_date", "decide.col_kind", "decide.col_note"),
        row=row,
        fields=fields,
        new=lambda: Incident(today, next(iter(plan.decide.reasons), "other"), ""),
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
        yield TickList[str](
            *((t(f"reason.{reason}"), reason, reason in decide.reasons) for reason in REASONS),
            compact=True,
            id="reasons",
            disabled=locked,
        )
        yield plan_field(self, OTHER_REASONS)
        # The step's decision comes right after the reasons, a couple of keys from the top;
        # the evidence that backs it (incidents, the gut check) follows.
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
        yield section("decide.incidents_title")
        yield RecordEditor(
            incident_kind(self.plan, clock.today()), decide.incidents, id="incidents", disabled=locked
        )
        yield Label(t("decide.chart_title"), classes="chart-title")
        yield IncidentChart(id="incident-chart")
        yield section("decide.gut_title")
        for spec in GUT_CHECKS:
            yield plan_field(self, spec)
        yield plan_field(self, INCOME_SHARE)
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

    @on(SelectionList.SelectedChanged, "#reasons")
    def _reason_ticked(self, event: SelectionList.SelectedChanged[str]) -> None:
        ticked = set(event.selection_list.selected)
        # Reason ids this version does not know (from a newer file) are kept as they are.
        unknown = [r for r in self.plan.decide.reasons if r not in REASONS]
        reasons = [r for r in REASONS if r in ticked] + unknown
        if reasons != self.plan.decide.reasons:
            self.plan.decide.reasons = reasons
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
