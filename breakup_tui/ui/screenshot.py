"""The palette's Screenshot: an SVG of the screen, saved where exports go, and a line saying where.

Textual's own command saves to the downloads folder and, when that folder is
missing, only says that it failed. Here the picture goes to the folder the
export dialog proposes (which exists), and a failure names the folder and the reason.
Under ``serve`` the browser downloads it, as Textual does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App

from breakup_tui.core.i18n import t
from breakup_tui.core.printable import printable
from breakup_tui.ui.app_state import app_state


def screenshot_folder(app: App[Any]) -> Path:
    # Imported here: the palette that offers the command loads with the app's first keys.
    from breakup_tui.export import export_folder

    return export_folder(app_state(app).settings.export_folder)


def save_screenshot(app: App[Any]) -> None:
    if app.is_web:
        app.deliver_screenshot()
        return
    folder = screenshot_folder(app)
    try:
        saved = app.save_screenshot(path=str(folder))
    except OSError as error:
        reason = error.strerror or str(error)
        message = t("palette.screenshot_failed", folder=str(folder), reason=reason)
        app.notify(printable(message), severity="error", markup=False)
        return
    app.notify(printable(t("palette.screenshot_saved", path=saved)), markup=False)
