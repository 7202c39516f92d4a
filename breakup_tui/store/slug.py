"""File names made safely from any client name: no separators, no dots in front, no device names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

MAX_SLUG = 48
_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


def slugify(name: str) -> str:
    """A lowercase ASCII stem from ``name``; ``client`` when nothing usable is left."""
    # anyascii, not text-unidecode: it covers every script (Cyrillic, Greek, CJK, Arabic…) from
    # one maintained table with no dependencies and a permissive licence, and turns "ß" into
    # "ss" and "Ø" into "O" where dropping accents alone would lose those letters.
    from anyascii import anyascii  # here: only new files need it, not start-up

    # Symbols (emoji) are dropped first: anyascii would spell them out as words.
    letters = "".join(
        c for c in unicodedata.normalize("NFC", name) if not unicodedata.category(c).startswith("S")
    )
    ascii_name = anyascii(letters)
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:MAX_SLUG].strip("-")
    if not slug:
        slug = "client"
    if slug.split("-")[0] in _RESERVED and slug.split("-")[0] == slug:
        slug = f"{slug}-client"
    return slug


def unique_slug(name: str, taken: Collection[str]) -> str:
    """``slugify(name)``, with ``-2``, ``-3``… added until no existing stem has it (any case)."""
    lowered = {stem.lower() for stem in taken}
    base = slugify(name)
    candidate = base
    n = 2
    while candidate in lowered:
        suffix = f"-{n}"
        candidate = base[: MAX_SLUG - len(suffix)].rstrip("-") + suffix
        n += 1
    return candidate
