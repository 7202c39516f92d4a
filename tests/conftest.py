"""Every test runs against its own data and settings folders, at a pinned date and time."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from breakup_tui.core import clock
from breakup_tui.core.i18n import set_language
from breakup_tui.core.working_days import set_country
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from tests.helpers import settled, steady_cursor

# The crash test's default kill count: enough for CI, quick on two cores. Raise it by hand with --runs.
DEFAULT_CRASH_RUNS = 200


# Python's cycle collector runs its youngest generation every 700 new objects. A Textual app makes
# tens of thousands for each screen it mounts, and every run of the collector also walks what those
# runs promoted: about a fifth of a pilot test's CPU time went there. Every 10,000 objects still
# collects each test's cycles; the tests take about a fifth less CPU time.
GC_YOUNGEST_THRESHOLD = 10_000


def pytest_configure(config: pytest.Config) -> None:
    _youngest, middle, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNGEST_THRESHOLD, middle, oldest)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--runs",
        type=int,
        default=DEFAULT_CRASH_RUNS,
        help=f"how many saving processes the crash test kills (default {DEFAULT_CRASH_RUNS}; try 1000+)",
    )


TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 10, 0, 0, tzinfo=timezone(timedelta(hours=1)))


@dataclass
class Dirs:
    data: Path
    config: Path

    @property
    def clients(self) -> Path:
        return self.data / "clients"


@pytest.fixture(autouse=True)
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dirs]:
    """Keep the user's real data, settings and locale out of every test."""
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("BREAKUP_TUI_DATA_DIR", str(data))
    monkeypatch.setenv("BREAKUP_TUI_CONFIG_DIR", str(config))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    set_language("en")
    set_country(None)
    yield Dirs(data, config)
    set_language("en")
    set_country(None)


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed today and now, so dates on screen and in files are the same on every run."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)


@pytest.fixture
def store(dirs: Dirs) -> ClientStore:
    store = ClientStore(locate(dirs.data, dirs.config))
    store.prepare()
    return store


@pytest.fixture
def crash_runs(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("--runs"))


@pytest.fixture
def record_figures(request: pytest.FixtureRequest) -> Callable[[str, dict[str, object]], None]:
    """Keep a test's measured figures in .pytest_cache/v/reliability/ (docs/reliability.md quotes them)."""

    def record(name: str, values: dict[str, object]) -> None:
        cache = getattr(request.config, "cache", None)  # absent with -p no:cacheprovider
        if cache is not None:
            cache.set(f"reliability/{name}", values)

    return record


@pytest.fixture
def snap_compare(snap_compare: Callable[..., bool]) -> Callable[..., bool]:
    """The snapshot plugin's comparison, taken once the screen is steady whatever the machine's load:
    the step's first field has the focus, and a blinking cursor is held on rather than caught on or
    off by chance."""

    def compare(app: Any, *args: Any, run_before: Any = None, **kwargs: Any) -> bool:
        async def then_steady(pilot: Any) -> None:
            if run_before is not None:
                await run_before(pilot)
            await settled(pilot)
            await steady_cursor(pilot)

        return snap_compare(app, *args, run_before=then_steady, **kwargs)

    return compare
