"""The JSON Schemas shipped in the package match the dataclasses, and every healthy file validates."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import fields
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from breakup_tui.core.codec import KNOWN_KEYS
from breakup_tui.core.json_schema import client_schema, schema_text
from breakup_tui.core.plan import Plan
from breakup_tui.core.samples import sample_plans, sample_settings
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.schema import CLIENT_SCHEMA, SETTINGS_SCHEMA, schema_path
from breakup_tui.store.settings import save_settings
from tests.conftest import TODAY, Dirs
from tests.corpus import complete_text, wrong_type_files
from tests.factories import filled_plan
from tests.test_hand_edit_round_trip import HAND_EDITS
from tests.test_hand_edits import INLINE_FILE, TABLES_FILE

DOC = Path(__file__).parent.parent / "docs" / "file-format.md"


def _schema(name: str) -> dict[str, Any]:
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


def as_json(value: Any) -> Any:
    """TOML data as an editor's validator sees it: dates and times as their ISO text."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _errors(text: str, name: str = CLIENT_SCHEMA) -> list[str]:
    validator = jsonschema.Draft202012Validator(_schema(name), format_checker=jsonschema.FormatChecker())
    return [e.message for e in validator.iter_errors(as_json(tomllib.loads(text)))]


def _tables(schema: dict[str, Any], path: str = "") -> dict[str, frozenset[str]]:
    """The keys of every table the schema describes, by path (as ``KNOWN_KEYS`` names them)."""
    found = {path: frozenset(schema["properties"])}
    for key, sub in schema["properties"].items():
        if sub.get("type") == "object" and "properties" in sub:
            found |= _tables(sub, f"{path}.{key}" if path else key)
    return found


def test_the_client_schema_has_exactly_the_keys_the_app_writes() -> None:
    tables = _tables(_schema(CLIENT_SCHEMA))
    assert {path: keys for path, keys in tables.items() if path in KNOWN_KEYS} == KNOWN_KEYS


def test_the_committed_client_schema_is_the_one_generated_from_the_dataclasses() -> None:
    # Regenerate with `python -m breakup_tui.schema` after changing a field of the plan.
    assert _schema(CLIENT_SCHEMA) == client_schema()
    assert schema_path(CLIENT_SCHEMA).read_text(encoding="utf-8") == schema_text(client_schema())


def test_the_settings_schema_has_exactly_the_settings_fields() -> None:
    assert set(_schema(SETTINGS_SCHEMA)["properties"]) == {f.name for f in fields(Settings)}


def _healthy_files(store: ClientStore) -> list[tuple[str, str]]:
    plans = [("new", Plan.new("Acme")), ("filled", filled_plan())]
    for lang in ("en", "it"):
        plans += [(f"sample-{lang}-{n}", p) for n, p in enumerate(sample_plans(lang, TODAY))]
    files = [(name, store.path_of(store.create(plan)).read_text()) for name, plan in plans]
    example = re.search(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert example is not None
    edited = files[1][1]
    for old, new in HAND_EDITS:
        edited = edited.replace(old, new, 1)
    return [
        *files,
        ("docs example", example.group(1)),
        ("corpus complete", complete_text()),
        ("hand-edited tables", TABLES_FILE),
        ("hand-edited inline", INLINE_FILE),
        ("hand-edited round trip", edited),
    ]


def test_every_healthy_fixture_validates(store: ClientStore) -> None:
    failures = {name: _errors(text) for name, text in _healthy_files(store)}
    assert {name: errors for name, errors in failures.items() if errors} == {}
    assert len(failures) >= 11


@pytest.mark.parametrize(("where", "text"), wrong_type_files(), ids=lambda v: v if "\n" not in v else "")
def test_a_value_of_the_wrong_type_does_not_validate(where: str, text: str) -> None:
    assert _errors(text), where


def test_settings_written_by_the_app_validate(dirs: Dirs) -> None:
    locations = locate(dirs.data, dirs.config)
    for settings in (Settings(), sample_settings("it"), Settings(keys={"home.new": "a"})):
        save_settings(locations, settings)
        assert _errors(locations.settings_file.read_text(), SETTINGS_SCHEMA) == []


def test_a_new_client_file_names_its_schema_on_the_first_line_for_editors(store: ClientStore) -> None:
    text = store.path_of(store.create(Plan.new("Acme"))).read_text()
    first = text.splitlines()[0]
    assert first.startswith("#:schema file://")
    assert Path(first.removeprefix("#:schema file://")).is_file()
    assert CLIENT_SCHEMA in text.splitlines()[1]
