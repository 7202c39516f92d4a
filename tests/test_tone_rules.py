"""The tone checker's rules, in each language: phrases that must be caught, and look-alikes that must not."""

from __future__ import annotations

import pytest

from breakup_tui.core.tone import check_tone, rules_for

# (text, the family caught, the words caught)
MUST_MATCH_EN = [
    ("I think we should break up.", "break_up", "break up"),
    ("This breakup is overdue.", "break_up", "breakup"),
    ("Sorry for the Break-Up email.", "break_up", "Break-Up"),
    ("I am breaking up with Acme.", "break_up", "breaking up"),
    ("We broke up last year.", "break_up", "broke up"),
    ("Time to split up.", "break_up", "split up"),
    ("It's not you, it's me.", "break_up", "It's not you, it's me"),
    ("it’s not you – it’s me", "break_up", "it’s not you – it’s me"),
    ("It is your fault the project slipped.", "blame", "your fault"),
    ("You always pay late.", "blame", "You always"),
    ("you never answer my emails", "blame", "you never"),
    ("Late again, as usual.", "blame", "as usual"),
    ("That was unprofessional.", "blame", "unprofessional"),
    ("Frankly, UNACCEPTABLE.", "blame", "UNACCEPTABLE"),
    ("I'm so sorry to say this.", "apology", "so sorry"),
    ("I apologise for the trouble.", "apology", "I apologise"),
    ("I feel terrible about it.", "apology", "I feel terrible"),
    ("Maybe we can talk again in spring.", "hedging", "Maybe"),
    ("I am stepping back for now.", "hedging", "for now"),
    ("I might be able to stay.", "hedging", "I might"),
    ("We’ll see how it goes.", "hedging", "We’ll see"),
    ("Perhaps it is best.", "hedging", "Perhaps"),
]

MUST_NOT_MATCH_EN = [
    "The outbreak update is attached.",
    "Please break the update into two parts.",
    "A breakthrough in the upper market.",
    "Your work has always been excellent.",
    "I never miss a deadline.",
    "A very professional team.",
    "I am sorry to see the project end.",
    "May I thank you for three good years.",
    "Thank you for everything; I have decided to end our work together.",
    "I have decided, for the reasons we discussed, to finish on 16 December.",
]

MUST_MATCH_IT = [
    ("Credo sia arrivato il momento di rompere.", "break_up", "rompere"),
    ("Rompiamo qui la collaborazione.", "break_up", "Rompiamo"),
    ("Una rottura era inevitabile.", "break_up", "rottura"),
    ("Forse è meglio lasciarci.", "break_up", "lasciarci"),
    ("Tra noi è finita.", "break_up", "Tra noi è finita"),
    ("Ho deciso di chiudere il rapporto.", "break_up", "chiudere il rapporto"),
    ("Vorrei chiudere il nostro rapporto.", "break_up", "chiudere il nostro rapporto"),
    ("Non siete voi, sono io.", "break_up", "Non siete voi, sono io"),
    ("È colpa vostra se il progetto è in ritardo.", "blame", "colpa vostra"),
    ("Per colpa tua abbiamo perso il cliente.", "blame", "colpa tua"),
    ("Pagate sempre in ritardo.", "blame", "Pagate sempre"),
    ("Siete sempre in ritardo.", "blame", "Siete sempre"),
    ("Non rispondete mai alle email.", "blame", "Non rispondete mai"),
    ("Non mi ascoltate mai.", "blame", "Non mi ascoltate mai"),
    ("Un comportamento poco professionale.", "blame", "poco professionale"),
    ("Siete inaffidabili.", "blame", "inaffidabili"),
    ("Mi dispiace tanto, davvero.", "apology", "Mi dispiace tanto"),
    ("Chiedo scusa per il disturbo.", "apology", "Chiedo scusa"),
    ("Mi sento in colpa a dirlo.", "apology", "Mi sento in colpa"),
    ("Forse potremmo risentirci.", "hedging", "Forse"),
    ("Per ora mi fermo qui.", "hedging", "Per ora"),
    ("Magari in primavera.", "hedging", "Magari"),
    ("Non sono sicuro di voler continuare.", "hedging", "Non sono sicuro"),
    ("Vedremo più avanti.", "hedging", "Vedremo"),
]

MUST_NOT_MATCH_IT = [
    "Dobbiamo interrompere il servizio a fine mese.",
    "Un buon modo per rompere il ghiaccio.",
    "Ho deciso di chiudere il rapporto di collaborazione.",
    "Chiudo il rapporto di lavoro il 16 dicembre.",
    "La rottamazione delle cartelle.",
    "Un ritmo forsennato.",
    "Non è mai troppo tardi.",
    "Non dimenticherò mai questi anni.",
    "Resto sempre disponibile.",
    "Un team molto professionale.",
    "Vi ringrazio per questi anni di lavoro insieme.",
    "Ho deciso di concludere la nostra collaborazione il 16 dicembre.",
]


@pytest.mark.parametrize(("text", "family", "caught"), MUST_MATCH_EN)
def test_english_phrases_that_must_be_caught(text: str, family: str, caught: str) -> None:
    assert (family, caught) in [(f.family, f.text) for f in check_tone(text, "en")]


@pytest.mark.parametrize("text", MUST_NOT_MATCH_EN)
def test_english_look_alikes_that_must_pass(text: str) -> None:
    assert check_tone(text, "en") == []


@pytest.mark.parametrize(("text", "family", "caught"), MUST_MATCH_IT)
def test_italian_phrases_that_must_be_caught(text: str, family: str, caught: str) -> None:
    assert (family, caught) in [(f.family, f.text) for f in check_tone(text, "it")]


@pytest.mark.parametrize("text", MUST_NOT_MATCH_IT)
def test_italian_look_alikes_that_must_pass(text: str) -> None:
    assert check_tone(text, "it") == []


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_family_has_rules_with_a_message_and_a_suggestion(language: str) -> None:
    rules = rules_for(language)
    assert {r.family for r in rules} == {"break_up", "blame", "apology", "hedging"}
    assert all(r.message and r.suggestion for r in rules)
    assert len({r.id for r in rules}) == len(rules)


def test_findings_carry_their_position_in_the_text() -> None:
    text = "Hello.\nMaybe we should break-up."
    found = check_tone(text, "en")
    assert [(f.start, f.end) for f in found] == [(7, 12), (23, 31)]
    assert [text[f.start : f.end] for f in found] == ["Maybe", "break-up"]
