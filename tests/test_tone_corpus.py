"""The tone checker, measured: precision and recall on a labelled corpus of real-sounding sentences.

A sentence under ``[flag]`` counts as caught when the checker reports a finding
of its family; a sentence under ``[clean]`` counts as a false alarm when the
checker reports anything. The figures are printed (``pytest -s``) and quoted in
docs/tone.md.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from breakup_tui.core.tone import check_tone

CORPUS = Path(__file__).parent / "tone_corpus"
# Criticism of the client is reported in the blame family.
FAMILY_OF = {
    "break_up": "break_up",
    "blame": "blame",
    "criticism": "blame",
    "apology": "apology",
    "hedging": "hedging",
}
LEAST_SENTENCES = 120
LEAST_PER_FAMILY = 5
TARGET = 0.95


@dataclass
class Score:
    caught: int = 0
    false_alarms: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.caught / (self.caught + len(self.false_alarms))

    @property
    def recall(self) -> float:
        return self.caught / (self.caught + len(self.missed))


def corpus(language: str) -> dict[str, dict[str, list[str]]]:
    with (CORPUS / f"{language}.toml").open("rb") as handle:
        return tomllib.load(handle)


def score(language: str) -> Score:
    data = corpus(language)
    result = Score()
    for topic, sentences in data["flag"].items():
        for sentence in sentences:
            families = {f.family for f in check_tone(sentence, language)}
            if FAMILY_OF[topic] in families:
                result.caught += 1
            else:
                result.missed.append(sentence)
    for sentences in data["clean"].values():
        result.false_alarms.extend(s for s in sentences if check_tone(s, language))
    return result


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_corpus_is_large_and_covers_every_family_and_its_traps(language: str) -> None:
    data = corpus(language)
    flagged, clean = data["flag"], data["clean"]
    total = sum(map(len, flagged.values())) + sum(map(len, clean.values()))
    assert total >= LEAST_SENTENCES
    for topic in FAMILY_OF:
        assert len(flagged.get(topic, [])) >= LEAST_PER_FAMILY, f"few {topic} sentences to flag"
        assert len(clean.get(topic, [])) >= LEAST_PER_FAMILY, f"few {topic} look-alikes"


@pytest.mark.parametrize("language", ["en", "it"])
def test_precision_and_recall_are_each_at_least_95_percent(language: str) -> None:
    result = score(language)
    size = result.caught + len(result.missed) + len(corpus_clean(language))
    print(
        f"\n{language}: {size} sentences, precision {result.precision:.1%}, recall {result.recall:.1%}"
        f"\n  missed: {result.missed}\n  false alarms: {result.false_alarms}"
    )
    assert result.precision >= TARGET, result.false_alarms
    assert result.recall >= TARGET, result.missed


def corpus_clean(language: str) -> list[str]:
    return [s for sentences in corpus(language)["clean"].values() for s in sentences]
