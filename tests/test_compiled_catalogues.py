"""The catalogues' JSON twins: read at every start instead of parsing TOML, never out of date."""

from __future__ import annotations

import json
import tomllib

import pytest

from breakup_tui.core.i18n import LOCALES, compiled_catalogue, messages_of
from breakup_tui.core.plan import LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_json_was_made_from_the_catalogue_as_it_is(language: str) -> None:
    # Written again by `python -m breakup_tui.schema` after editing a catalogue.
    source = (LOCALES / f"{language}.toml").read_bytes()
    shipped = (LOCALES / f"{language}.json").read_text(encoding="utf-8")
    assert shipped == compiled_catalogue(source), "run python -m breakup_tui.schema"
    assert messages_of(source, shipped)["home.title"] == tomllib.loads(source.decode())["home"]["title"]


def test_a_json_made_from_another_version_of_the_catalogue_is_ignored() -> None:
    old = b'[home]\ntitle = "Clients"\n'
    new = b'[home]\ntitle = "Your clients"\n'
    assert messages_of(new, compiled_catalogue(old)) == {"home.title": "Your clients"}
    assert messages_of(old, compiled_catalogue(old)) == {"home.title": "Clients"}


@pytest.mark.parametrize("compiled", ["", "not json", "[]", '{"source": 1}', json.dumps({"messages": {}})])
def test_a_missing_or_damaged_json_falls_back_to_the_toml(compiled: str) -> None:
    source = '[home]\ntitle = "Clienti"\n[letter.greeting]\nvoi = "Gentili"\nlei = "Gentile"\ntu = "Ciao"\n'
    messages = messages_of(source.encode(), compiled)
    assert messages == {
        "home.title": "Clienti",
        "letter.greeting": {"voi": "Gentili", "lei": "Gentile", "tu": "Ciao"},
    }
