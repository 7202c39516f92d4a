"""Writing a plan as nested dicts of TOML values, key by key as the plan's dataclasses declare them.

A key whose value is unset (``None``) is left out, and so is a key declared
as written only once it differs from its default.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from breakup_tui.core.plan import SCHEMA_VERSION, Plan, Referral
from breakup_tui.core.schema_fields import FileKey, Kind, key_fields


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """The plan as nested dicts of TOML values; unset optional keys are left out."""
    return table_to_data(plan)


def referral_to_data(referral: Referral) -> dict[str, Any]:
    return table_to_data(referral)


def table_to_data(instance: Any) -> dict[str, Any]:
    """One dataclass instance as a TOML table, in the order its fields are declared."""
    data: dict[str, Any] = {}
    for f in key_fields(type(instance)):
        value = getattr(instance, f.attribute)
        if value is None or (not f.key.written_when_default and value == f.default):
            continue
        data[f.name] = _value(f.key, value)
    return data


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def _value(key: FileKey, value: Any) -> Any:
    match key.kind:
        case Kind.VERSION:
            # Always today's format: a file read from an older version is saved in the current one.
            return SCHEMA_VERSION
        case Kind.MONEY:
            return str(value)
        case Kind.TEXTS:
            return list(value)
        case Kind.TABLE:
            return table_to_data(value)
        case Kind.TABLES:
            return [table_to_data(entry) for entry in value]
        case Kind.CHOICE_MAP:
            return {k: _plain(value.get(k, key.absent)) for k in key.keys}
        case _:
            return _plain(value)
