"""Writing a plan into a tomlkit document without losing what the user wrote by hand.

Values the app owns are updated in place (so comments and order survive);
keys the app does not know are never touched; a known key the plan no longer
sets is removed.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table

from breakup_tui.core.codec import KNOWN_KEYS

# The keys of each array-of-tables entry, by the array's path.
ITEM_KEYS: dict[str, frozenset[str]] = {
    "decide.incidents": frozenset({"date", "kind", "note"}),
    "notice.projects": frozenset({"name", "due", "plan"}),
    "notice.invoices": frozenset({"number", "amount", "currency", "due", "paid"}),
    "options.accounts": frozenset({"label"}),
    "options.referrals": frozenset({"name", "contact", "speciality"}),
    "waffle.pushback": frozenset({"kind", "answer", "text"}),
    "referrals": frozenset({"name", "contact", "speciality"}),
    "wrapup.items": frozenset({"key", "state", "on", "chased_on"}),
}


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


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
        elif _is_table_list(value):
            item_keys = ITEM_KEYS.get(sub, frozenset())
            if isinstance(existing, AoT) and len(existing) == len(value):
                for old, new in zip(existing, value, strict=True):
                    merge_into(old, new, sub, item_keys)
            else:
                aot = tomlkit.aot()
                for new in value:
                    table = tomlkit.table()
                    merge_into(table, new, sub, item_keys)
                    aot.append(table)
                container[key] = aot
        elif isinstance(value, list) and not value and isinstance(existing, AoT):
            del container[key]
        elif not _same(existing, value):
            container[key] = value


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
