"""The tone checker: rules as data in each language's catalogue, findings with positions.

A rule in ``[[tone.rules]]`` has an ``id``, a ``family`` (break_up, blame,
apology, hedging), either ``words`` (phrases matched whole-word, any case, a
space also matching a hyphen or no gap where ``joined`` is true) or a
``pattern`` (a regular expression), a ``message``, a ``suggestion`` and a
``severity`` (warning or advice).

A word list cannot tell "let's break up" from "let's break up the catalogue",
so a rule may also look at what surrounds a match, each condition a list of
phrases matched like ``words``:

- ``unless_followed_by``: the words right after the match ("break up" + "the");
- ``unless_preceded_by``: the words right before it ("no one" + "to blame");
- ``only_in_sentence_with``: the sentence must also hold one of these (a hedge
  such as "for now" matters next to "stop" or "end", not next to "the files");
- ``unless_in_sentence_with``: the sentence must hold none of these (a
  compliment: "you never miss a deadline, which I appreciate").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from breakup_tui.core.i18n import catalogue

SEVERITIES = ("warning", "advice")
# Where a sentence ends, for the sentence conditions; a comma does not end one.
_SENTENCE_END = re.compile(r"[.!?;:\n]")
# Commas and dashes between a match and its neighbour do not separate them.
_GAP = r"[\s,\-–—]*"


@dataclass(frozen=True)
class ToneRule:
    id: str
    family: str
    pattern: re.Pattern[str]
    message: str
    suggestion: str
    severity: str
    followed_by: re.Pattern[str] | None = None
    preceded_by: re.Pattern[str] | None = None
    needs_in_sentence: re.Pattern[str] | None = None
    refused_in_sentence: re.Pattern[str] | None = None

    def holds_at(self, text: str, start: int, end: int) -> bool:
        """Whether the context around ``text[start:end]`` lets this match stand."""
        if self.followed_by and self.followed_by.match(text, end):
            return False
        if self.preceded_by and self.preceded_by.search(text[:start]):
            return False
        sentence = sentence_around(text, start, end)
        if self.needs_in_sentence and not self.needs_in_sentence.search(sentence):
            return False
        return not (self.refused_in_sentence and self.refused_in_sentence.search(sentence))


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
    return r"(?<![\w])" + _bare_phrase(phrase, joined=joined) + r"(?![\w])"


def _bare_phrase(phrase: str, *, joined: bool = False) -> str:
    gap = r"[\s\-]*" if joined else r"[\s\-]+"
    # A straight apostrophe in a rule also matches the typographic one (we'll, we’ll).
    words = [re.escape(word).replace("'", "['’]") for word in phrase.split()]
    return gap.join(words)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``: from the last stop before it to the first after it."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _any_of(phrases: list[str]) -> str:
    return "(?:" + "|".join(_bare_phrase(str(p)) for p in phrases) + ")"


def _context(entry: dict[str, Any], name: str) -> re.Pattern[str] | None:
    phrases = entry.get(name)
    if not phrases:
        return None
    alternatives = _any_of(list(phrases))
    source = {
        # Anchored at the match's end by ``Pattern.match(text, end)``.
        "unless_followed_by": _GAP + alternatives + r"(?!\w)",
        "unless_preceded_by": r"(?<!\w)" + alternatives + _GAP + r"$",
    }.get(name, r"(?<!\w)" + alternatives + r"(?!\w)")
    return re.compile(source, re.IGNORECASE)


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
        followed_by=_context(entry, "unless_followed_by"),
        preceded_by=_context(entry, "unless_preceded_by"),
        needs_in_sentence=_context(entry, "only_in_sentence_with"),
        refused_in_sentence=_context(entry, "unless_in_sentence_with"),
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
            if match.end() == match.start() or not rule.holds_at(text, match.start(), match.end()):
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
