"""The stylesheets of the screens, in styles/, as absolute paths for a screen's CSS_PATH.

Absolute because Textual reads a relative CSS_PATH from the folder of the class that uses it,
and a dialog subclassed elsewhere (the unsaved-changes question) would then miss its sheet.
"""

from __future__ import annotations

from pathlib import Path, PurePath

STYLES = Path(__file__).resolve().parent / "styles"


def sheets(*names: str) -> list[str | PurePath]:
    return [STYLES / f"{name}.tcss" for name in names]
