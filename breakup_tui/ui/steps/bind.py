"""Binding a field to one attribute of the plan: the field commits, the plan changes, the step saves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from breakup_tui.ui.steps.base import StepForm


def setter(form: StepForm, target: Any, attribute: str) -> Callable[[Any], None]:
    """A callback for ``on_commit`` that writes the value into ``target.attribute`` and tells the wizard."""

    def commit(value: Any) -> None:
        if getattr(target, attribute) != value:
            setattr(target, attribute, value)
            form.changed()

    return commit
