"""Every user-facing string lives in the catalogues, and both languages say the same things."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from breakup_tui.core.i18n import catalogue, choose_language, language_from_environment
from breakup_tui.core.plan import ADDRESS_FORMS

PACKAGE = Path(__file__).parent.parent / "breakup_tui"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_english_and_italian_have_the_same_keys() -> None:
    en, it = catalogue("en").messages, catalogue("it").messages
    assert sorted(set(en) - set(it)) == [], "missing in it.toml"
    assert sorted(set(it) - set(en)) == [], "missing in en.toml"


def _forms(value: object) -> list[object]:
    """A phrase that follows the form of address is a table of the three forms; else the value itself."""
    if isinstance(value, dict):
        assert set(value) == set(ADDRESS_FORMS)
        return list(value.values())
    return [value]


def test_both_languages_use_the_same_placeholders_and_nothing_is_empty() -> None:
    en, it = catalogue("en").messages, catalogue("it").messages
    for key, value in en.items():
        for text in _forms(value):
            if not isinstance(text, str):
                continue
            assert text.strip(), f"en: {key} is empty"
            for italian in _forms(it[key]):
                assert isinstance(italian, str) and italian.strip(), f"it: {key} is empty"
                assert placeholders(text) == placeholders(italian), key


def test_a_phrase_in_three_forms_says_the_same_thing_in_each() -> None:
    for language in ("en", "it"):
        for key, value in catalogue(language).messages.items():
            if isinstance(value, dict):
                kinds = {type(form) for form in value.values()}
                assert len(kinds) == 1, key
                if kinds == {str}:
                    assert len({frozenset(placeholders(str(f))) for f in value.values()}) == 1, key


def test_every_key_used_in_the_code_exists() -> None:
    en = catalogue("en").messages
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) in ("t", "tn")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                counted = getattr(node.func, "id", getattr(node.func, "attr", None)) == "tn"
                # A counted message is a plural table: its general form must exist.
                used.add(node.args[0].value + (".other" if counted else ""))
    missing = sorted(key for key in used if key not in en)
    assert missing == []


# A number followed by a word is a count ("{n} weeks", "{done} fatte"): step numbers
# and "{n} of {total}" are not, and nor is an invoice's {number}.
_COUNTED = re.compile(r"\{(n|days|weeks|count|todo|done|skipped|words)\}\s+(?!of\b|di\b|su\b|·)[^\W\d_]")


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_message_that_takes_a_count_has_its_plural_forms(language: str) -> None:
    messages = catalogue(language).messages
    for key, text in messages.items():
        if isinstance(text, str) and _COUNTED.search(text):
            table, _, form = key.rpartition(".")
            assert form in ("one", "other"), f"{language}: {key} counts but has no plural forms"
            assert f"{table}.one" in messages and f"{table}.other" in messages, key


@pytest.mark.parametrize(
    ("language", "key", "count", "expected"),
    [
        ("it", "counts.weeks", 1, "1 settimana"),
        ("it", "counts.weeks", 2, "2 settimane"),
        ("en", "counts.weeks", 1, "1 week"),
        ("it", "review.handover_done", 1, "1 fatta"),
        ("it", "review.handover_done", 3, "3 fatte"),
        ("en", "writing.length_short", 1, "1 word: short and simple."),
    ],
)
def test_counts_read_right_for_one_and_for_many(language: str, key: str, count: int, expected: str) -> None:
    assert catalogue(language).plural(key, count) == expected


# Code that may hold plain-language literals: none of it is shown to the user.
_NOT_SHOWN = {"DEFAULT_CSS", "CSS", "__doc__"}
_NOT_TEXT_ARGUMENTS = {"classes", "id", "name", "key", "variant", "group", "action", "key_display"}
_DOM_CALLS = {
    "compile",  # a regular expression reads text (argparse's English, to translate), it shows none
    "query",
    "query_one",
    "query_exactly_one",
    "query_children",
    "query_ancestor",
    "on",
    "add_class",
    "remove_class",
    "set_class",
    "has_class",
    "toggle_class",
    "set_classes",
}
_WORDS = re.compile(r"[A-Za-zÀ-ÿ]{2,}\s+[A-Za-zÀ-ÿ]{2,}")


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def user_facing_literals(path: Path) -> list[str]:
    """Literals in the interface code that read like prose: they belong in a catalogue."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstring_nodes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(getattr(target, "id", None) in _NOT_SHOWN for target in targets):
                for inner in ast.walk(node):
                    skip.add(id(inner))
        # Selectors and class names given to the DOM are code, not text.
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) in _DOM_CALLS
        ):
            for argument in node.args:
                for inner in ast.walk(argument):
                    skip.add(id(inner))
        if isinstance(node, ast.keyword) and node.arg in _NOT_TEXT_ARGUMENTS:
            for inner in ast.walk(node.value):
                skip.add(id(inner))
        # Exceptions raised for programmers, and log lines, are not shown to users.
        if isinstance(node, ast.Raise):
            for inner in ast.walk(node):
                skip.add(id(inner))
    found = []
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in skip and _WORDS.search(node.value):
            found.append(node.value)
    return found


@pytest.mark.parametrize(
    "path",
    sorted([*PACKAGE.joinpath("ui").rglob("*.py"), *PACKAGE.joinpath("cli").rglob("*.py")]),
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_no_user_facing_literal_outside_the_catalogues(path: Path) -> None:
    assert user_facing_literals(path) == []


def test_the_language_comes_from_the_flag_then_settings_then_the_environment() -> None:
    assert choose_language("it", "en", {"LANG": "en_US.UTF-8"}) == "it"
    assert choose_language(None, "it", {"LANG": "en_US.UTF-8"}) == "it"
    assert choose_language(None, None, {"LANG": "it_IT.UTF-8"}) == "it"
    assert choose_language(None, None, {"LC_ALL": "it_CH", "LANG": "en_GB"}) == "it"
    assert choose_language(None, None, {"LC_MESSAGES": "de_DE"}) == "en"
    assert choose_language(None, None, {}) == "en"
    assert language_from_environment({"LANG": "C"}) is None


def test_language_comes_first_from_the_language_list_then_the_locale_variables() -> None:
    # LANGUAGE is a list of preferences; its first entry counts, and it outranks LC_ALL.
    assert choose_language(None, None, {"LANGUAGE": "it:en", "LC_ALL": "en_GB.UTF-8"}) == "it"
    assert choose_language(None, None, {"LANGUAGE": "en_GB:it", "LANG": "it_IT.UTF-8"}) == "en"
    assert choose_language(None, None, {"LANGUAGE": "", "LC_MESSAGES": "it_IT", "LANG": "en_US"}) == "it"
    assert choose_language(None, None, {"LC_ALL": "it_IT", "LC_MESSAGES": "en_US", "LANG": "en_US"}) == "it"
    assert choose_language("en", None, {"LANGUAGE": "it"}) == "en"


def test_the_literal_check_catches_prose_and_lets_keys_through(tmp_path: Path) -> None:
    sample = tmp_path / "screen.py"
    sample.write_text(
        '"""A docstring is fine."""\n'
        'DEFAULT_CSS = "Screen { layout: vertical; }"\n'
        "def compose():\n"
        '    yield Static("Hello there, client")\n'
        '    yield Static(t("home.title"), id="title-bar", classes="big bold")\n'
        '    self.query_one("#form Input").add_class("wide open")\n'
    )
    assert user_facing_literals(sample) == ["Hello there, client"]
