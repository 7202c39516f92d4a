"""``python -m benchmarks`` (``make bench``): the performance budgets, one line each.

Every start-up is a fresh process (``benchmarks/child.py``), started headless
the same way for the app and for a bare Textual app (Header, Static, Footer),
alternating between the two; medians of the runs are compared as ratios. The
machine is shared, so the load average is printed before and after: rerun when
it was high. docs/performance.md says what each line means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.dataset import SCRATCH_ENV, damaged_count, data_folder, scratch_folder

ROOT = Path(__file__).resolve().parent.parent
# The budgets, as ratios against the bare apps (docs/performance.md).
START_UP_BUDGETS = {1_000: 1.25, 10_000: 1.5}
MEMORY_BUDGET = 1.3
TYPING_BUDGET = 1.2
# Milliseconds an autosave may hold the UI thread, once typing pauses: well under a noticeable lag.
AUTOSAVE_BUDGET_MS = 50.0
CHILD_TIMEOUT = 300


@dataclass
class Run:
    start_up: float  # seconds from spawning the process to a settled screen
    cpu: float  # CPU seconds the process used by then
    peak_rss_mb: float


def child(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run ``python -m benchmarks.child ARGS`` and return what it reported."""
    spawned = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.child", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH ")]
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stdout[-2000:] + done.stderr[-4000:])
        raise SystemExit(f"benchmark child failed: {' '.join(args)}")
    figures: dict[str, Any] = json.loads(lines[-1][len("BENCH ") :])
    figures["spawned"] = spawned
    return figures


