"""Two versions of a file, line against line: only the lines that differ, for a person to compare.

Line endings are left out of the comparison (a sync tool on another system may
write CRLF), so two files that differ only in them have no differing rows.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from itertools import zip_longest


@dataclass(frozen=True)
class DiffRow:
    """One line of each side (numbered from 1), or None where that side has no line here."""

    left_number: int | None
    left: str | None
    right_number: int | None
    right: str | None


def differing_rows(left: str, right: str) -> list[DiffRow | None]:
    """The rows that differ, in file order; ``None`` between runs, where equal lines are left out."""
    left_lines, right_lines = left.splitlines(), right.splitlines()
    # No junk heuristic: in a small file a line repeated often (a blank line) still counts.
    matcher = difflib.SequenceMatcher(None, left_lines, right_lines, autojunk=False)
    rows: list[DiffRow | None] = []
    for tag, left_start, left_end, right_start, right_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        if rows:
            rows.append(None)
        left_run = range(left_start, left_end)
        right_run = range(right_start, right_end)
        for at_left, at_right in zip_longest(left_run, right_run):
            rows.append(
                DiffRow(
                    None if at_left is None else at_left + 1,
                    None if at_left is None else left_lines[at_left],
                    None if at_right is None else at_right + 1,
                    None if at_right is None else right_lines[at_right],
                )
            )
    return rows
