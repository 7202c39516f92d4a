"""Every message in the catalogues is one the code can show: a key nothing looks up is dead text."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from breakup_tui.core.i18n import catalogue

PACKAGE = Path(__file__).parent.parent / "breakup_tui"

# A key's beginning: dotted lower-case names, cut where the code adds the rest.
KEY_HEAD = re.compile(r"[a-z_]+(\.[a-z_]+)*[._]")
PLURAL_FORMS = {"zero", "one", "two", "few", "many", "other"}
# Helpers that put a section before the name they are given: Letter.say and say_n ("letter.").
PREFIXING_HELPERS = ("letter.",)


def string_constants() -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def key_heads() -> set[str]:
    """The fixed beginnings of keys the code builds: f"home.col_{key}", "steps." + step, and a
    record table's texts (``texts="notice.project"`` is looked up as notice.project_add, ...)."""
    heads: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                heads.add(str(node.values[0].value))
            elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant):
                heads.add(str(node.left.value))
            elif (
                isinstance(node, ast.keyword) and node.arg == "texts" and isinstance(node.value, ast.Constant)
            ):
                heads.add(f"{node.value.value}_")
    return {
        head
        for head in heads
        if "." in head and KEY_HEAD.fullmatch(head) and not head.startswith("breakup_tui.")
    }


HEADS = key_heads()


def named_in_code(key: str, constants: set[str]) -> bool:
    """Named whole, or as the table of a counted message (``tn("x.y")`` reads ``x.y.one``, ``x.y.other``)."""
    table, _, last = key.rpartition(".")
    # Only a plural form is looked up through its table: "steps" in code is not steps.decide.
    names = {key, table} if last in PLURAL_FORMS else {key}
    # A key built by an f-string (f"home.col_{key}") is named by the constant head of that string.
    if any(key.startswith(head) for head in HEADS):
        return True
    for prefix in PREFIXING_HELPERS:
        names |= {name.removeprefix(prefix) for name in set(names) if name.startswith(prefix)}
    return bool(names & constants)


def test_every_catalogue_key_is_used_by_the_code() -> None:
    constants = string_constants()
    for language in ("en", "it"):
        unused = [key for key in catalogue(language).messages if not named_in_code(key, constants)]
        assert unused == [], f"{language}: no code looks these up; delete them from both catalogues"


def test_every_key_the_code_builds_has_messages() -> None:
    """A head with a typing error (f"home.colum_{key}") would find no message: each finds some."""
    keys = catalogue("en").messages
    assert HEADS
    for head in HEADS:
        assert any(key.startswith(head) for key in keys), head


def test_the_check_sees_a_dead_key() -> None:
    constants = string_constants()
    assert not named_in_code("home.no_such_key", constants)
    assert not named_in_code("review.no_such_key", constants | {"review"})
    assert named_in_code("home.col_client", constants)
