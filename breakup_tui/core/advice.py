"""A piece of advice the core derives from a plan: shown beside the step it belongs to."""

from __future__ import annotations

from dataclasses import dataclass

# "warning": something to fix or think twice about; "advice": a hint worth knowing.
SEVERITIES = ("warning", "advice")


@dataclass(frozen=True)
class Advice:
    id: str
    message: str
    severity: str = "warning"