def base_env(**extra: str) -> dict[str, str]:
    """The environment of every child: English, no user locale, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    env.update(extra)
    return env


def start_up_run(kind: str, clients: int, env: dict[str, str]) -> Run:
    healthy = clients - damaged_count(clients)
    figures = child(["start-up", kind, str(clients), str(healthy)], env)
    return Run(figures["ready"] - figures["spawned"], figures["cpu"], figures["peak_rss_kb"] / 1024)


def medians(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.start_up for r in runs),
        statistics.median(r.cpu for r in runs),
        statistics.median(r.peak_rss_mb for r in runs),
    )


def verdict(ratio: float, budget: float | None) -> str:
    if budget is None:
        return ""
    return f"  [budget ≤ {budget:.2f}×: {'holds' if ratio <= budget else 'MISSED'}]"


def start_up_figures(clients: int, runs: int) -> list[tuple[str, float, float | None]]:
    data = data_folder(clients)
    config = str(scratch_folder("config-"))
    env = base_env(BREAKUP_TUI_DATA_DIR=str(data), BREAKUP_TUI_CONFIG_DIR=config)
    # One unmeasured run of each: compiled bytecode, the OS file cache and the summary cache are warm,
    # as they are for someone who opens the app every day.
    start_up_run("bare", clients, env)
    start_up_run("app", clients, env)
    bare_runs, app_runs = [], []
    for _ in range(runs):
        bare_runs.append(start_up_run("bare", clients, env))
        app_runs.append(start_up_run("app", clients, env))
    bare, app = medians(bare_runs), medians(app_runs)
    label = f"{clients:,} clients"
    time_ratio = app.start_up / bare.start_up
    memory_ratio = app.peak_rss_mb / bare.peak_rss_mb
    print(
        f"start-up, {label:>14}: {time_ratio:.2f}× bare   "
        f"(app {app.start_up:.3f} s, bare {bare.start_up:.3f} s; "
        f"CPU {app.cpu / bare.cpu:.2f}×: {app.cpu:.3f} s vs {bare.cpu:.3f} s; median of {runs})"
        + verdict(time_ratio, START_UP_BUDGETS.get(clients)),
        flush=True,
    )
    print(
        f"peak memory, {label:>11}: {memory_ratio:.2f}× bare   "
        f"(app {app.peak_rss_mb:.1f} MB, bare {bare.peak_rss_mb:.1f} MB peak RSS; median of {runs})"
        + verdict(memory_ratio, MEMORY_BUDGET),
        flush=True,
    )
    return [
        (f"start-up {label}", time_ratio, START_UP_BUDGETS.get(clients)),
        (f"memory {label}", memory_ratio, MEMORY_BUDGET),
    ]


def cold_start_figure(clients: int, runs: int) -> None:
    """The first start with no summary cache (a new install, or after an upgrade): every file is parsed."""
    data = data_folder(clients)
    config = str(scratch_folder("config-"))
    env = base_env(BREAKUP_TUI_DATA_DIR=str(data), BREAKUP_TUI_CONFIG_DIR=config)
    cache = data / "summary-cache.json"
    times = []
    for _ in range(runs):
        cache.unlink(missing_ok=True)
        times.append(start_up_run("app", clients, env).start_up)
    start_up_run("app", clients, env)  # leave the cache warm for the next run of the benchmarks
    print(
        f"first start without the summary cache, {clients:,} clients: {statistics.median(times):.3f} s "
        f"(median of {runs}; not a budget: it happens once after an install or upgrade)",
        flush=True,
    )


def typing_figure(runs: int, keys: int = 300) -> tuple[str, float, float]:
    env = base_env()
    # Both editors start from the letter step 7 opens with.
    start_text = child(["letter"], env)["text"]
    letter = scratch_folder("letter-") / "letter.txt"
    letter.write_text(start_text, encoding="utf-8")
    bare_runs, app_runs = [], []
    for _ in range(runs):
        bare_runs.append(child(["typing", "bare", str(keys), str(letter)], env))
        app_runs.append(child(["typing", "app", str(keys)], env))
    bare = statistics.median(r["cpu_per_key"] for r in bare_runs)
    app = statistics.median(r["cpu_per_key"] for r in app_runs)
    ratio = app / bare
    print(
        f"typing {keys} keys, live preview on: {ratio:.2f}× bare TextArea   "
        f"(app {app * 1000:.2f} ms, bare {bare * 1000:.2f} ms CPU per key; median of {runs}; "
        "the letter editor, step 7)" + verdict(ratio, TYPING_BUDGET),
        flush=True,
    )
    return "typing", ratio, TYPING_BUDGET


def save_figure() -> tuple[str, float, float]:
    figures = child(["save"], base_env())
    where = "on the UI thread" if figures["on_ui_thread"] else "OFF THE UI THREAD"
    total = (figures["render"] + figures["write"]) * 1000
    print(
        f"autosave of a typical client ({figures['file_bytes']:,} bytes): {total:.1f} ms {where} "
        f"(render {figures['render'] * 1000:.1f} ms, write {figures['write'] * 1000:.1f} ms; "
        f"thread {', '.join(figures['write_threads'])})"
        f"  [budget ≤ {AUTOSAVE_BUDGET_MS:.0f} ms: {'holds' if total <= AUTOSAVE_BUDGET_MS else 'MISSED'}]",
        flush=True,
    )
    return "autosave", total, AUTOSAVE_BUDGET_MS


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import version

    return (
        f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, "
        f"Textual {version('textual')}, {platform.system()} {platform.release()}"
    )


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=10, help="start-up runs of each app per size (default 10)"
    )
    parser.add_argument("--typing-runs", type=int, default=5, help="typing runs of each app (default 5)")
    parser.add_argument(
        "--sizes", default="0,1000,10000", help="client counts to start with (default 0,1000,10000)"
    )
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="breakup-tui-bench-run-") as scratch:
        os.environ[SCRATCH_ENV] = scratch  # the children inherit it
        run_all(args)
    print(f"{time.monotonic() - started:.0f} s in all", flush=True)


def run_all(args: argparse.Namespace) -> None:
    print(f"machine: {machine()}", flush=True)
    print(f"before: {load()}", flush=True)
    results: list[tuple[str, float, float | None]] = []
    for clients in (int(size) for size in args.sizes.split(",")):
        results += start_up_figures(clients, args.runs)
    cold_start_figure(1_000, 3)
    results.append(typing_figure(args.typing_runs))
    from benchmarks.agenda_speed import agenda_figure

    results.append(agenda_figure(base_env(BREAKUP_TUI_CONFIG_DIR=str(scratch_folder("config-"))), args.runs))
    results.append(save_figure())
    print(f"after: {load()}", flush=True)
    missed = [name for name, ratio, budget in results if budget is not None and ratio > budget]
    print("budgets: " + ("all hold" if not missed else "missed: " + ", ".join(missed)))


if __name__ == "__main__":
    main()
