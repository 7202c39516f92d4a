"""One line about a client, for the home screen and ``breakup-tui list``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from breakup_tui.core.plan import Plan
    from breakup_tui.core.wrapup_action import Action


# A NamedTuple: immutable, small and quick to build, since the home screen holds one per client.
class ClientSummary(NamedTuple):
    file: str  # the file's stem, which is also the client's id
    name: str
    verdict: str | None = None
    current: str | None = None
    steps_done: int = 0
    last_day: date | None = None
    updated: datetime | None = None
    damaged: bool = False
    error: str | None = None
    # The day ``last_day`` was worked out from, when it moves with the date (None when it does not).
    last_day_as_of: date | None = None
    # The wrap-up (core/wrapup.py): its open actions, and the day it ended once none is left.
    actions: tuple[Action, ...] = ()
    ended_on: date | None = None
    # Progress as the client list tells it: the first step neither done nor skipped (None when
    # every step is), and the day the letter was marked sent.
    next_step: str | None = None
    sent_on: date | None = None

    @property
    def in_wrapup(self) -> bool:
        return bool(self.actions) or self.ended_on is not None

    @classmethod
    def of(cls, stem: str, plan: Plan, today: date, country: str | None = None) -> ClientSummary:
        # Imported here: a list that comes whole from the summary cache never needs the notice rules.
        from breakup_tui.core.notice import effective_last_day, last_day_follows_today
        from breakup_tui.core.plan_vocabulary import STEP_IDS, Status
        from breakup_tui.core.wrapup import ended_on, in_wrapup, wrapup_items

        items = wrapup_items(plan, today) if in_wrapup(plan) else []
        return cls(
            file=stem,
            name=plan.client.name,
            verdict=plan.decide.verdict.value,
            current=plan.progress.current,
            steps_done=plan.progress.steps_done(),
            last_day=effective_last_day(plan, today, country),
            updated=plan.progress.updated,
            last_day_as_of=today if last_day_follows_today(plan) else None,
            actions=tuple(item.action() for item in items if item.open),
            ended_on=ended_on(plan, items),
            next_step=next(
                (
                    step
                    for step in STEP_IDS
                    if plan.progress.status_of(step) not in (Status.DONE, Status.NOT_NEEDED)
                ),
                None,
            ),
            sent_on=plan.writing.sent_on,
        )

    @classmethod
    def broken(cls, stem: str, reason: str) -> ClientSummary:
        return cls(file=stem, name=stem, damaged=True, error=reason)

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "file": self.file,
            "verdict": self.verdict,
            "current": self.current,
            "steps_done": self.steps_done,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "updated": self.updated.isoformat() if self.updated else None,
            "damaged": self.damaged,
            "error": self.error,
        }


def comparable_name(name: str) -> str:
    """A name as a person sees it: NFC, invisible characters dropped, spaces collapsed, any case.

    "Acme Studio" and "Acme\u200b Studio", or "Café" written with a combining
    accent and without, look the same on screen, so they count as one name.
    """
    import unicodedata

    visible = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c) != "Cf")
    return " ".join(visible.split()).casefold()


def name_in_use(summaries: Iterable[ClientSummary], name: str, except_stem: str | None = None) -> bool:
    """Does a readable client other than ``except_stem`` have this name, or one that looks the same?"""
    wanted = comparable_name(name)
    return any(
        comparable_name(s.name) == wanted and s.file != except_stem and not s.damaged for s in summaries
    )
