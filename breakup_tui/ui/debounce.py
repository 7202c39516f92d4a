"""Run something once changes pause: one Textual timer, reset on every change."""

from __future__ import annotations

from collections.abc import Callable

from textual.message_pump import MessagePump


class Debounce:
    """Calls ``callback`` once changes pause, at most ``delay`` seconds after the last ``restart()``.

    One interval timer, created paused and paused again each time it fires. Textual's
    ``Timer.reset()`` counts again from the end of the interval under way, so a timer of half
    the delay calls back between half the delay and the whole delay after the last change.
    """

    def __init__(self, owner: MessagePump, delay: float, callback: Callable[[], object]) -> None:
        self.callback = callback
        self.timer = owner.set_interval(delay / 2, self.fire, pause=True)
        self.started = False

    def restart(self) -> None:
        if self.started:
            self.timer.reset()
        else:
            # A timer created paused counts from its first resume; a reset there would count twice.
            self.started = True
            self.timer.resume()

    def cancel(self) -> None:
        self.timer.pause()

    def fire(self) -> None:
        self.timer.pause()
        self.callback()
