"""argparse speaking the interface language.

argparse binds its English strings at import time, so they are replaced where
its public methods let a subclass step in: the usage prefix (``add_usage``),
the group titles (``add_argument_group``), the help option (added by us) and
the error line (``error``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from breakup_tui.core.i18n import t

EXIT_USAGE = 2

# argparse's own group titles ("optional arguments" before Python 3.10), with their catalogue keys.
_TITLES = [
    (re.compile(r"options|optional arguments"), "argparse.options"),
    (re.compile(r"positional arguments"), "argparse.positionals"),
]


def _choices(found: re.Match[str]) -> str:
    return t("argparse.invalid_choice", value=found["value"], choices=found["choices"])


# argparse's English error messages (Python 3.11–3.13), each with its translation.
_ERRORS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"the following arguments are required: (?P<names>.*)"),
        lambda found: t("argparse.required", names=found["names"]),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<args>.*)"),
        lambda found: t("argparse.unrecognized", args=found["args"]),
    ),
    (
        re.compile(r"argument (?P<name>.+?): invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)"),
        lambda found: t("argparse.argument", name=found["name"], problem=_choices(found)),
    ),
    (
        re.compile(r"argument (?P<name>.+?): expected one argument"),
        lambda found: t("argparse.argument", name=found["name"], problem=t("argparse.expected_one")),
    ),
    (
        re.compile(r"argument (?P<name>.+?): invalid (?P<type>\w+) value: (?P<value>.*)"),
        lambda found: t(
            "argparse.argument", name=found["name"], problem=t("argparse.invalid_value", value=found["value"])
        ),
    ),
]


def translate_error(message: str) -> str:
    for pattern, translated in _ERRORS:
        found = pattern.fullmatch(message)
        if found:
            return translated(found)
    return message


class TranslatedFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the line breaks of descriptions and epilogs (examples, exit codes); translates "usage:"."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, t("argparse.usage") + " " if prefix is None else prefix)


class TranslatedParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedFormatter)
        wants_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # ours is added below, with its help in the interface language
        super().__init__(*args, **kwargs)
        if wants_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=t("argparse.help")
            )

    def add_argument_group(self, *args: Any, **kwargs: Any) -> Any:
        title = kwargs.get("title", args[0] if args else None)
        for english, key in _TITLES:
            if isinstance(title, str) and english.fullmatch(title):
                kwargs["title"] = t(key)
                args = args[1:]
        return super().add_argument_group(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {t('argparse.error')}: {translate_error(message)}\n")
