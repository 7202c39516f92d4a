"""The tone checker (DESIGN §6): rules as data in each language's catalogue, findings with positions.

A rule in ``[[tone.rules]]`` has an ``id``, a ``family`` (break_up, blame,
apology, hedging), either ``words`` (phrases matched whole-word, any case, a
space also matching a hyphen or no gap where ``joined`` is true) or a
``pattern`` (a regular expression), a ``message``, a ``suggestion`` and a
``severity`` (warning or advice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from breakup_tui.core.i18n import catalogue

SEVERITIES = ("warning", "advice")


@dataclass(frozen=True)
class ToneRule:
    id: str
    family: str
    pattern: re.Pattern[str]
    message: str
    suggestion: str
    severity: str


@dataclass(frozen=True)
class Finding:
    rule_id: str
    family: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str
    severity: str


def phrase_pattern(phrase: str, *, joined: bool = False) -> str:
    """A phrase as a whole-word pattern; between words, spaces or hyphens (or nothing if ``joined``)."""
    gap = r"[\s\-]*" if joined else r"[\s\-]+"
    # A straight apostrophe in a rule also matches the typographic one (we'll, we’ll).
    words = [re.escape(word).replace("'", "['’]") for word in phrase.split()]
    return r"(?<![\w])" + gap.join(words) + r"(?![\w])"


def _compile(entry: dict[str, Any]) -> ToneRule:
    if "pattern" in entry:
        source = str(entry["pattern"])
    else:
        joined = bool(entry.get("joined", False))
        source = "|".join(phrase_pattern(str(w), joined=joined) for w in entry.get("words", []))
    severity = str(entry.get("severity", "warning"))
    return ToneRule(
        id=str(entry["id"]),
        family=str(entry.get("family", "")),
        pattern=re.compile(source, re.IGNORECASE),
        message=str(entry.get("message", "")),
        suggestion=str(entry.get("suggestion", "")),
        severity=severity if severity in SEVERITIES else "warning",
    )


@cache
def rules_for(language: str) -> tuple[ToneRule, ...]:
    entries = catalogue(language).raw("tone.rules", [])
    return tuple(_compile(entry) for entry in entries if isinstance(entry, dict) and "id" in entry)


def check_tone(text: str, language: str) -> list[Finding]:
    """Every place in ``text`` where a rule of ``language`` matches, in reading order."""
    findings: dict[tuple[str, int, int], Finding] = {}
    for rule in rules_for(language):
        for match in rule.pattern.finditer(text):
            if match.end() == match.start():
                continue
            key = (rule.id, match.start(), match.end())
            findings[key] = Finding(
                rule.id,
                rule.family,
                match.start(),
                match.end(),
                match.group(0),
                rule.message,
                rule.suggestion,
                rule.severity,
            )
    return sorted(findings.values(), key=lambda f: (f.start, f.end, f.rule_id))
