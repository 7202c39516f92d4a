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
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from breakup_tui import __version__
from breakup_tui.core.plan_vocabulary import STEP_IDS, Verdict
from breakup_tui.core.summary import ClientSummary
from breakup_tui.core.wrapup_action import KINDS, Action
from breakup_tui.store.files import atomic_write

# Change when the entries change shape or meaning; an older cache is then ignored.
CACHE_FORMAT = 3
SUFFIX = ".toml"
# A file written this recently may change again without its times moving (coarse file-system
# clocks), so it is read again next time rather than remembered.
SETTLE_NS = 2_000_000_000
# Far beyond what a hundred thousand clients need; a larger file is not ours.
MAX_CACHE_BYTES = 64 * 1024 * 1024

# Verdicts and steps are stored as their index here, dates as ordinals: small numbers cost
# least to read back, and an index outside these lists marks an entry as not ours.
_VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict)
_NO_DAY = 0
_ALL_DONE = -1
ENTRY_LENGTH = 13
_TIMEZONES: dict[str, tzinfo] = {}  # one shared tzinfo per offset, not one per client


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
#
# {"format": 1, "app": "<version>", "entries": [[stem, signature, name, verdict index,
#  step index, steps done, last day ordinal or 0, updated ISO or null, as-of ordinal or 0,
#  wrap-up actions [[kind, subject, due ordinal or 0, chased], ...], ended ordinal or 0,
#  first step not done as its index or -1 when none is left, sent ordinal or 0], ...]}


def _ordinal(day: date | None) -> int:
    return day.toordinal() if day else _NO_DAY


def _day(ordinal: Any) -> date | None:
    if ordinal == _NO_DAY and type(ordinal) is int:
        return None
    if type(ordinal) is not int:
        raise ValueError(ordinal)
    return date.fromordinal(ordinal)


def _moment(text: Any) -> datetime | None:
    if text is None:
        return None
    if type(text) is not str:
        raise ValueError(text)
    moment = datetime.fromisoformat(text)
    offset = text[-6:]  # "+01:00" (a plain key is cheaper to hash than the tzinfo itself)
    if moment.tzinfo is None or offset[0] not in "+-" or offset[3] != ":":
        return moment
    return moment.replace(tzinfo=_TIMEZONES.setdefault(offset, moment.tzinfo))


def _entry_to_json(stem: str, signature: str, s: ClientSummary) -> list[Any]:
    return [
        stem,
        signature,
        s.name,
        _VERDICTS.index(s.verdict or Verdict.UNDECIDED.value),
        STEP_IDS.index(s.current or STEP_IDS[0]),
        s.steps_done,
        _ordinal(s.last_day),
        s.updated.isoformat() if s.updated else None,
        _ordinal(s.last_day_as_of),
        [[a.kind, a.subject, _ordinal(a.due), a.chased] for a in s.actions],
        _ordinal(s.ended_on),
        STEP_IDS.index(s.next_step) if s.next_step else _ALL_DONE,
        _ordinal(s.sent_on),
    ]


def _actions(raw: Any) -> tuple[Action, ...]:
    if type(raw) is not list:
        raise ValueError(raw)
    actions = []
    for kind, subject, due, chased in raw:
        if kind not in KINDS or type(subject) is not str or type(chased) is not bool:
            raise ValueError(raw)
        actions.append(Action(kind, subject, _day(due), chased))
    return tuple(actions)


