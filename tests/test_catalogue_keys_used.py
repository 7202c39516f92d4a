"""Every message in the catalogues is one the code can show: a key nothing looks up is dead text."""

from __future__ import annotations

import ast
from pathlib import Path

from breakup_tui.core.i18n import catalogue

PACKAGE = Path(__file__).parent.parent / "breakup_tui"

# Keys the code builds from a prefix and a value (f-strings), each with where the value comes from.
BUILT_KEYS = {
    "steps.": "a step's name, from its id (STEP_IDS)",
    "status.": "a step's status (done, in progress...), from StepStatus's values",
    "reason.": "a reason to end, or an incident's kind, from its id (REASONS, INCIDENT_KINDS)",
    "help.name.": "the title of a screen's help, from its help_topic",
    "help.topic.": "the text of a screen's help, from its help_topic or step id",
    "decide.kind_short.": "an incident kind's short label in the chart and the table",
    "writing.length_": "what the letter editor says of the letter's length, by length band",
    "wrapup.action.": "a wrap-up task's button, from the task's kind",
    "letter.handover_": "the letter's handover lines, by the state of the accounts (done, to do)",
}
# Helpers that put a section before the name they are given: Letter.say and say_n ("letter.").
PREFIXING_HELPERS = ("letter.",)


def string_constants() -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def named_in_code(key: str, constants: set[str]) -> bool:
    """Named whole, or as the table of a counted message (``tn("x.y")`` reads ``x.y.one``, ``x.y.other``)."""
    names = {key, key.rpartition(".")[0]}
    for prefix in PREFIXING_HELPERS:
        names |= {name.removeprefix(prefix) for name in set(names) if name.startswith(prefix)}
    return bool(names & constants)


def test_every_catalogue_key_is_used_by_the_code() -> None:
    constants = string_constants()
    for language in ("en", "it"):
        unused = [
            key
            for key in catalogue(language).messages
            if not named_in_code(key, constants) and not key.startswith(tuple(BUILT_KEYS))
        ]
        assert unused == [], f"{language}: no code looks these up; delete them from both catalogues"


def test_every_built_key_prefix_is_still_needed() -> None:
    constants = string_constants()
    keys = catalogue("en").messages
    for prefix in BUILT_KEYS:
        built = [k for k in keys if k.startswith(prefix) and not named_in_code(k, constants)]
        assert built, f"{prefix!r} no longer needs to be in BUILT_KEYS"
