"""The Textual app, importable as ``breakup_tui.app:BreakupApp``."""

from breakup_tui.ui.app import BreakupApp

__all__ = ["BreakupApp"]
