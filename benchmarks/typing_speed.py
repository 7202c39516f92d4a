"""Typing into the letter editor, against typing into a bare TextArea app (run in a child process).

Keys are typed the way a person types: one at a time, each handled in full and
drawn on the screen before the next (the pilot draws a frame after each).
The figure is the CPU time per key, which leaves out idle waiting and most of
the noise of a shared machine, and includes whatever the editor does once
typing stops (a preview that waits for a pause, the autosave).

The editor is step 7's ``TextArea#letter-body``.
"""

from __future__ import annotations

import asyncio
import resource
import time
from pathlib import Path
from typing import Any

# A sentence of the kind a letter holds, repeated to length; plain keys only.
SENTENCE = "thank you for three good years of work together, i have learned a great deal. "
TYPED = (SENTENCE * 8)[:300]
KEY_NAMES = {" ": "space", ",": "comma", ".": "full_stop"}
# Long enough for what waits for a pause in typing: a preview, the autosave (0.6 s).
SETTLE = 0.9


# Turns of the event loop a key's chain of messages gets before the frame is awaited: more than
# the longest chain a key sets off in the letter editor (the editor, its change bubbling up to
# the form, the form's own message to the wizard).
CHAIN_TURNS = 12


async def handled_and_drawn(app: Any) -> None:
    """The key's messages handled and the next frame drawn, as in a terminal.

    ``Pilot.pause`` is not used here: it queues a callback on every widget of the screen and
    waits for each, work a terminal never does, which grows with the number of widgets and so
    charged the letter screen (about 60 widgets) for the test harness rather than for the app.
    """
    for _ in range(CHAIN_TURNS):
        await asyncio.sleep(0)
    await app.screen.wait_for_refresh()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def bare_editor_app(text: str) -> Any:
    """A TextArea and nothing else, holding the same letter the app's editor opens with."""
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    class BareEditor(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea(text, id="letter-body")

    return BareEditor()


def client_at_the_letter(data_dir: Path) -> str:
    import random

    from benchmarks.dataset import realistic_plan
    from breakup_tui.core.plan import STEP_IDS, Status, Verdict
    from breakup_tui.store.clients import ClientStore
    from breakup_tui.store.paths import locate

    plan = realistic_plan(random.Random(7), 7)
    plan.decide.verdict = Verdict.END  # a letter to send, not a draft of an undecided plan
    plan.progress.current = "writing"
    for step in STEP_IDS[:-1]:
        plan.progress.status[step] = Status.DONE
    plan.writing.body = None
    store = ClientStore(locate(data_dir, data_dir / "config"))
    return store.create(plan)


def letter_app() -> Any:
    """The app opened on a client's letter, by someone who gave their details for it before."""
    from benchmarks.dataset import scratch_folder
    from breakup_tui.app import BreakupApp
    from breakup_tui.core.settings import Settings
    from breakup_tui.store.paths import locate
    from breakup_tui.store.settings import save_settings

    folder = scratch_folder("typing-")
    sender = Settings(your_name="Sam Rivera", business="Rivera Design", email="sam@rivera.example")
    save_settings(locate(folder, folder / "config"), sender)
    return BreakupApp(folder, config_dir=folder / "config", open_client=client_at_the_letter(folder))


async def letter_editor_text() -> str:
    """The text step 7's ``TextArea#letter-body`` opens with."""
    from textual.widgets import TextArea

    app = letter_app()
    async with app.run_test(headless=True, size=(100, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        return app.screen.query_one("#letter-body", TextArea).text


async def letter_probe() -> None:
    from benchmarks.report import report

    report(text=await letter_editor_text())


async def typing_run(kind: str, keys: int, start_text: Path | None = None) -> None:
    """Type ``keys`` keys: ``kind`` is "bare" (starting from ``start_text``) or "app"."""
    from textual import events
    from textual.widgets import TextArea

    from benchmarks.report import report

    if kind == "bare":
        app = bare_editor_app(start_text.read_text(encoding="utf-8") if start_text else "")
    else:
        app = letter_app()
    async with app.run_test(headless=True, size=(100, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        editor = app.screen.query_one("#letter-body", TextArea)
        editor.focus()
        editor.move_cursor(editor.document.end)
        await pilot.pause(0.1)
        started_cpu, started = cpu_seconds(), time.monotonic()
        for ch in TYPED[:keys]:
            # What a terminal sends for the key; then every message handled and one frame drawn.
            app.post_message(events.Key(KEY_NAMES.get(ch, ch), ch))
            await handled_and_drawn(app)
        await pilot.pause(SETTLE)
        await app.workers.wait_for_complete()
        await pilot.pause()
        spent_cpu, spent = cpu_seconds() - started_cpu, time.monotonic() - started
        typed = len(editor.text)
    report(cpu_per_key=spent_cpu / keys, wall_per_key=spent / keys, text_length=typed)
