"""Another program saving the file while the app saves: none of its edits is lost.

An outside writer (a real process) saves the client file atomically every few
milliseconds, each time bumping a counter of its own; before each save it
checks that its previous edit is still in the file. Meanwhile the store opens,
edits and saves the same client as fast as it can. Every save of ours must
either carry the outside writer's latest edit (it was read first) or be
refused as a change on disk, with our edit kept in memory.

The race runs until the writer has made at least 400 edits and both outcomes
have been seen often enough: on a loaded machine our saves are slower, and a
fixed count of outside edits could end before one of ours got through.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.store.files import atomic_write
from tests.factories import filled_plan

# The race ends once the outside writer made this many edits, and this many of our saves
# went through and this many were refused.
OUTSIDE_EDITS = 400
SAVES_WANTED, REFUSALS_WANTED = 10, 5
# ...or fails after this long, which only a store that never saves or never refuses reaches.
GIVE_UP_AFTER = 180.0

# The writer edits until the stop file appears, then prints "<edits made> <edits found lost>".
WRITER = textwrap.dedent(
    """
    import os, re, sys, time
    path, stop = sys.argv[1], sys.argv[2]
    lost = n = 0
    while not os.path.exists(stop):
        n += 1
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        found = int(re.search(r"^outside = (\\d+)$", text, re.M).group(1))
        lost += found != n - 1
        temp = f"{path}.outside-{n}"
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(re.sub(r"^outside = \\d+$", f"outside = {n}", text, count=1, flags=re.M))
        os.replace(temp, path)
        # Pauses of 2 to 14 ms, and now and then a longer one, as a sync client saves in bursts.
        time.sleep(0.1 if n % 25 == 0 else 0.002 + (n % 5) * 0.003)
    print(n, lost, flush=True)
    """
)


def test_no_outside_edit_is_lost_to_a_save_racing_it(
    store: ClientStore, tmp_path: Path, record_figures: Callable[[str, dict[str, object]], None]
) -> None:
    stem = store.create(filled_plan("Acme Studio"))
    path = store.path_of(stem)
    atomic_write(path, "outside = 0\n" + path.read_text())
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(stop)], stdout=subprocess.PIPE, text=True
    )
    saved = refused = 0
    give_up = time.monotonic() + GIVE_UP_AFTER

    def outside_edits() -> int:
        found = re.search(r"^outside = (\d+)$", path.read_text(encoding="utf-8"), re.M)
        return int(found.group(1)) if found else 0

    def racing() -> bool:
        enough = saved >= SAVES_WANTED and refused >= REFUSALS_WANTED and outside_edits() >= OUTSIDE_EDITS
        return not enough and time.monotonic() < give_up and writer.poll() is None

    while racing():
        # As the app does: open once, save edit after edit until a save is refused, then reopen.
        client = store.open(stem)
        try:
            while racing():
                mine = f"our edit {saved + refused}"
                client.plan.decide.notes = mine
                try:
                    store.save(client)
                except StoreError as error:
                    assert "changed outside the app" in str(error)
                    assert client.plan.decide.notes == mine  # kept in memory, to save again
                    refused += 1
                    break
                saved += 1
        finally:
            store.close(client)
    stop.touch()
    out, _ = writer.communicate(timeout=30)
    edits, lost = map(int, out.split())
    assert writer.returncode == 0 and edits >= OUTSIDE_EDITS
    # The race really was run: both outcomes seen, not only one of them.
    assert saved >= SAVES_WANTED and refused >= REFUSALS_WANTED, (saved, refused)
    assert lost == 0, f"{lost} of {edits} outside edits lost ({saved} saves, {refused} refused)"
    record_figures("race", {"outside_edits": edits, "lost": lost, "saves": saved, "refused": refused})
