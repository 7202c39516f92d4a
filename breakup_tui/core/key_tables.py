"""The documented key tables of docs/file-format.md, derived from the plan's dataclasses.

One Markdown table per table of the file (``""`` is the top level); each row
is a key with its type, as the reader checks it, and its one-line meaning.
"""

from __future__ import annotations

from breakup_tui.core.plan import Plan
from breakup_tui.core.schema_fields import FileKey, KeyField, Kind, key_fields, listed

HEADER = "| key | type | meaning |\n|---|---|---|\n"


def key_tables() -> dict[str, str]:
    """Each table of the client file, by its path, as a Markdown table of its keys."""
    tables = {"": HEADER + "".join(_row(f"`{f.name}`", f) for f in key_fields(Plan) if not _is_table(f))}
    for f in key_fields(Plan):
        if _is_table(f) and f.key.of is not None:
            tables[f.name] = HEADER + "".join(_rows(f.key.of, f.name))
    return tables


def _is_table(f: KeyField) -> bool:
    return f.key.kind is Kind.TABLE


def _rows(cls: type, path: str) -> list[str]:
    rows = []
    for f in key_fields(cls):
        key = f.key
        if key.kind is Kind.TABLES and key.of is not None:
            rows.append(_row(f"`[[{path}.{f.name}]]`", f))
            rows += [_row(f"`{f.name}.{entry.name}`", entry) for entry in key_fields(key.of)]
        elif key.kind is Kind.CHOICE_MAP:
            rows.append(_row(f"`{f.name}.<{key.placeholder}>`", f))
        else:
            rows.append(_row(f"`{f.name}`", f))
    return rows


def _row(name: str, f: KeyField) -> str:
    meaning = f.key.doc
    if f.key.kind is Kind.CHOICE_MAP:
        meaning += f"; the {f.key.placeholder}s: {listed(f.key.keys)}"
    return f"| {name} | {type_of(f)} | {meaning} |\n"


def type_of(f: KeyField) -> str:
    """The type column: what the reader accepts, then whether it must be there or what its absence means."""
    words = _kind_words(f.key)
    if f.key.required:
        return f"{words}, required"
    if f.key.kind in (Kind.TEXT, Kind.INTEGER, Kind.CHOICE) and f.default not in (None, ""):
        return f"{words}, default `{f.default}`"
    return words


def _kind_words(key: FileKey) -> str:
    match key.kind:
        case Kind.VERSION | Kind.INTEGER if key.high is None:
            return "integer"
        case Kind.INTEGER:
            return f"integer {key.low}–{key.high}"
        case Kind.CHOICE | Kind.CHOICE_MAP:
            return " \\| ".join(f"`{c}`" for c in key.choices)
        case Kind.DAY:
            return "date"
        case Kind.MOMENT:
            return "date-time"
        case Kind.TEXTS:
            return "list of texts"
        case Kind.MONEY:
            return "decimal text"
        case Kind.TABLES:
            return "table list"
        case _:
            return key.kind.value
