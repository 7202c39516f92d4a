"""A fork server that saves one client over and over until it is killed (for the crash test).

Run as ``python tests/crash_writer.py DATA_DIR STEM LOG``. It imports the store
once, then for each ``go`` line on stdin forks a writer, waits for it to die
and answers ``dead PID STATUS``. The writer opens the client the way the app
does (taking its edit lock), answers ``ready PID`` (or ``locked REASON`` when a
dead writer's lock still blocks it) and saves new content in a loop through
the real ``render``/``write`` path (a batch of renders, then their writes).
Around every write it appends to LOG:

    R <sha256 of the text about to be written>
    W                       (the write returned)

so that, whenever the kill lands, the test knows the two contents the file
may hold: the last one written, or the one being written.
"""

from __future__ import annotations

import hashlib
import os
import sys

BATCH = 4


def note_for(round_seed: int, n: int) -> str:
    # Sizes vary from 1 to 16 KB, so a torn write shows as a wrong length as well as wrong bytes.
    size = 1_000 + (round_seed * 7_919 + n * 104_729) % 15_000
    return f"revision {n} of writer {round_seed}\n" + "lorem ipsum " * (size // 12)


def write_forever(data_dir: str, stem: str, log_path: str) -> None:
    from breakup_tui.store.clients import ClientStore
    from breakup_tui.store.paths import locate

    store = ClientStore(locate(data_dir, os.path.join(data_dir, "config")))
    client = store.open(stem)
    if client.read_only:
        os.write(1, f"locked {client.read_only}\n".encode())
        return
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    seed = os.getpid()
    n = 0
    while True:
        # Render a batch, then write it: the kill window opens on the writes, where kills matter.
        batch = []
        for _ in range(BATCH):
            n += 1
            client.plan.decide.notes = note_for(seed, n)
            batch.append(store.render(client))
        if n == BATCH:
            os.write(1, f"ready {os.getpid()}\n".encode())
        for text in batch:
            os.write(log, f"R {hashlib.sha256(text.encode('utf-8')).hexdigest()}\n".encode())
            store.write(client, text)
            os.write(log, b"W\n")


def serve(data_dir: str, stem: str, log_path: str) -> None:
    # Import what the writers need once, here: each fork then starts in milliseconds.
    import breakup_tui.store.clients  # noqa: F401

    for line in sys.stdin:
        if line.strip() != "go":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(data_dir, stem, log_path)
            except BaseException as error:  # the test reads this line and fails with it
                os.write(1, f"error {type(error).__name__}: {error}\n".encode())
            finally:
                os._exit(70)
        _, status = os.waitpid(pid, 0)
        print(f"dead {pid} {status}", flush=True)


if __name__ == "__main__":
    serve(*sys.argv[1:4])
