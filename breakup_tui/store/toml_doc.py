"""Writing a plan into a tomlkit document without losing what the user wrote by hand.

Values the app owns are updated in place (so comments and order survive), and
left as they are while they still read as the plan's value (``core.same_reading``);
keys the app does not know are never touched; a known key the plan no longer
sets is removed. Lists are merged entry by entry, by identity (``toml_lists``).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, InlineTable, Table

from breakup_tui.core.codec import ITEM_KEYS, KNOWN_KEYS
from breakup_tui.core.same_reading import reads_the_same
from breakup_tui.store.toml_lists import (
    carry_comments,
    merge_inline_list,
    merge_table_list,
    merge_value_list,
    plain,
)
from breakup_tui.store.toml_strings import toml_text


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _is_inline_table_list(value: Any) -> bool:
    return isinstance(value, Array) and all(isinstance(v, InlineTable) for v in value)


def merge_into(
    container: MutableMapping[str, Any],
    data: dict[str, Any],
    path: str = "",
    known: frozenset[str] | None = None,
) -> None:
    """Make ``container`` hold ``data`` while keeping unknown keys and comments."""
    if known is None:
        known = KNOWN_KEYS.get(path, frozenset(data))
    for key in list(container.keys()):
        if key in known and isinstance(container[key], AoT):
            carry_comments(container, container[key])
    for key in list(container.keys()):
        if key in known and key not in data:
            del container[key]
    for key, value in data.items():
        sub = f"{path}.{key}" if path else key
        existing = container.get(key)
        if isinstance(value, dict):
            if isinstance(existing, Table | MutableMapping) and not isinstance(existing, AoT):
                merge_into(existing, value, sub)
            else:
                table = tomlkit.table()
                merge_into(table, value, sub)
                container[key] = table
        elif _is_table_list(value) or (isinstance(value, list) and isinstance(existing, AoT)):
            _merge_entries(container, key, existing, value, sub)
        elif isinstance(value, list) and isinstance(existing, Array) and not _is_inline_table_list(existing):
            merge_value_list(container, key, existing, value)
        elif isinstance(value, list) and isinstance(existing, Array) and len(existing):
            _merge_entries(container, key, existing, value, sub)
        elif not _same(existing, value) and not reads_the_same(sub, plain(existing), value):
            container[key] = toml_text(value) if isinstance(value, str) else value


def _merge_entries(
    container: MutableMapping[str, Any], key: str, existing: Any, entries: list[dict[str, Any]], path: str
) -> None:
    fields = ITEM_KEYS.get(path, frozenset())
    if isinstance(existing, AoT):
        merge_table_list(container, key, existing, entries, path, fields, merge_into)
    elif _is_inline_table_list(existing) and len(existing):
        merge_inline_list(container, key, existing, entries, path, fields, merge_into)
    else:
        aot = tomlkit.aot()
        for entry in entries:
            table = tomlkit.table()
            merge_into(table, entry, path, fields)
            aot.append(table)
        container[key] = aot


def _same(old: Any, new: Any) -> bool:
    """Equal values are left alone, so their formatting and trailing comments stay."""
    if old is None:
        return False
    if isinstance(old, bool) or isinstance(new, bool):
        # True == 1 in Python, but not in a TOML file.
        return isinstance(old, bool) and isinstance(new, bool) and bool(old) == new
    return bool(old == new)


def render(document: tomlkit.TOMLDocument | None, data: dict[str, Any]) -> tuple[tomlkit.TOMLDocument, str]:
    """Merge ``data`` into ``document`` (or a new one) and return it with its text."""
    doc = document if document is not None else tomlkit.document()
    merge_into(doc, data)
    return doc, tomlkit.dumps(doc)
