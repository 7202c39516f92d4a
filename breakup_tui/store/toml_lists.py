"""Saving the app's lists into a tomlkit document, each entry keeping its own hand edits.

Entries are paired with the file's entries by identity (``core.list_identity``), never
by position. A table list (``[[decide.incidents]]``) is rebuilt in the new order from
the very tables of the file, so an entry's unknown keys and inner comments travel
with it; the comment lines right above an entry's header travel with it too (they are
moved into the header's own indent, which tomlkit prints just before the header). A
list written inline stays inline, and a list of plain values (``reasons``) is edited
in place, so comments between its items stay.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Array, InlineTable, Item, Table, Whitespace

from breakup_tui.core.list_identity import IDENTITIES, pair_entries
from breakup_tui.core.same_reading import reads_the_same

Merge = Callable[[MutableMapping[str, Any], dict[str, Any], str, frozenset[str]], None]


def plain(value: Any) -> Any:
    """A value read by tomlkit as the plain Python value the app compares with."""
    return value.unwrap() if isinstance(value, Item) else value


def _body(holder: Any) -> list[tuple[Any, Any]] | None:
    if isinstance(holder, Table):
        return holder.value.body
    if isinstance(holder, Container):
        return holder.body
    return None


def _tail_run(body: list[tuple[Any, Any]], end: int) -> tuple[list[tuple[Any, Any]], int, int]:
    """The body holding the lines printed right before position ``end``, and their run of slots."""
    if end > 0:
        key, item = body[end - 1]
        nested = item.body[-1] if isinstance(item, AoT) and item.body else item
        inner = _body(nested) if key is not None else None
        if inner is not None and not isinstance(nested, InlineTable):
            return _tail_run(inner, len(inner))
    start = end
    while start > 0 and body[start - 1][0] is None:
        start -= 1
    return body, start, end


def _take_leading_lines(body: list[tuple[Any, Any]], end: int) -> str:
    """Remove and return the comment lines that sit right above the header printed at ``end``."""
    run_body, start, stop = _tail_run(body, end)
    if start == stop:
        return ""
    text = "".join(item.as_string() for _, item in run_body[start:stop])
    lines = text.splitlines(keepends=True)
    blank = max((i for i, line in enumerate(lines) if not line.strip()), default=-1)
    kept, leading = "".join(lines[: blank + 1]), "".join(lines[blank + 1 :])
    if leading:
        run_body[start] = (None, Whitespace(kept))
        for slot in range(start + 1, stop):
            run_body[slot] = (None, Whitespace(""))
    return leading


def _give_trailing_lines(table: Table, text: str) -> None:
    if text:
        table.value.append(None, Whitespace(text))


def _ends_with_blank_line(table: Table) -> bool:
    return table.as_string().endswith("\n\n")


def carry_comments(container: MutableMapping[str, Any], existing: AoT) -> None:
    """Give every entry the comment lines above its header, so they go wherever it goes.

    Done before anything else in ``container`` changes: a key added to the table
    would otherwise land between the first entry's comment and its header.
    """
    body = _body(container)
    if body is None:
        return
    old = list(existing.body)
    at = next((i for i, (_, item) in enumerate(body) if item is existing), None)
    if at is None:
        return
    for index, table in enumerate(old):
        holder = _body(old[index - 1]) if index else None
        leading = (
            _take_leading_lines(holder, len(holder)) if holder is not None else _take_leading_lines(body, at)
        )
        table.trivia.indent = leading + table.trivia.indent


def _pair(
    old: list[Any], entries: list[dict[str, Any]], path: str, fields: frozenset[str]
) -> list[int | None]:
    def reads_as(key: str, old_value: Any, new_value: Any) -> bool:
        return reads_the_same(f"{path}.{key}", old_value, new_value)

    return pair_entries(old, entries, fields, IDENTITIES.get(path, ()), plain, reads_as)


def merge_table_list(
    container: MutableMapping[str, Any],
    key: str,
    existing: AoT,
    entries: list[dict[str, Any]],
    path: str,
    fields: frozenset[str],
    merge: Merge,
) -> None:
    carry_comments(container, existing)
    old = list(existing.body)
    # Comment lines after the last entry belong to whatever follows the list.
    after = _take_leading_lines(old[-1].value.body, len(old[-1].value.body)) if old else ""
    partner = _pair(old, entries, path, fields)
    tables: list[Table] = []
    for entry, found in zip(entries, partner, strict=True):
        table = old[found] if found is not None else tomlkit.table()
        merge(table, entry, path, fields)
        tables.append(table)
    if not tables:
        del container[key]
        if after and isinstance(container, Table | Container):
            # The lines belong to what followed the list, which now follows the table holding it.
            container.add(Whitespace(after))
        return
    for table in tables[:-1]:
        # A blank line before every header keeps the file easy to read.
        if not _ends_with_blank_line(table):
            table.value.append(None, Whitespace("\n"))
    _give_trailing_lines(tables[-1], after)
    container[key] = AoT(tables, name=key, parsed=True)


def merge_inline_list(
    container: MutableMapping[str, Any],
    key: str,
    existing: Array,
    entries: list[dict[str, Any]],
    path: str,
    fields: frozenset[str],
    merge: Merge,
) -> None:
    """A list written inline (``incidents = [{…}]``) stays inline, each entry keeping its own keys."""
    old = [item for item in existing if isinstance(item, InlineTable)]
    partner = _pair(old, entries, path, fields)
    for entry, found in zip(entries, partner, strict=True):
        if found is not None:
            merge(old[found], entry, path, fields)
    kept = [found for found in partner if found is not None]
    if kept == sorted(kept):
        # Same order: remove and append in place, so comments inside the array stay.
        for index in sorted(set(range(len(old))) - set(kept), reverse=True):
            del existing[index]
        for entry, found in zip(entries, partner, strict=True):
            if found is None:
                existing.append(_inline(entry, path, fields, merge))
        return
    rebuilt = tomlkit.array()
    rebuilt.multiline("\n" in existing.as_string())
    for entry, found in zip(entries, partner, strict=True):
        rebuilt.append(old[found] if found is not None else _inline(entry, path, fields, merge))
    container[key] = rebuilt


def _inline(entry: dict[str, Any], path: str, fields: frozenset[str], merge: Merge) -> InlineTable:
    table = tomlkit.inline_table()
    merge(table, entry, path, fields)
    return table


def merge_value_list(
    container: MutableMapping[str, Any], key: str, existing: Array, values: list[Any]
) -> None:
    """Edit a list of plain values in place, so comments between its items stay."""
    current = [plain(item) for item in existing]
    if current == values:
        return
    wanted = list(values)
    for index in reversed(range(len(current))):
        if current[index] in wanted:
            wanted.remove(current[index])
        else:
            del existing[index]
    position = 0
    for value in values:
        here = [plain(item) for item in existing]
        if position < len(here) and here[position] == value:
            position += 1
            continue
        existing.insert(position, value)
        position += 1
    if [plain(item) for item in existing] != values:
        container[key] = values
