"""What one benchmark process does, run as ``python -m benchmarks.child KIND ...``.

Every start-up run is a fresh interpreter, so imports, stylesheet parsing and
the first frames are all counted. The parent notes the monotonic clock (shared
by every process on the machine) before it spawns us; we print the moment the
screen is settled, and our peak resident memory, on a line starting ``BENCH``.
Only what the chosen app needs is imported, so the bare app pays for nothing
else.
"""

from __future__ import annotations

import asyncio
import resource
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.report import report

# Seconds to wait for the home screen before giving up (a broken app must not hang ``make bench``).
READY_TIMEOUT = 120.0
# Seconds between two looks at whether the screen has settled.
CHECK_EVERY = 0.002


def bare_app() -> Any:
    """The yardstick the start-up budgets are set against: Header, Static, Footer and nothing else."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class BareApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello")
            yield Footer()

    return BareApp()


def footer_keys_shown(app: Any) -> bool:
    """The footer shows its keys: part of a settled screen, for the bare app as for ours."""
    return bool(app.screen.query("FooterKey"))


def home_populated(app: Any, clients: int, healthy: int) -> bool:
    """Every file is summarised, and the table shows a full screen of rows (or the empty state shows)."""
    from textual.widgets import DataTable

    from breakup_tui.ui.home import HomeScreen

    screen = app.screen
    if not isinstance(screen, HomeScreen) or len(screen.summaries) != clients:
        return False
    if healthy == 0:
        return bool(screen.query_one("#empty-state").display)
    table = screen.query_one("#clients", DataTable)
    in_view = table.size.height - 1  # one line is the header
    return bool(in_view > 0 and table.row_count >= min(healthy, in_view))


async def start_up(kind: str, clients: int, healthy: int) -> None:
    if kind == "bare":
        app = bare_app()
    else:
        from breakup_tui.app import BreakupApp

        app = BreakupApp()
    async with app.run_test(headless=True, size=(80, 24)):
        settled = asyncio.get_running_loop().create_future()

        def check() -> None:
            if (
                not settled.done()
                and footer_keys_shown(app)
                and (kind == "bare" or home_populated(app, clients, healthy))
            ):
                settled.set_result(None)

        # Checked on a short timer inside the app, for both apps alike. Not Pilot.pause, which
        # waits for the process to look idle in steps of 20 ms (and so rounded the app, which
        # settles in several stages, up by tens of milliseconds), nor a busy wait, which would
        # steal the list's worker thread's time.
        app.set_interval(CHECK_EVERY, check)
        try:
            await asyncio.wait_for(settled, READY_TIMEOUT)
        except TimeoutError:
            raise SystemExit(f"the home screen never showed {clients} clients") from None
        await app.screen.wait_for_refresh()  # and drawn
        ready = time.monotonic()
        usage = resource.getrusage(resource.RUSAGE_SELF)
    report(ready=ready, cpu=usage.ru_utime + usage.ru_stime)


def main(argv: list[str]) -> None:
    command = argv[0]
    if command == "start-up":
        asyncio.run(start_up(argv[1], int(argv[2]), int(argv[3])))
    elif command == "typing":
        from benchmarks.typing_speed import typing_run

        asyncio.run(typing_run(argv[1], int(argv[2]), Path(argv[3]) if len(argv) > 3 else None))
    elif command == "letter":
        from benchmarks.typing_speed import letter_probe

        asyncio.run(letter_probe())
    elif command == "save":
        from benchmarks.save_speed import save_run

        asyncio.run(save_run())
    else:
        raise SystemExit(f"unknown benchmark {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
