"""Start-up stays fast: what only some paths need is imported when they run, not when the app starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Babel and icalendar serve the exports, tomlkit the saves, holidays the dates: none is needed to show
# the client list.
LATE = ("tomlkit", "babel", "icalendar", "holidays", "breakup_tui.export")

SCRIPT = """
import asyncio, sys
from breakup_tui.app import BreakupApp

async def main():
    app = BreakupApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen", app.screen

asyncio.run(main())
print("\\n".join(sorted(sys.modules)))
"""


def test_the_home_screen_opens_without_the_heavy_modules(tmp_path: Path) -> None:
    from breakup_tui.core.plan import Plan
    from breakup_tui.store.clients import ClientStore
    from breakup_tui.store.paths import locate

    store = ClientStore(locate(tmp_path / "data", tmp_path / "config"))
    store.create(Plan.new("Acme"))  # one client, listed from its file
    env = {"BREAKUP_TUI_DATA_DIR": str(tmp_path / "data"), "BREAKUP_TUI_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "PATH": "/usr/bin:/bin"},
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.split()
    assert "breakup_tui.ui.home" in loaded
    early = [m for m in loaded if m.split(".")[0] in LATE or m.startswith(LATE)]
    assert early == []


def test_an_ending_client_from_the_cache_opens_without_the_holidays(tmp_path: Path) -> None:
    """Working days need the holidays library; a list served from the summary cache does not."""
    import time

    from breakup_tui.core.plan import Plan, Verdict
    from breakup_tui.store.clients import ClientStore
    from breakup_tui.store.paths import locate

    store = ClientStore(locate(tmp_path / "data", tmp_path / "config"))
    plan = Plan.new("Acme")
    plan.decide.verdict = Verdict.END  # its last day is worked out with the country's holidays
    store.create(plan)
    time.sleep(2.2)  # only a file that has settled is remembered (summary_cache.SETTLE_NS)
    env = {
        "BREAKUP_TUI_DATA_DIR": str(tmp_path / "data"),
        "BREAKUP_TUI_CONFIG_DIR": str(tmp_path / "config"),
        "LANG": "it_IT.UTF-8",
        "PATH": "/usr/bin:/bin",
    }
    root = Path(__file__).resolve().parent.parent
    warm = subprocess.run(
        [sys.executable, "-m", "breakup_tui", "list"], capture_output=True, text=True, env=env, cwd=root
    )
    assert warm.returncode == 0, warm.stderr
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env, cwd=root
    )
    assert done.returncode == 0, done.stderr
    assert "holidays" not in done.stdout.split()
