"""Another program saving the file while the app saves: none of its edits is lost (issue 18.10).

An outside writer (a real process) saves the client file atomically every few
milliseconds, each time bumping a counter of its own; before each save it
checks that its previous edit is still in the file. Meanwhile the store opens,
edits and saves the same client as fast as it can. Every save of ours must
either carry the outside writer's latest edit (it was read first) or be
refused as a change on disk, with our edit kept in memory.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable

from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.store.files import atomic_write
from tests.factories import filled_plan

OUTSIDE_EDITS = 400

# The writer prints one line at the end: "<edits made> <edits found lost>".
WRITER = textwrap.dedent(
    """
    import os, re, sys, time
    path, edits = sys.argv[1], int(sys.argv[2])
    lost = 0
    for n in range(1, edits + 1):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        found = int(re.search(r"^outside = (\\d+)$", text, re.M).group(1))
        lost += found != n - 1
        temp = f"{path}.outside-{n}"
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(re.sub(r"^outside = \\d+$", f"outside = {n}", text, count=1, flags=re.M))
        os.replace(temp, path)
        time.sleep(0.002 + (n % 5) * 0.003)  # pauses of 2 to 14 ms
    print(edits, lost, flush=True)
    """
)


def test_no_outside_edit_is_lost_to_a_save_racing_it(
    store: ClientStore, record_figures: Callable[[str, dict[str, object]], None]
) -> None:
    stem = store.create(filled_plan("Acme Studio"))
    path = store.path_of(stem)
    atomic_write(path, "outside = 0\n" + path.read_text())
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(OUTSIDE_EDITS)], stdout=subprocess.PIPE, text=True
    )
    saved = refused = 0
    while writer.poll() is None:
        # As the app does: open once, save edit after edit until a save is refused, then reopen.
        client = store.open(stem)
        try:
            while writer.poll() is None:
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
    out, _ = writer.communicate(timeout=30)
    edits, lost = map(int, out.split())
    assert writer.returncode == 0 and edits == OUTSIDE_EDITS
    assert saved >= 5 and refused > 0, (saved, refused)  # the race really was run
    assert lost == 0, f"{lost} of {edits} outside edits lost ({saved} saves, {refused} refused)"
    record_figures("race", {"outside_edits": edits, "lost": lost, "saves": saved, "refused": refused})
