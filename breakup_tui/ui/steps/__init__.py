"""One module per step, each exposing ``FORM``: the step's form class."""

from __future__ import annotations

from importlib import import_module

from breakup_tui.core.plan import STEP_IDS
from breakup_tui.ui.steps.base import StepForm


def form_for(step_id: str) -> type[StepForm]:
    if step_id not in STEP_IDS:
        raise KeyError(step_id)
    form: type[StepForm] = import_module(f"breakup_tui.ui.steps.{step_id}").FORM
    return form
