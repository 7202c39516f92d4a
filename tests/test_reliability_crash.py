"""A save killed at any moment leaves the old file or the new one, never half, and no stray temp file.

Writers run in real processes over a real data folder and are killed with
SIGKILL at random moments (``--runs`` sets how many; 200 by default). After
every kill each client file must parse and hold exactly the content it had
before the interrupted write or the content being written; the next writer
must get the edit lock the dead one held.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from breakup_tui.store.clients import ClientStore
from breakup_tui.store.files import TEMP_SUFFIX
from tests.factories import filled_plan

WRITER = Path(__file__).with_name("crash_writer.py")
# Kills land between 0 and this many seconds after a writer is ready: a few saves' worth.
MAX_KILL_DELAY = 0.01
# On a loaded machine a writer saves less before its kill; the test then runs on, up to
# this many times the runs asked for, until its kills have hit enough saves in progress.
MORE_RUNS_AT_MOST = 4


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def contents_allowed(log: Path, before: str) -> tuple[set[str], bool]:
    """What the file may hold after the kill, and whether the kill landed during a write."""
    written, pending = before, None
    for line in log.read_text().splitlines():
        if line.startswith("R "):
            pending = line[2:]
        elif line == "W" and pending is not None:
            written, pending = pending, None
    allowed = {written} | ({pending} if pending else set())
    return allowed, pending is not None


@pytest.mark.slow
def test_a_killed_save_leaves_the_old_file_or_the_new_one(
    store: ClientStore,
    tmp_path: Path,
    crash_runs: int,
    record_figures: Callable[[str, dict[str, object]], None],
) -> None:
    stem = store.create(filled_plan("Acme Studio"))
    bystander = store.path_of(store.create(filled_plan("Bellini SRL")))
    bystander_bytes = bystander.read_bytes()
    path = store.path_of(stem)
    log = tmp_path / "writer.log"
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    server = subprocess.Popen(
        [sys.executable, str(WRITER), str(store.locations.data_dir), stem, str(log)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    kills = mid_write = saves = leftovers = 0

    def hit_enough_saves() -> bool:
        return crash_runs < 100 or (saves > crash_runs // 4 and mid_write > crash_runs // 20)

    run = 0
    try:
        while run < crash_runs or (not hit_enough_saves() and run < MORE_RUNS_AT_MOST * crash_runs):
            where = f"run {run} (seed {seed})"
            before = sha(path.read_bytes())
            log.write_bytes(b"")
            server.stdin.write("go\n")
            server.stdin.flush()
            ready = server.stdout.readline().split()
            # A writer killed in the previous run must not keep the next one out.
            assert ready[:1] == ["ready"], f"{where}: writer said {' '.join(ready)!r}"
            time.sleep(chance.uniform(0, MAX_KILL_DELAY))
            os.kill(int(ready[1]), signal.SIGKILL)
            dead = server.stdout.readline().split()
            status = int(dead[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"{where}: {dead}"
            kills += 1

            allowed, during_write = contents_allowed(log, before)
            mid_write += during_write
            saves += log.read_text().count("W\n")
            for client_file in store.folder.glob("*.toml"):
                tomllib.loads(client_file.read_text(encoding="utf-8"))
            assert sha(path.read_bytes()) in allowed, f"{where}: the file holds neither old nor new content"
            assert bystander.read_bytes() == bystander_bytes, where
            listed = store.summaries()
            assert sorted(s.file for s in listed) == sorted([stem, bystander.stem]), where
            assert not any(s.damaged for s in listed), where

            leftovers += len(list(store.folder.glob(f".*{TEMP_SUFFIX}")))
            store.prepare()
            assert list(store.folder.glob(f"*{TEMP_SUFFIX}")) == [], where
            run += 1
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    if crash_runs >= 100:
        # The kills really hit saves in progress, not only the moments in between.
        assert saves > crash_runs // 4, (saves, mid_write)
        assert mid_write > crash_runs // 20
    record_figures(
        "crash",
        {
            "kills": kills,
            "kills_during_a_write": mid_write,
            "saves_completed": saves,
            "leftover_temp_files_removed": leftovers,
            "seed": seed,
        },
    )
