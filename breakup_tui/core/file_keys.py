"""The keys the app owns in its files, by table path, derived from the plan's dataclasses.

The store removes a known key the plan no longer sets and keeps every other
key, which is the user's. ``KNOWN_KEYS`` names the keys of each table
(``""`` is the top of the file); ``ITEM_KEYS`` the keys of each entry of a list
of tables, by the list's path.
"""

from __future__ import annotations

from breakup_tui.core.plan import Plan, Referral
from breakup_tui.core.schema_fields import Kind, key_fields


def _names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in key_fields(cls))


def _walk(cls: type, path: str, tables: dict[str, frozenset[str]], lists: dict[str, frozenset[str]]) -> None:
    tables[path] = _names(cls)
    for f in key_fields(cls):
        sub = f"{path}.{f.name}" if path else f.name
        if f.key.kind is Kind.TABLE and f.key.of is not None:
            _walk(f.key.of, sub, tables, lists)
        elif f.key.kind is Kind.CHOICE_MAP:
            tables[sub] = frozenset(f.key.keys)
        elif f.key.kind is Kind.TABLES and f.key.of is not None:
            lists[sub] = _names(f.key.of)


KNOWN_KEYS: dict[str, frozenset[str]] = {}
ITEM_KEYS: dict[str, frozenset[str]] = {}
_walk(Plan, "", KNOWN_KEYS, ITEM_KEYS)
# The shared referral book holds one list at its top.
ITEM_KEYS["referrals"] = _names(Referral)
