"""The client file's JSON Schema, derived from the plan's dataclasses.

The package ships the result as ``schema/client.schema.json`` for editors;
``python -m breakup_tui.schema`` writes it again after a field changes, and a
test checks that the shipped file is the one these functions give.
"""

from __future__ import annotations

import json
from typing import Any

from breakup_tui.core.plan import Plan
from breakup_tui.core.schema_fields import FileKey, Kind, key_fields

DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
MOMENT_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}"
MONEY_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$"


def client_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "breakup-tui/client.schema.json",
        "title": "breakup-tui client file",
        "description": (
            "One client's plan for ending the relationship. Keys not listed here are yours and are kept."
        ),
        **object_schema(Plan),
    }


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as the shipped file holds it."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def object_schema(cls: type) -> dict[str, Any]:
    """The schema of one table: every declared key, and which of them must be there."""
    schema: dict[str, Any] = {"type": "object"}
    required = [f.name for f in key_fields(cls) if f.key.required]
    if required:
        schema["required"] = required
    schema["properties"] = {
        f.name: {**_value_schema(f.key), "description": f.key.doc} for f in key_fields(cls)
    }
    return schema


def _value_schema(key: FileKey) -> dict[str, Any]:
    match key.kind:
        case Kind.VERSION:
            return {"type": "integer", "minimum": key.low}
        case Kind.TEXT:
            return {"type": "string", "minLength": 1} if key.required else {"type": "string"}
        case Kind.INTEGER:
            return {"type": "integer", "minimum": key.low, "maximum": key.high}
        case Kind.BOOLEAN:
            return {"type": "boolean"}
        case Kind.CHOICE:
            return {"type": "string", "enum": list(key.choices)}
        case Kind.DAY:
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
        case Kind.MOMENT:
            return {"type": "string", "format": "date-time", "pattern": MOMENT_PATTERN}
        case Kind.TEXTS:
            return {"type": "array", "items": {"type": "string"}}
        case Kind.MONEY:
            return {"type": "string", "pattern": MONEY_PATTERN}
        case Kind.TABLE:
            assert key.of is not None
            return object_schema(key.of)
        case Kind.TABLES:
            assert key.of is not None
            return {"type": "array", "items": object_schema(key.of)}
        case Kind.CHOICE_MAP:
            choice = {"type": "string", "enum": list(key.choices)}
            return {"type": "object", "properties": dict.fromkeys(key.keys, choice)}
