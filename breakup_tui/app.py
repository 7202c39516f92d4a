"""The Textual app, importable as ``breakup_tui.app:BreakupApp``."""

import gc

from breakup_tui.ui.app import BreakupApp

# Textual's modules and ours, imported just now, live as long as the process. Frozen, they are
# out of the garbage collector's way: the full collection that start-up's allocations set off
# no longer walks them again (about a tenth of the start-up's CPU, docs/performance.md). This
# runs once per process, on the first import.
gc.freeze()

__all__ = ["BreakupApp"]