def _summary_from_json(raw: list[Any]) -> ClientSummary:
    """One remembered summary, checked as strictly as a client file: a wrong shape raises ``ValueError``."""
    stem, _, name, verdict, current, steps_done, last_day, updated, as_of, actions, ended, next_step, sent = (
        raw
    )
    # type(...) is int: a JSON true or false is not a number here.
    if not (
        type(name) is str
        and name.strip()
        and type(verdict) is int
        and 0 <= verdict < len(_VERDICTS)
        and type(current) is int
        and 0 <= current < len(STEP_IDS)
        and type(steps_done) is int
        and 0 <= steps_done <= len(STEP_IDS)
        and type(next_step) is int
        and _ALL_DONE <= next_step < len(STEP_IDS)
    ):
        raise ValueError(raw)
    return ClientSummary(
        stem,
        name,
        _VERDICTS[verdict],
        STEP_IDS[current],
        steps_done,
        _day(last_day),
        _moment(updated),
        False,
        None,
        _day(as_of),
        _actions(actions),
        _day(ended),
        None if next_step == _ALL_DONE else STEP_IDS[next_step],
        _day(sent),
    )


def _read_json(path: Path) -> Any:
    # No links followed and nothing huge read: the folder is the user's, the file only ours.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
            return None
        # read(n) sets n bytes aside before it reads: ask for the size, not the limit.
        return json.loads(handle.read(info.st_size))


def load_cache(path: Path, country: str | None = None) -> dict[str, list[Any]]:
    """The remembered entries by stem, unchecked; empty when the cache is missing, damaged or not ours.

    Last days depend on the country's holidays: a cache made for another country is not used.
    """
    try:
        data = _read_json(path)
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or data.get("app") != __version__:
        return {}
    if data.get("country") != country:
        return {}
    entries = data.get("entries")
    if not isinstance(entries, list):
        return {}
    return {
        raw[0]: raw
        for raw in entries
        if isinstance(raw, list)
        and len(raw) == ENTRY_LENGTH
        and isinstance(raw[0], str)
        and isinstance(raw[1], str)
    }


def save_cache(path: Path, entries: list[tuple[str, str, ClientSummary]], country: str | None = None) -> None:
    """Write the cache atomically and privately; a failure only means a slower start next time."""
    data = {
        "format": CACHE_FORMAT,
        "app": __version__,
        "country": country,
        "entries": [_entry_to_json(stem, signature, summary) for stem, signature, summary in entries],
    }
    # ASCII JSON: a file name that is not UTF-8 (``bad\xff.toml`` on Linux) reaches us with
    # surrogate escapes, which only \uXXXX escapes can carry; json.loads gives back the same name.
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    with contextlib.suppress(OSError):
        atomic_write(path, text)


# -- the list ----------------------------------------------------------------


def _still_true(raw: list[Any] | None, signature: str | None, today: date) -> ClientSummary | None:
    """The remembered summary, if the file is exactly as it was and the summary holds today."""
    if raw is None or signature is None or raw[1] != signature:
        return None
    try:
        summary = _summary_from_json(raw)
    except (ValueError, TypeError, OverflowError):
        return None  # one bad entry costs one file read, nothing more
    if summary.last_day_as_of not in (None, today):
        return None  # a last day computed from another day's date
    return summary


def cached_summaries(
    folder: Path,
    cache_file: Path,
    today: date,
    read: Callable[[str], ClientSummary],
    now_ns: Callable[[], int] = time.time_ns,
    country: str | None = None,
) -> list[ClientSummary]:
    """Every client file's summary, from the cache where it is still true, else from ``read(stem)``."""
    started_ns = now_ns()
    remembered = load_cache(cache_file, country)
    kept: list[tuple[str, str, ClientSummary]] = []
    summaries: list[ClientSummary] = []
    changed = False
    for stem, signature in client_files(folder):
        raw = remembered.pop(stem, None)
        summary = _still_true(raw, signature, today)
        if summary is None:
            summary = read(stem)
            changed = changed or raw is not None  # a stale entry goes
            if not summary.damaged and signature is not None and _settled(signature, started_ns):
                kept.append((stem, signature, summary))
                changed = True
        elif signature is not None:
            kept.append((stem, signature, summary))
        summaries.append(summary)
    if changed or remembered:  # what is left over: files that are gone
        save_cache(cache_file, kept, country)
    return summaries
