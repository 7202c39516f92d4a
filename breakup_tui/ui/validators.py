"""Textual validators that wrap the core's checks, so the rules live in one place."""

from __future__ import annotations

from collections.abc import Callable

from textual.validation import ValidationResult, Validator


class CoreCheck(Validator):
    """Valid when ``problem(value)`` returns None; its message otherwise."""

    def __init__(self, problem: Callable[[str], str | None]) -> None:
        super().__init__()
        self.problem = problem

    def validate(self, value: str) -> ValidationResult:
        message = self.problem(value)
        return self.success() if message is None else self.failure(message)
