"""One autosave of a typical client, and the thread its write runs on (run in a child process).

An autosave (ui/autosave.py) renders the plan into the file's text and writes
it (temporary file, fsync, rename) on the UI thread, in one go, once editing
pauses. Both halves are timed here on a typical client, then the real wizard
is driven through an edit to see which thread the store's write runs on.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from typing import Any

from tests.helpers import press

SAVES = 15


def typical_store() -> tuple[Any, str]:
    from benchmarks.dataset import realistic_plan, scratch_folder
    from breakup_tui.core.plan import STEP_IDS, Status
    from breakup_tui.store.clients import ClientStore
    from breakup_tui.store.paths import locate

    folder = scratch_folder("save-")
    store = ClientStore(locate(folder, folder / "config"))
    store.prepare()
    plan = realistic_plan(random.Random(42), 42)
    plan.progress.current = "notice"
    for step in STEP_IDS[:2]:
        plan.progress.status[step] = Status.DONE
    return store, store.create(plan)


def time_saves() -> tuple[float, float, int]:
    """Median seconds to render and to write one save, and the file's size."""
    store, stem = typical_store()
    client = store.open(stem)
    renders, writes = [], []
    try:
        for n in range(SAVES):
            client.plan.decide.notes = f"Changed {n} times."
            started = time.perf_counter()
            text = store.render(client)
            rendered = time.perf_counter()
            store.write(client, text)
            renders.append(rendered - started)
            writes.append(time.perf_counter() - rendered)
    finally:
        store.close(client)
    return statistics.median(renders), statistics.median(writes), len(text.encode())


async def write_threads() -> list[str]:
    """The threads the store's write ran on while the wizard autosaved one edit."""
    from breakup_tui.app import BreakupApp
    from breakup_tui.store.clients import ClientStore
    from breakup_tui.ui.autosave import AUTOSAVE_DELAY

    store, stem = typical_store()
    seen: list[str] = []
    original_write = ClientStore.write

    def watched_write(self: ClientStore, *args: Any, **kwargs: Any) -> None:
        current = threading.current_thread()
        main = current is threading.main_thread()
        seen.append(f"{current.name}{' (the UI thread)' if main else ''}")
        original_write(self, *args, **kwargs)

    ClientStore.write = watched_write  # type: ignore[method-assign]
    try:
        app = BreakupApp(store.locations.data_dir, config_dir=store.locations.config_dir, open_client=stem)
        async with app.run_test(headless=True, size=(100, 40)) as pilot:
            await pilot.pause()
            await press(pilot, "ctrl+d")  # mark the step done: an edit the wizard autosaves
            await pilot.pause(AUTOSAVE_DELAY + 0.4)
            await app.workers.wait_for_complete()
            during_editing = list(seen)
    finally:
        ClientStore.write = original_write  # type: ignore[method-assign]
    return during_editing


async def save_run() -> None:
    from benchmarks.report import report

    render, write, size = time_saves()
    threads = await write_threads()
    on_ui = bool(threads) and all("(the UI thread)" in name for name in threads)
    report(render=render, write=write, file_bytes=size, write_threads=threads, on_ui_thread=on_ui)
