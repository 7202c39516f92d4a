"""Turning a plan into plain TOML-ready data and back, checking every value on the way in.

``plan_from_data`` accepts what ``tomllib`` or ``tomlkit`` parsed and raises
``PlanError`` with a reason a person can read when anything is the wrong shape.
``plan_to_data`` gives nested dicts of TOML values; a key whose value is unset
is left out, and ``KNOWN_KEYS`` says which keys the app owns, so the store can
drop them from the file while keeping every key it does not know.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from breakup_tui.core.fingerprint import as_fingerprint
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import (
    ADDRESS_FORMS,
    CHANNELS,
    DEFAULT_ADDRESS,
    HANDOVER_ITEMS,
    HANDOVER_STATES,
    HANDOVER_UNDECIDED,
    PROJECT_PLANS,
    PUSHBACK_KINDS,
    SCHEMA_VERSION,
    STEP_IDS,
    WRAPUP_STATES,
    Account,
    ClientDetails,
    Converse,
    Decide,
    Incident,
    Invoice,
    Notice,
    Options,
    Plan,
    Progress,
    Project,
    Pushback,
    Referral,
    Status,
    Thank,
    Verdict,
    Waffle,
    Wrapup,
    WrapupTick,
    Writing,
)
from breakup_tui.core.table_reader import FutureSchemaError, PlanError, TableReader

__all__ = [
    "KNOWN_KEYS",
    "FutureSchemaError",
    "PlanError",
    "check_schema_version",
    "plan_from_data",
    "plan_to_data",
    "referral_to_data",
    "referrals_from_data",
]

KNOWN_KEYS: dict[str, frozenset[str]] = {
    "": frozenset(
        {
            "schema_version",
            "client",
            "progress",
            "decide",
            "converse",
            "notice",
            "options",
            "waffle",
            "thank",
            "writing",
            "wrapup",
        }
    ),
    "client": frozenset({"name", "contact", "email", "language", "income_share", "greeting", "address"}),
    "progress": frozenset({"current", "updated", "status"}),
    "progress.status": frozenset(STEP_IDS),
    "decide": frozenset(
        {
            "verdict",
            "reasons",
            "other_reasons",
            "impact_creativity",
            "impact_income",
            "decided_on",
            "notes",
            "incidents",
        }
    ),
    "converse": frozenset({"expectations", "what_changed", "why_better", "meeting_on", "channel", "outcome"}),
    "notice": frozenset(
        {"weeks", "contract_notice_days", "stopping_point", "last_day", "projects", "invoices"}
    ),
    "options": frozenset({"keep_referring", "interim_tools", "handover", "accounts", "referrals"}),
    "options.handover": frozenset(HANDOVER_ITEMS),
    "waffle": frozenset({"commitment", "pushback"}),
    "thank": frozenset({"thanks", "reason_if_asked"}),
    "writing": frozenset({"to", "subject", "body", "based_on", "previous_body", "sent_on"}),
    "wrapup": frozenset({"started_on", "items"}),
}


def check_schema_version(data: Mapping[str, Any]) -> int:
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanError(t("file_error.no_schema_version"))
    if version > SCHEMA_VERSION:
        raise FutureSchemaError(t("file_error.future_schema", version=version, known=SCHEMA_VERSION))
    if version < 1:
        raise PlanError(t("file_error.no_schema_version"))
    return int(version)


def plan_from_data(data: Any) -> Plan:
    """Build a plan from parsed TOML, or raise ``PlanError`` saying what is wrong."""
    root = TableReader(data, "")
    version = check_schema_version(root.data)

    c = root.table("client")
    name = c.text("name")
    if not name.strip():
        raise PlanError(t("file_error.no_name"))
    client = ClientDetails(
        name=name,
        contact=c.text("contact"),
        email=c.text("email"),
        language=c.choice("language", ("en", "it"), "en") or "en",
        income_share=c.integer("income_share", 0, 100),
        greeting=c.text("greeting"),
        address=c.choice("address", ADDRESS_FORMS, DEFAULT_ADDRESS) or DEFAULT_ADDRESS,
    )

    p = root.table("progress")
    st = p.table("status")
    status = {}
    for step in STEP_IDS:
        value = st.choice(step, tuple(s.value for s in Status), Status.NOT_STARTED.value)
        status[step] = Status(value or Status.NOT_STARTED.value)
    progress = Progress(
        current=p.choice("current", STEP_IDS, "decide") or "decide",
        updated=p.moment("updated"),
        status=status,
    )

    d = root.table("decide")
    decide = Decide(
        verdict=Verdict(d.choice("verdict", tuple(v.value for v in Verdict), None) or "undecided"),
        reasons=d.texts("reasons"),
        other_reasons=d.texts("other_reasons"),
        impact_creativity=d.integer("impact_creativity", 1, 5),
        impact_income=d.integer("impact_income", 1, 5),
        decided_on=d.day("decided_on"),
        notes=d.text("notes"),
        incidents=[_incident(i) for i in d.tables("incidents")],
    )

    cv = root.table("converse")
    converse = Converse(
        expectations=cv.text("expectations"),
        what_changed=cv.text("what_changed"),
        why_better=cv.text("why_better"),
        meeting_on=cv.day("meeting_on"),
        channel=cv.choice("channel", CHANNELS, None),
        outcome=cv.text("outcome"),
    )

    n = root.table("notice")
    notice = Notice(
        weeks=n.integer("weeks", 0, 104) if n.data.get("weeks") is not None else 2,  # type: ignore[arg-type]
        contract_notice_days=n.integer("contract_notice_days", 0, 3650),
        stopping_point=n.optional_text("stopping_point"),
        last_day=n.day("last_day"),
        projects=[
            Project(name=r.text("name"), due=r.day("due"), plan=r.choice("plan", PROJECT_PLANS, None))
            for r in n.tables("projects")
        ],
        invoices=[
            Invoice(
                number=r.text("number"),
                amount=r.money("amount"),
                currency=r.text("currency", "EUR") or "EUR",
                due=r.day("due"),
                paid=r.boolean("paid"),
            )
            for r in n.tables("invoices")
        ],
    )

    o = root.table("options")
    h = o.table("handover")
    options = Options(
        keep_referring=o.boolean("keep_referring"),
        interim_tools=o.text("interim_tools"),
        handover=_handover(h),
        accounts=[Account(label=r.text("label")) for r in o.tables("accounts")],
        referrals=[_referral(r) for r in o.tables("referrals")],
    )

    w = root.table("waffle")
    waffle = Waffle(
        commitment=w.text("commitment"),
        pushback=[
            Pushback(
                kind=r.choice("kind", PUSHBACK_KINDS, "other") or "other",
                answer=r.text("answer"),
                text=r.text("text"),
            )
            for r in w.tables("pushback")
        ],
    )

    th = root.table("thank")
    thank = Thank(thanks=th.text("thanks"), reason_if_asked=th.text("reason_if_asked"))

    wr = root.table("writing")
    writing = Writing(
        to=wr.text("to"),
        subject=wr.text("subject"),
        body=wr.optional_text("body"),
        based_on=as_fingerprint(wr.optional_text("based_on")),
        previous_body=wr.optional_text("previous_body"),
        sent_on=wr.day("sent_on"),
    )
    return Plan(
        client=client,
        progress=progress,
        decide=decide,
        converse=converse,
        notice=notice,
        options=options,
        waffle=waffle,
        thank=thank,
        writing=writing,
        wrapup=_wrapup(root.table("wrapup")),
        schema_version=version,
    )


def _handover(h: TableReader) -> dict[str, str]:
    """Each item's state as written; an item the file leaves out is one the user has not decided.

    Files from before the undecided state always list all six items, so their
    "todo" keeps meaning what it meant: the letter promises it.
    """
    return {
        item: h.choice(item, HANDOVER_STATES, HANDOVER_UNDECIDED) or HANDOVER_UNDECIDED
        for item in HANDOVER_ITEMS
    }


def _wrapup(r: TableReader) -> Wrapup:
    ticks = []
    for item in r.tables("items"):
        key = item.text("key")
        if not key.strip():
            raise PlanError(t("file_error.missing", key=f"{item.path}.key"))
        ticks.append(
            WrapupTick(
                key=key,
                state=item.choice("state", WRAPUP_STATES, "todo") or "todo",
                on=item.day("on"),
                chased_on=item.day("chased_on"),
            )
        )
    return Wrapup(started_on=r.day("started_on"), ticks=ticks)


def wrapup_to_data(wrapup: Wrapup) -> dict[str, Any]:
    return _drop_unset(
        {
            "started_on": wrapup.started_on,
            "items": [
                _drop_unset({"key": k.key, "state": k.state, "on": k.on, "chased_on": k.chased_on})
                for k in wrapup.ticks
            ],
        }
    )


def _incident(r: TableReader) -> Incident:
    when = r.day("date")
    if when is None:
        raise PlanError(t("file_error.missing", key=f"{r.path}.date"))
    return Incident(date=when, kind=r.text("kind", "other") or "other", note=r.text("note"))


def _referral(r: TableReader) -> Referral:
    return Referral(name=r.text("name"), contact=r.text("contact"), speciality=r.text("speciality"))


def referral_to_data(referral: Referral) -> dict[str, Any]:
    return {"name": referral.name, "contact": referral.contact, "speciality": referral.speciality}


def referrals_from_data(data: Any) -> list[Referral]:
    """The entries of the shared referral book (referrals.toml), or ``PlanError`` saying what is wrong."""
    root = TableReader(data, "")
    if root.data.get("schema_version") is not None:
        check_schema_version(root.data)
    return [_referral(r) for r in root.tables("referrals")]


def _drop_unset(table: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in table.items() if v is not None}


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """The plan as nested dicts of TOML values; unset optional keys are left out."""
    n = plan.notice
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "client": _drop_unset(
            {
                "name": plan.client.name,
                "contact": plan.client.contact,
                "email": plan.client.email,
                "language": plan.client.language,
                "income_share": plan.client.income_share,
                "greeting": plan.client.greeting or None,
                "address": plan.client.address,
            }
        ),
        "progress": _drop_unset(
            {
                "current": plan.progress.current,
                "updated": plan.progress.updated,
                "status": {step: plan.progress.status_of(step).value for step in STEP_IDS},
            }
        ),
        "decide": _drop_unset(
            {
                "verdict": plan.decide.verdict.value,
                "reasons": list(plan.decide.reasons),
                "other_reasons": list(plan.decide.other_reasons),
                "impact_creativity": plan.decide.impact_creativity,
                "impact_income": plan.decide.impact_income,
                "decided_on": plan.decide.decided_on,
                "notes": plan.decide.notes,
                "incidents": [
                    {"date": i.date, "kind": i.kind, "note": i.note} for i in plan.decide.incidents
                ],
            }
        ),
        "converse": _drop_unset(
            {
                "expectations": plan.converse.expectations,
                "what_changed": plan.converse.what_changed,
                "why_better": plan.converse.why_better,
                "meeting_on": plan.converse.meeting_on,
                "channel": plan.converse.channel,
                "outcome": plan.converse.outcome,
            }
        ),
        "notice": _drop_unset(
            {
                "weeks": n.weeks,
                "contract_notice_days": n.contract_notice_days,
                "stopping_point": n.stopping_point,
                "last_day": n.last_day,
                "projects": [_drop_unset({"name": p.name, "due": p.due, "plan": p.plan}) for p in n.projects],
                "invoices": [
                    _drop_unset(
                        {
                            "number": i.number,
                            "amount": str(i.amount),
                            "currency": i.currency,
                            "due": i.due,
                            "paid": i.paid,
                        }
                    )
                    for i in n.invoices
                ],
            }
        ),
        "options": {
            "keep_referring": plan.options.keep_referring,
            "interim_tools": plan.options.interim_tools,
            "handover": {
                item: plan.options.handover.get(item, HANDOVER_UNDECIDED) for item in HANDOVER_ITEMS
            },
            "accounts": [{"label": a.label} for a in plan.options.accounts],
            "referrals": [referral_to_data(r) for r in plan.options.referrals],
        },
        "waffle": {
            "commitment": plan.waffle.commitment,
            "pushback": [
                {"kind": p.kind, "answer": p.answer, "text": p.text}
                if p.text
                else {"kind": p.kind, "answer": p.answer}
                for p in plan.waffle.pushback
            ],
        },
        "thank": {"thanks": plan.thank.thanks, "reason_if_asked": plan.thank.reason_if_asked},
        "writing": _drop_unset(
            {
                "to": plan.writing.to,
                "subject": plan.writing.subject,
                "body": plan.writing.body,
                "based_on": plan.writing.based_on,
                "previous_body": plan.writing.previous_body,
                "sent_on": plan.writing.sent_on,
            }
        ),
    }
    # Old files gain the table only once the user starts wrapping up (issue 16).
    if not plan.wrapup.is_empty():
        data["wrapup"] = wrapup_to_data(plan.wrapup)
    return data
