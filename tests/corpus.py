"""Damaged and hostile client files, built by the tests themselves.

Each entry knows how to put itself into a clients folder and which words its
reason must contain. ``wrong_type_files`` gives one file per key the app
writes, with that key holding a value of the wrong type.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import tomlkit

from breakup_tui.core.codec import plan_to_data
from breakup_tui.core.plan import Plan, Pushback, Wrapup, WrapupTick
from breakup_tui.core.schema_fields import Kind, key_fields
from tests.factories import filled_plan

BIG_FILE_BYTES = 50 * 1024 * 1024
# A file the simulated permission check refuses: root reads any file whatever its mode.
UNREADABLE_STEM = "locked-away"


def complete_plan(name: str = "Acme Studio") -> Plan:
    """A plan in which every key the app can write holds a value."""
    plan = filled_plan(name)
    plan.notice.last_day = date(2026, 12, 18)
    plan.waffle.pushback.append(Pushback("other", "No, thank you.", "What if we paid double?"))
    plan.options.interim_tools = "Trello"
    plan.client.greeting = "Jane"
    plan.converse.outcome = "They took it well."
    plan.writing.to = "jane@acme.example"
    plan.writing.subject = "Our work together"
    plan.writing.body = "Dear Jane,\n\nThank you."
    plan.writing.based_on = "abc123"
    plan.writing.previous_body = "Dear Jane,"
    plan.writing.sent_on = date(2026, 12, 3)
    plan.wrapup = Wrapup(
        started_on=date(2026, 12, 1),
        ticks=[WrapupTick("invoice:INV-104", "done", date(2026, 12, 9), date(2026, 12, 7))],
    )
    plan.progress.updated = datetime.fromisoformat("2026-11-26T10:00:00+01:00")
    fill_unset(plan)
    return plan


# A value of each kind for a key the plan above leaves unset, so a key declared later is covered too.
_SAMPLE_VALUES: dict[Kind, Any] = {
    Kind.TEXT: "filled in",
    Kind.DAY: date(2026, 12, 1),
    Kind.MOMENT: datetime.fromisoformat("2026-12-01T09:00:00+01:00"),
}


def fill_unset(instance: Any) -> None:
    """Give every optional key still unset in ``instance`` (and the tables it holds) a value of its kind."""
    for f in key_fields(type(instance)):
        value = getattr(instance, f.attribute)
        if value is None:
            sample = f.key.low if f.key.kind is Kind.INTEGER else _SAMPLE_VALUES.get(f.key.kind)
            setattr(instance, f.attribute, f.key.choices[0] if f.key.choices else sample)
        elif f.key.kind is Kind.TABLE:
            fill_unset(value)
        elif f.key.kind is Kind.TABLES:
            for entry in value:
                fill_unset(entry)


def complete_text(name: str = "Acme Studio") -> str:
    return tomlkit.dumps(plan_to_data(complete_plan(name)))


@dataclass(frozen=True)
class Hostile:
    stem: str
    build: Callable[[Path], None]  # given the file's path, puts the hostile thing there
    reason: str  # words the listed reason must contain (case-insensitive)
    outside: bool = False  # its bytes live outside the clients folder (a link's target)


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str) -> Callable[[Path], None]:
    return _write(text.encode("utf-8"))


def _big(path: Path) -> None:
    # A valid beginning, then 50 MB of comment: only its size gives it away.
    with path.open("wb") as handle:
        handle.write(b'schema_version = 1\n[client]\nname = "Big"\n')
        line = b"# " + b"x" * 1021 + b"\n"
        for _ in range(BIG_FILE_BYTES // len(line)):
            handle.write(line)


def _link_outside(path: Path) -> None:
    # A perfectly valid client file, but outside the data folder: never followed.
    target = path.parent.parent.parent / "outside.toml"
    target.write_text(complete_text("Outsider"))
    path.symlink_to(target)


def _dangling_link(path: Path) -> None:
    path.symlink_to(path.parent / "nowhere" / "missing.toml")


def _directory(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("not a client")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


_HEADER = 'schema_version = 1\n[client]\nname = "X"\n'
_VALID = complete_text()

CORPUS: list[Hostile] = [
    Hostile("empty", _write(b""), "schema_version"),
    Hostile("truncated", _text(_VALID[: _VALID.index("[notice]") + 5]), "TOML"),
    Hostile("binary", _write(bytes(range(256)) * 4), "UTF-8"),
    Hostile("latin-1", _write('schema_version = 1\n[client]\nname = "Café"\n'.encode("latin-1")), "UTF-8"),
    Hostile("nul-byte", _write(b"schema_version = 1\x00\n"), "TOML"),
    Hostile("no-name", _text("schema_version = 1\n[client]\n"), "client.name"),
    Hostile("unknown-step", _text(_HEADER + '[progress]\ncurrent = "dance"\n'), "progress.current"),
    Hostile("unknown-status", _text(_HEADER + '[progress.status]\ndecide = "dancing"\n'), "progress.status"),
    Hostile("future", _text('schema_version = 99\n[client]\nname = "From the future"\n'), "newer"),
    Hostile("deep-nesting", _text(_HEADER + "deep = " + "[" * 5000 + "]" * 5000 + "\n"), "deeply"),
    Hostile("huge-integer", _text(_HEADER + "big = " + "9" * 5000 + "\n"), "TOML"),
    Hostile(
        "end-of-calendar",
        _text(_HEADER + '[decide]\nverdict = "end"\n[converse]\nmeeting_on = 9999-12-31\n'),
        "converse.meeting_on",
    ),
    Hostile(
        "absurd-amount",
        _text(_HEADER + '[[notice.invoices]]\nnumber = "INV-1"\namount = "1e999999999"\n'),
        "notice.invoices[1].amount",
    ),
    Hostile("fifty-megabytes", _big, "too large"),
    Hostile("link-outside", _link_outside, "not a regular file", outside=True),
    Hostile("dangling-link", _dangling_link, "not a regular file"),
    Hostile("a-directory", _directory, "not a regular file"),
    Hostile("a-fifo", _fifo, "not a regular file"),
    Hostile(UNREADABLE_STEM, _text(_VALID), "permission denied"),
]


def refuse_reading(monkeypatch: pytest.MonkeyPatch, stem: str = UNREADABLE_STEM) -> None:
    """Make opening ``<stem>.toml`` fail as a file without read permission does for a normal user."""
    real_open = os.open

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path).endswith(f"{stem}.toml"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)


def fingerprint(path: Path) -> object:
    """What must not change: a file's bytes, a link's target, a folder's listing."""
    if path.is_symlink():
        return ("link", os.readlink(path))
    if path.is_dir():
        return ("dir", sorted(p.name for p in path.iterdir()))
    if not path.is_file():
        return ("other", path.lstat().st_mode)
    if path.stat().st_size > 1024 * 1024:
        return ("big", path.stat().st_size, path.stat().st_mtime_ns)
    return ("file", path.read_bytes())


# -- one file per key, each with a value of the wrong type ----------------------------------------


def _wrong_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int):
        return "seven"
    if isinstance(value, str):
        return [1, 2]
    if isinstance(value, datetime):
        return "now"
    if isinstance(value, date):
        return "someday"
    return "flat"  # a table, a list of texts or a list of tables


def _places(data: dict[str, Any], path: str = "") -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every key in ``data``: how a reason names it, the table holding it, and the key."""
    for key, value in data.items():
        where = f"{path}.{key}" if path else key
        yield where, data, key
        if isinstance(value, dict):
            yield from _places(value, where)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for index, item in enumerate(value, start=1):
                yield from _places(item, f"{where}[{index}]")


def wrong_type_files() -> list[tuple[str, str]]:
    """(key as a reason names it, file text) for every key of a complete plan."""
    files = []
    count = len(list(_places(plan_to_data(complete_plan()))))
    for n in range(count):
        data = plan_to_data(complete_plan())
        where, table, key = list(_places(data))[n]
        table[key] = _wrong_value(table[key])
        files.append((where, tomlkit.dumps(data)))
    return files
