"""The client list, remembered beside the files, so the home screen opens without parsing them all.

Each entry holds one file's summary and the file's signature when it was read
(modification and change times in nanoseconds, size, inode). An entry is used
only while the file still has exactly that signature, and a last day computed
from today only on that same day; anything else is read again from the file.
Damaged files are never remembered, so their reason is always the current one,
in the current language. The cache is only a shortcut: a missing, damaged or
foreign cache file is ignored and replaced, and failing to write it is never an
error. It is written atomically and privately (0600), like the client files.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from breakup_tui import __version__
from breakup_tui.core.plan import STEP_IDS, Verdict
from breakup_tui.core.summary import ClientSummary
from breakup_tui.store.files import atomic_write

# Change when the entries change shape or meaning; an older cache is then ignored.
CACHE_FORMAT = 1
SUFFIX = ".toml"
# A file written this recently may change again without its times moving (coarse file-system
# clocks), so it is read again next time rather than remembered.
SETTLE_NS = 2_000_000_000
# Far beyond what a hundred thousand clients need; a larger file is not ours.
MAX_CACHE_BYTES = 64 * 1024 * 1024

# Shared copies of the few strings every entry repeats; also the values an entry may hold.
_VERDICTS = {v.value: v.value for v in Verdict}
_STEPS = {step: step for step in STEP_IDS}


def is_client_file(name: str) -> bool:
    """A client file's name: ``<stem>.toml``, never hidden (temporary files are)."""
    return name.endswith(SUFFIX) and not name.startswith(".")


def client_files(folder: Path) -> Iterator[tuple[str, str | None]]:
    """Each client file's stem and signature (None when it is not a regular file one can stat)."""
    try:
        entries = os.scandir(folder)
    except OSError:
        return
    with entries:
        for entry in entries:
            if not is_client_file(entry.name):
                continue
            stem = entry.name[: -len(SUFFIX)]
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                yield stem, None
                continue
            if not stat.S_ISREG(info.st_mode):
                yield stem, None
            else:
                yield stem, f"{info.st_mtime_ns}-{info.st_ctime_ns}-{info.st_size}-{info.st_ino}"


def _settled(signature: str, started_ns: int) -> bool:
    mtime, ctime = signature.split("-")[:2]
    return max(int(mtime), int(ctime)) < started_ns - SETTLE_NS


# -- the file ----------------------------------------------------------------


def _entry_to_json(stem: str, signature: str, s: ClientSummary) -> list[Any]:
    return [
        stem,
        signature,
        s.name,
        s.verdict,
        s.current,
        s.steps_done,
        s.last_day.isoformat() if s.last_day else None,
        s.updated.isoformat() if s.updated else None,
        s.last_day_as_of.isoformat() if s.last_day_as_of else None,
    ]


def _optional(kind: Callable[[str], Any], value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    return kind(value)


def _entry_from_json(raw: Any) -> tuple[str, str, ClientSummary]:
    """One entry, checked as strictly as a client file: a wrong shape raises ``ValueError``."""
    stem, signature, name, verdict, current, steps_done, last_day, updated, as_of = raw
    if not (isinstance(stem, str) and isinstance(signature, str) and isinstance(name, str) and name.strip()):
        raise ValueError(raw)
    if (
        isinstance(steps_done, bool)
        or not isinstance(steps_done, int)
        or not 0 <= steps_done <= len(STEP_IDS)
    ):
        raise ValueError(raw)
    summary = ClientSummary(
        file=stem,
        name=name,
        verdict=_VERDICTS[verdict],
        current=_STEPS[current],
        steps_done=steps_done,
        last_day=_optional(date.fromisoformat, last_day),
        updated=_optional(datetime.fromisoformat, updated),
        last_day_as_of=_optional(date.fromisoformat, as_of),
    )
    return stem, signature, summary


def _read_json(path: Path) -> Any:
    # No links followed and nothing huge read: the folder is the user's, the file only ours.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
            return None
        return json.loads(handle.read(MAX_CACHE_BYTES + 1))


def load_cache(path: Path) -> dict[str, tuple[str, ClientSummary]]:
    """The remembered summaries by stem; empty when the cache is missing, damaged or not ours."""
    try:
        data = _read_json(path)
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or data.get("app") != __version__:
        return {}
    entries = data.get("entries")
    if not isinstance(entries, list):
        return {}
    cached: dict[str, tuple[str, ClientSummary]] = {}
    for raw in entries:
        try:
            stem, signature, summary = _entry_from_json(raw)
        except (ValueError, TypeError, KeyError):
            continue  # one bad entry costs one file read, nothing more
        cached[stem] = (signature, summary)
    return cached


def save_cache(path: Path, entries: dict[str, tuple[str, ClientSummary]]) -> None:
    """Write the cache atomically and privately; a failure only means a slower start next time."""
    data = {
        "format": CACHE_FORMAT,
        "app": __version__,
        "entries": [_entry_to_json(stem, sig, summary) for stem, (sig, summary) in entries.items()],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(OSError):
        atomic_write(path, text)


# -- the list ----------------------------------------------------------------


def cached_summaries(
    folder: Path, cache_file: Path, today: date, read: Callable[[str], ClientSummary]
) -> list[ClientSummary]:
    """Every client file's summary, from the cache where it is still true, else from ``read(stem)``."""
    started_ns = time.time_ns()
    cached = load_cache(cache_file)
    kept: dict[str, tuple[str, ClientSummary]] = {}
    summaries: list[ClientSummary] = []
    changed = False
    for stem, signature in client_files(folder):
        remembered = cached.pop(stem, None)
        if (
            remembered is not None
            and signature is not None
            and remembered[0] == signature
            and remembered[1].last_day_as_of in (None, today)
        ):
            summaries.append(remembered[1])
            kept[stem] = remembered
            continue
        summary = read(stem)
        summaries.append(summary)
        if not summary.damaged and signature is not None and _settled(signature, started_ns):
            kept[stem] = (signature, summary)
            changed = True
        elif remembered is not None:
            changed = True  # a stale entry goes
    if cached:
        changed = True  # files that are gone
    if changed:
        save_cache(cache_file, kept)
    return summaries
