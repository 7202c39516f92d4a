"""One line about a client, for the home screen and ``breakup-tui list``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from breakup_tui.core.plan import Plan


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

    @classmethod
    def of(cls, stem: str, plan: Plan, today: date, country: str | None = None) -> ClientSummary:
        # Imported here: a list that comes whole from the summary cache never needs the notice rules.
        from breakup_tui.core.notice import effective_last_day, last_day_follows_today

        return cls(
            file=stem,
            name=plan.client.name,
            verdict=plan.decide.verdict.value,
            current=plan.progress.current,
            steps_done=plan.progress.steps_done(),
            last_day=effective_last_day(plan, today, country),
            updated=plan.progress.updated,
            last_day_as_of=today if last_day_follows_today(plan) else None,
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


def name_in_use(summaries: Iterable[ClientSummary], name: str, except_stem: str | None = None) -> bool:
    """Does a readable client other than ``except_stem`` have this name (any case, spaces aside)?"""
    wanted = name.strip().casefold()
    return any(
        s.name.strip().casefold() == wanted and s.file != except_stem and not s.damaged for s in summaries
    )
