"""The wrap-up after the letter: a checklist derived from the plan, ticked off until the end.

Nothing here is invented: an item exists only because the plan says so (a
project, an unpaid invoice, a hand-over item the user chose, a last day, the
promise to keep referring work). Each item has a stable key, so editing the
plan rebuilds the list without losing what was ticked: the ticks live in
``plan.wrapup.ticks`` by key and are matched back on every rebuild.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from breakup_tui.core.i18n import catalogue, current_language
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import HANDOVER_ITEMS, Plan, Verdict, WrapupTick
from breakup_tui.core.wrapup_action import KINDS, Action

__all__ = ["KINDS", "Action", "WrapupItem", "wrapup_events", "wrapup_items"]

# Hand-over states that mean the user chose the item (a state such as "undecided" is not a choice).
CHOSEN_HANDOVER = ("todo", "done")
# A payment reminder is followed up this many days after it went out.
FOLLOW_UP_DAYS = 7
# The optional check-in with the client, some months after the last day.
CHECK_IN_DAYS = 91


@dataclass(frozen=True)
class WrapupItem:
    key: str
    kind: str  # one of KINDS
    subject: str
    due: date | None  # when the next step is expected
    state: str  # todo | done | not_needed
    on: date | None  # when it was done or marked not needed
    chased_on: date | None = None
    optional: bool = False  # the acknowledgement and the check-in: nice to have

    @property
    def open(self) -> bool:
        return self.state == "todo"

    def overdue(self, today: date) -> bool:
        return self.open and self.due is not None and self.due < today

    def action(self) -> Action:
        return Action(self.kind, self.subject, self.due, self.chased_on is not None)


def in_wrapup(plan: Plan) -> bool:
    """The letter was marked sent, or the user chose to start wrapping up before."""
    if plan.decide.verdict is Verdict.KEEP:
        return False
    return plan.writing.sent_on is not None or plan.wrapup.started_on is not None


def start(plan: Plan, today: date) -> bool:
    """Begin the wrap-up by choice, before the letter is sent; True when the plan changed."""
    if in_wrapup(plan) or plan.decide.verdict is Verdict.KEEP:
        return False
    plan.wrapup.started_on = today
    return True


def _working_day_after(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class _Candidate(NamedTuple):
    key: str
    kind: str
    subject: str
    due: date | None
    default_state: str
    optional: bool


def _candidates(plan: Plan, today: date) -> list[_Candidate]:
    """Every item the plan calls for, with its default state before any tick."""
    ticked = {tick.key for tick in plan.wrapup.ticks}
    last = effective_last_day(plan, today)
    found: list[_Candidate] = []
    for project in plan.notice.projects:
        name = project.name.strip()
        if name:
            kind = "hand_over" if project.plan == "hand_over" else "finish"
            found.append(_Candidate(f"project:{name}", kind, name, project.due or last, "todo", False))
    for invoice in plan.notice.invoices:
        number = invoice.number.strip()
        key = f"invoice:{number}"
        # A paid invoice is on the list only if it was settled during the wrap-up (it has a tick).
        if number and (not invoice.paid or key in ticked):
            found.append(_Candidate(key, "invoice", number, invoice.due, "todo", False))
    chosen = [item for item in HANDOVER_ITEMS if plan.options.handover.get(item, "todo") in CHOSEN_HANDOVER]
    for item in chosen:
        state = "done" if plan.options.handover.get(item) == "done" else "todo"
        found.append(_Candidate(f"handover:{item}", "handover", item, last, state, False))
    handing_over = chosen or any(p.plan == "hand_over" for p in plan.notice.projects)
    if handing_over:
        found.append(_Candidate("acknowledgement", "acknowledgement", "", last, "todo", True))
    if last is not None:
        found.append(_Candidate("access", "access", "", _working_day_after(last), "todo", False))
    if plan.options.keep_referring:
        check_in = _working_day_after(last + timedelta(days=CHECK_IN_DAYS - 1)) if last else None
        found.append(_Candidate("check_in", "check_in", "", check_in, "todo", True))
    return found


def wrapup_items(plan: Plan, today: date) -> list[WrapupItem]:
    """The wrap-up list for this plan, with what the user ticked so far."""
    ticks = {tick.key: tick for tick in plan.wrapup.ticks}
    items: list[WrapupItem] = []
    seen: set[str] = set()
    for c in _candidates(plan, today):
        if c.key in seen:  # two projects of the same name are one item
            continue
        seen.add(c.key)
        tick = ticks.get(c.key)
        state = tick.state if tick is not None else c.default_state
        on = tick.on if tick is not None else None
        chased_on = tick.chased_on if tick is not None else None
        due = c.due
        if chased_on is not None and state == "todo":
            due = chased_on + timedelta(days=FOLLOW_UP_DAYS)
        items.append(WrapupItem(c.key, c.kind, c.subject, due, state, on, chased_on, c.optional))
    return items


def _tick(plan: Plan, key: str) -> WrapupTick:
    for tick in plan.wrapup.ticks:
        if tick.key == key:
            return tick
    tick = WrapupTick(key)
    plan.wrapup.ticks.append(tick)
    return tick


def set_state(plan: Plan, key: str, state: str, today: date) -> None:
    """Mark the item ``key`` to do, done or not needed, dated today (the tick is kept by key)."""
    tick = _tick(plan, key)
    tick.state = state
    tick.on = None if state == "todo" else today


def toggle_done(plan: Plan, item: WrapupItem, today: date) -> str:
    """Done if it was open, open again otherwise; the new state."""
    state = "todo" if item.state == "done" else "done"
    set_state(plan, item.key, state, today)
    return state


def toggle_not_needed(plan: Plan, item: WrapupItem, today: date) -> str:
    state = "todo" if item.state == "not_needed" else "not_needed"
    set_state(plan, item.key, state, today)
    return state


def chase(plan: Plan, item: WrapupItem, today: date) -> bool:
    """Note that a payment reminder went out today; only an open invoice can be chased."""
    if item.kind != "invoice" or not item.open:
        return False
    _tick(plan, item.key).chased_on = today
    return True


def ended_on(plan: Plan, items: list[WrapupItem]) -> date | None:
    """The day the relationship ended: when the last open item was closed (None while any is open)."""
    if not in_wrapup(plan) or any(item.open for item in items):
        return None
    days = [item.on for item in items if item.on is not None]
    if days:
        return max(days)
    return plan.writing.sent_on or plan.wrapup.started_on


def next_action(items: list[WrapupItem]) -> WrapupItem | None:
    """The open item to do first: the soonest dated one, else the first undated one."""
    open_items = [item for item in items if item.open]
    dated = [item for item in open_items if item.due is not None]
    if dated:
        return min(dated, key=lambda item: (item.due, KINDS.index(item.kind)))
    return open_items[0] if open_items else None


def action_text(action: Action, language: str) -> str:
    """What to do, in a few words: "Deliver Website redesign", "Collect payment of INV-104"."""
    m = catalogue(language)
    kind = action.kind
    if kind == "handover":
        return m.t(f"wrapup.action.handover_{action.subject}")
    if kind == "invoice" and action.chased:
        return m.t("wrapup.action.invoice_chased", subject=action.subject)
    return m.t(f"wrapup.action.{kind}", subject=action.subject)


# -- the calendar ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WrapupEvent:
    key: str  # unique within the client and the same on every export: with the file stem, the UID
    day: date
    summary: str


def event_key(item_key: str) -> str:
    """The item's key in UID characters: ``invoice:INV-104`` gives ``wrapup-invoice-inv-104``."""
    safe = "".join(ch if ch.isalnum() else "-" for ch in item_key.casefold())
    return f"wrapup-{safe}"


def wrapup_events(plan: Plan, today: date, language: str | None = None) -> list[WrapupEvent]:
    """Each open, dated item as a calendar event (for the user, in the interface language by default).

    Done and not-needed items are left out, so a re-exported calendar drops them.
    """
    if not in_wrapup(plan):
        return []
    language = language or current_language()
    events = []
    seen: set[str] = set()
    for item in wrapup_items(plan, today):
        # Keys are made for every item, open or not, so ticking one never renames another.
        key, n = event_key(item.key), 2
        while key in seen:  # "Web site" and "web-site" would share one
            key, n = f"{event_key(item.key)}-{n}", n + 1
        seen.add(key)
        if item.open and item.due is not None:
            summary = f"{plan.client.name}: {action_text(item.action(), language)}"
            events.append(WrapupEvent(key, item.due, summary))
    return sorted(events, key=lambda e: (e.day, e.key))
