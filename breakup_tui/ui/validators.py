"""Textual validators that wrap the core's checks, so the rules live in one place.

Every field of a form or a dialog checks its value through these: a check is a pure
function (``text -> message or None``) from the core, wrapped once as a ``Validator``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.validation import ValidationResult, Validator

from breakup_tui.core.i18n import t
from breakup_tui.core.secrets import secret_problem


class CoreCheck(Validator):
    """Valid when ``problem(value)`` returns None; its message otherwise."""

    def __init__(self, problem: Callable[[str], str | None]) -> None:
        super().__init__()
        self.problem = problem

    def validate(self, value: str) -> ValidationResult:
        message = self.problem(value)
        return self.success() if message is None else self.failure(message)


def first_failure(value: str, validators: Sequence[Validator]) -> str | None:
    """What the first validator to refuse ``value`` says, or None when all accept it."""
    for validator in validators:
        result = validator.validate(value)
        if not result.is_valid:
            return " ".join(result.failure_descriptions) or t("input.invalid")
    return None


def _required_problem(value: str) -> str | None:
    return t("input.required") if not value.strip() else None


# A value must be typed.
required = CoreCheck(_required_problem)
# Every free-text field refuses passwords, tokens and private keys.
no_secrets = CoreCheck(secret_problem)
