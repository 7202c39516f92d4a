"""The debounce behind the autosave, the tone checker and the preview: once per pause, never per key."""

from __future__ import annotations

import asyncio

from textual.app import App

from breakup_tui.ui.debounce import Debounce

DELAY = 0.4


class Counting(App[None]):
    def on_mount(self) -> None:
        self.calls = 0
        self.debounce = Debounce(self, DELAY, self.called)

    def called(self) -> None:
        self.calls += 1


async def wait_for_calls(app: Counting, calls: int) -> None:
    for _ in range(200):
        if app.calls >= calls:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"called {app.calls} times, not {calls}")


async def test_a_burst_of_changes_calls_back_once_and_a_later_change_once_more() -> None:
    app = Counting()
    async with app.run_test() as pilot:
        for _ in range(10):  # changes closer together than the delay
            app.debounce.restart()
            await asyncio.sleep(0.02)
        assert app.calls == 0
        await wait_for_calls(app, 1)
        await pilot.pause(DELAY * 3)
        assert app.calls == 1  # paused once it called back: nothing more without a change

        app.debounce.restart()
        await wait_for_calls(app, 2)
        await pilot.pause(DELAY * 3)
        assert app.calls == 2


async def test_cancel_drops_the_pending_call() -> None:
    app = Counting()
    async with app.run_test() as pilot:
        app.debounce.restart()
        app.debounce.cancel()
        await pilot.pause(DELAY * 3)
        assert app.calls == 0
