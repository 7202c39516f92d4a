"""Whether a value in a file still says what the plan says, however the user spelt it.

The codec reads some values more loosely than it writes them: an amount may be
a number or a string in any digits (``1e11``, ``1_000``, ``"١٢٠٠"``), a day may
carry a time. A save leaves such a value as the file has it while it reads as
the plan's value, so a value the user did not change keeps its spelling.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from breakup_tui.core.table_reader import PlanError, TableReader

# The keys the codec reads with ``TableReader.money``, by their path in the file.
MONEY_KEYS = frozenset({"notice.invoices.amount"})


def reads_the_same(path: str, old: Any, new: Any) -> bool:
    """True when ``old``, read by the codec's rule for ``path``, is the value ``new`` stands for."""
    if old is None:
        return False
    key = path.rpartition(".")[2]
    try:
        if path in MONEY_KEYS:
            return TableReader({key: old}, path).money(key) == TableReader({key: new}, path).money(key)
        if isinstance(new, date) and not isinstance(new, datetime) and isinstance(old, datetime):
            return TableReader({key: old}, path).day(key) == new
    except PlanError:
        return False
    return False
