"""Shown or hidden is a widget's `display`, everywhere in the app; this starts a widget hidden."""

from __future__ import annotations

from typing import TypeVar

from textual.widget import Widget

W = TypeVar("W", bound=Widget)


def hidden(widget: W) -> W:
    """The widget, hidden until its `display` is set; returned so compose can yield it or open it."""
    widget.display = False
    return widget
