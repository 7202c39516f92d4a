"""Reading a plan from parsed TOML, key by key as the plan's dataclasses declare them.

``plan_from_data`` accepts what ``tomllib`` or ``tomlkit`` parsed and raises
``PlanError`` with a reason a person can read when anything is the wrong shape;
every reason names the key's path in the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import SCHEMA_VERSION, Plan, Referral
from breakup_tui.core.schema_fields import KeyField, Kind, key_fields, reading_order
from breakup_tui.core.table_reader import FutureSchemaError, PlanError, TableReader

T = TypeVar("T")


def check_schema_version(data: Mapping[str, Any]) -> int:
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanError(t("file_error.no_schema_version"))
    if version > SCHEMA_VERSION:
        raise FutureSchemaError(t("file_error.future_schema", version=version, known=SCHEMA_VERSION))
    if version < 1:
        raise PlanError(t("file_error.no_schema_version"))
    return int(version)


def plan_from_data(data: Any) -> Plan:
    """Build a plan from parsed TOML, or raise ``PlanError`` saying what is wrong."""
    return read_table(Plan, TableReader(data, ""))


def referrals_from_data(data: Any) -> list[Referral]:
    """The entries of the shared referral book (referrals.toml), or ``PlanError`` saying what is wrong."""
    root = TableReader(data, "")
    if root.data.get("schema_version") is not None:
        check_schema_version(root.data)
    return [read_table(Referral, r) for r in root.tables("referrals")]


def read_table(cls: type[T], reader: TableReader) -> T:
    """An instance of the dataclass ``cls`` from one table, each key checked as its field declares."""
    for f in key_fields(cls):
        if f.key.shape_first:
            reader.table(f.name)
    # The format's version is checked first, so a newer file is recognised before any key is read.
    return cls(**{f.attribute: _read_key(reader, f) for f in reading_order(cls)})


def _read_key(r: TableReader, f: KeyField) -> Any:
    key, name = f.key, f.name
    match key.kind:
        case Kind.VERSION:
            return check_schema_version(r.data)
        case Kind.TEXT:
            written = r.optional_text(name) if f.default is None and not key.required else r.text(name)
            if key.required and not (written or "").strip():
                raise PlanError(t(key.missing, key=r.where(name)))
            # A key with a default of its own reads an empty value as that default.
            value = (written or f.default) if f.default else written
            return key.upgrade(value) if key.upgrade else value
        case Kind.INTEGER:
            number = r.integer(name, key.low, key.high)
            return f.default if number is None else number
        case Kind.BOOLEAN:
            return r.boolean(name)
        case Kind.CHOICE:
            chosen = r.choice(name, key.choices, None if f.default is None else str(f.default))
            return key.enum(chosen) if key.enum and chosen is not None else chosen
        case Kind.DAY:
            when = r.day(name)
            if key.required and when is None:
                raise PlanError(t(key.missing, key=r.where(name)))
            return when
        case Kind.MOMENT:
            return r.moment(name)
        case Kind.TEXTS:
            return r.texts(name)
        case Kind.MONEY:
            return r.money(name)
        case Kind.TABLE:
            assert key.of is not None
            return read_table(key.of, r.table(name))
        case Kind.TABLES:
            assert key.of is not None
            return [read_table(key.of, entry) for entry in r.tables(name)]
        case Kind.CHOICE_MAP:
            return _read_choice_map(r.table(name), f)


def _read_choice_map(r: TableReader, f: KeyField) -> dict[str, Any]:
    """Each fixed key's choice; one the file leaves out holds the field's ``absent`` value."""
    key = f.key
    values = {k: r.choice(k, key.choices, key.absent) or key.absent for k in key.keys}
    return {k: key.enum(v) for k, v in values.items()} if key.enum else values
