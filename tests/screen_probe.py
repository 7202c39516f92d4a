"""What the user would see: the notifications on screen and the screen's text as the terminal gets it."""

from __future__ import annotations

import html
import re

from textual.app import App

_TEXT_SPAN = re.compile(r"<text[^>]*>([^<]*)</text>")


def toasts(app: App[object]) -> list[str]:
    """The text of every notification shown (the app must run with ``notifications=True``)."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


def screen_text(app: App[object]) -> str:
    """Every character written to the terminal for the current screen, styles left out.

    Read from the screenshot Textual exports, which is built from the same
    segments the terminal receives: a control character in it would reach the
    terminal, and markup that was interpreted would be missing from it.
    """
    svg = app.export_screenshot()
    return "".join(html.unescape(span) for span in _TEXT_SPAN.findall(svg)).replace("\xa0", " ")
