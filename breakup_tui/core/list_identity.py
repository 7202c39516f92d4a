"""Which entry of a saved list is which, so a save can keep each entry's hand edits with it.

The forms sort, add, remove and edit entries; the file's entries carry the user's
own keys and comments. Before a save, each new entry is paired with the file entry
it came from: first by every field the app writes, then by the fields that name
the entry (``IDENTITIES``, most telling first), and last, when as many entries are
left unpaired on each side, the leftovers in their order (an entry edited in
place). An entry left without a partner is new, or was removed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

# For each list, the field groups that identify an entry, tried in turn after a full match.
# Each fallback leaves out one field, so an entry whose one field was edited is still found.
IDENTITIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "decide.incidents": (("date", "kind"), ("date", "note"), ("kind", "note")),
    "notice.projects": (("name",), ("due", "plan")),
    "notice.invoices": (("number",), ("amount", "currency", "due")),
    "options.accounts": (("label",),),
    "options.referrals": (("name", "contact"), ("name",), ("contact",)),
    "waffle.pushback": (("kind", "text"), ("kind", "answer"), ("kind",)),
    "referrals": (("name", "contact"), ("name",), ("contact",)),
}


def pair_entries(
    old: Sequence[Mapping[str, Any]],
    new: Sequence[Mapping[str, Any]],
    fields: frozenset[str],
    identities: tuple[tuple[str, ...], ...] = (),
    plain: Callable[[Any], Any] = lambda value: value,
    reads_as: Callable[[str, Any, Any], bool] = lambda key, old, new: False,
) -> list[int | None]:
    """For each entry of ``new``, the index of its entry in ``old``, or ``None`` when it is new.

    ``plain`` turns a value read from the file into a plain one before comparing;
    ``reads_as(key, old, new)`` says whether a file's value that differs in
    spelling (``1.2e3`` for ``"1200"``) still stands for the new one.
    """

    def same(candidate: Mapping[str, Any], entry: Mapping[str, Any], group: tuple[str, ...]) -> bool:
        for key in group:
            old_value, new_value = plain(candidate.get(key)), entry.get(key)
            if old_value != new_value and not reads_as(key, old_value, new_value):
                return False
        return True

    partner: list[int | None] = [None] * len(new)
    taken: set[int] = set()
    for group in (tuple(sorted(fields)), *identities):
        for n, entry in enumerate(new):
            if partner[n] is not None:
                continue
            for o, candidate in enumerate(old):
                if o not in taken and same(candidate, entry, group):
                    partner[n] = o
                    taken.add(o)
                    break
    left_new = [n for n, found in enumerate(partner) if found is None]
    left_old = [o for o in range(len(old)) if o not in taken]
    if left_new and len(left_new) == len(left_old):
        for n, o in zip(left_new, left_old, strict=True):
            partner[n] = o
    return partner
