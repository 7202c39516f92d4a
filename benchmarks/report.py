"""How a benchmark child process hands its figures to the parent: one ``BENCH`` line of JSON."""

from __future__ import annotations

import json
import resource
from typing import Any


def report(**figures: Any) -> None:
    figures["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("BENCH " + json.dumps(figures), flush=True)
