"""Once committed to ending it, moving the verdict away from "end it" needs a second look."""

from __future__ import annotations

from breakup_tui.core.plan import Plan, Verdict


def change_needs_confirmation(plan: Plan, new_verdict: Verdict) -> bool:
    return (
        bool(plan.waffle.commitment.strip())
        and plan.decide.verdict is Verdict.END
        and new_verdict is not Verdict.END
    )
