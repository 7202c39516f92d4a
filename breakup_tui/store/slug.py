"""File names made safely from any client name: no separators, no dots in front, no device names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

MAX_SLUG = 48
_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


def slugify(name: str) -> str:
    """A lowercase ASCII stem from ``name``; ``client`` when nothing usable is left."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
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
