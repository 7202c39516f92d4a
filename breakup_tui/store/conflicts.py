"""Copies a sync tool leaves when two machines changed one client file.

The patterns, as each tool names the copy it keeps beside the original:

- Syncthing: ``acme.sync-conflict-20261202-101010-ABCDEFG.toml`` (date, time,
  and the first characters of the device that made the change);
- Dropbox: ``acme (conflicted copy).toml``, ``acme (Jane's conflicted copy
  2026-12-02).toml``;
- Nextcloud (and its desktop client's relatives): ``acme (conflicted copy
  2026-12-02 101010).toml``;
- OneDrive: ``acme-DESKTOP-AB12CD.toml``, the computer's name appended.

A copy is recognised only when its original exists beside it; it is never
merged, renamed or deleted by the app: the user compares the two and decides.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_SYNCTHING = re.compile(r"^(?P<original>.+)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]+)?$")
_CONFLICTED_COPY = re.compile(
    r"^(?P<original>.+?) \((?:[^()]+?'s )?conflicted copy(?: \d{4}-\d{2}-\d{2}(?: \d{6})?)?(?: \(\d+\))?\)$",
    re.IGNORECASE,
)
# A computer name as OneDrive appends it: capitals, digits and hyphens. Our own file names
# are lowercase, so "acme-studio" is never taken for "acme" copied on a machine called "studio".
_ONEDRIVE_HOST = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,62}$")


def original_of(stem: str, stems: Collection[str]) -> str | None:
    """The stem ``stem`` is a sync conflict copy of, when that original exists; else None."""
    # Called for every file at each listing: the cheap tests on the name come first.
    for marker, pattern in (("sync-conflict", _SYNCTHING), ("(", _CONFLICTED_COPY)):
        match = pattern.match(stem) if marker in stem else None
        if match and match["original"] in stems:
            return match["original"]
    cut = stem.rfind("-")
    while cut > 0:
        host = stem[cut + 1 :]
        if stem[:cut] in stems and _ONEDRIVE_HOST.match(host) and not host.isdigit():
            return stem[:cut]
        cut = stem.rfind("-", 0, cut)
    return None
