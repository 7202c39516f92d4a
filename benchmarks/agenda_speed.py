"""``breakup-tui agenda`` against ``breakup-tui list`` on the same 1,000 clients (budget: ≤ 1.2×).

Both are fresh processes started the same way, alternating, after one
unmeasured run of each (bytecode and the summary cache warm, as for a shell
start-up file run every day). A third of the clients are wrapping up, with
some items ticked, so the agenda has real work to show.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

AGENDA_BUDGET = 1.2
CLIENTS = 1_000


def wrapping_up_folder(clients: int = CLIENTS) -> Path:
    """A scratch data folder of realistic clients, a third of them in wrap-up."""
    from benchmarks.dataset import SEED, TODAY, client_file_text, realistic_plan, scratch_folder
    from breakup_tui.core.wrapup import set_state, wrapup_items
    from breakup_tui.store.slug import unique_slug

    root = scratch_folder("agenda-")
    folder = root / "clients"
    folder.mkdir(mode=0o700)
    rng = random.Random(SEED)
    stems: set[str] = set()
    for index in range(clients):
        plan = realistic_plan(rng, index)
        if index % 3 == 0:
            plan.writing.sent_on = TODAY - timedelta(days=rng.randint(0, 20))
            for item in wrapup_items(plan, TODAY):
                if rng.random() < 0.3:
                    set_state(plan, item.key, "done", TODAY)
        stem = unique_slug(plan.client.name, stems)
        stems.add(stem)
        path = folder / f"{stem}.toml"
        path.write_text(client_file_text(plan), encoding="utf-8")
        os.chmod(path, 0o600)
    return root


def _run(command: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one ``breakup-tui COMMAND`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "breakup_tui", command], env=env, check=True, stdout=subprocess.DEVNULL
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def agenda_figure(env: dict[str, str], runs: int) -> tuple[str, float, float]:
    data = wrapping_up_folder()
    env = {**env, "BREAKUP_TUI_DATA_DIR": str(data)}
    _run("list", env)  # fills the summary cache
    _run("agenda", env)
    lists, agendas = [], []
    for _ in range(runs):
        lists.append(_run("list", env))
        agendas.append(_run("agenda", env))
    list_wall = statistics.median(w for w, _ in lists)
    agenda_wall = statistics.median(w for w, _ in agendas)
    list_cpu = statistics.median(c for _, c in lists)
    agenda_cpu = statistics.median(c for _, c in agendas)
    ratio = agenda_wall / list_wall
    verdict = "holds" if ratio <= AGENDA_BUDGET else "MISSED"
    print(
        f"agenda, {CLIENTS:,} clients: {ratio:.2f}× list   "
        f"(agenda {agenda_wall:.3f} s, list {list_wall:.3f} s; "
        f"CPU {agenda_cpu / list_cpu:.2f}×; median of {runs})  [budget ≤ {AGENDA_BUDGET:.2f}×: {verdict}]",
        flush=True,
    )
    return "agenda", ratio, AGENDA_BUDGET


if __name__ == "__main__":
    import tempfile

    from benchmarks.dataset import SCRATCH_ENV

    with tempfile.TemporaryDirectory(prefix="breakup-tui-bench-run-") as scratch:
        os.environ[SCRATCH_ENV] = scratch
        agenda_figure(dict(os.environ), int(sys.argv[1]) if len(sys.argv) > 1 else 10)
