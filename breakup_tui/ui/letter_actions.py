"""What the app does with a finished letter: export it, copy it, open it in the mail client."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any
from urllib.parse import quote

from textual.app import App

from breakup_tui.core import clock
from breakup_tui.core.i18n import t
from breakup_tui.core.letter import Letter, letter_for, letter_needed
from breakup_tui.core.plan import Plan
from breakup_tui.export import (
    CalendarError,
    ExportRefused,
    ExportSource,
    export_folder,
    render,
    write_export,
)
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.dialogs.export import ExportChoice, ExportDialog


def export_source(app: App[Any], plan: Plan, stem: str) -> ExportSource:
    # A copy: the file is written in a worker while the user may keep editing.
    return ExportSource(
        plan=copy.deepcopy(plan),
        settings=copy.deepcopy(app_state(app).settings),
        stem=stem,
        today=clock.today(),
        now=clock.now(),
        country=app_state(app).country,
    )


def start_export(app: App[Any], plan: Plan, stem: str, *, what: str = "letter") -> None:
    """Ask what and where, then write the file in a worker and say where it went."""
    home = Path.home()
    if what == "letter" and not letter_needed(plan):
        what = "plan"

    def chosen(choice: ExportChoice | None) -> None:
        if choice is None:
            return
        if choice.what == "letter" and not letter_needed(plan):
            app.notify(t("writing.export_kept"), severity="error")
            return
        if choice.what == "calendar":
            from breakup_tui.store.installation import with_installation_id

            state = app_state(app)
            state.settings = with_installation_id(state.locations, state.settings)
        remember_folder(app, choice.path.parent)
        source = export_source(app, plan, stem)
        app.run_worker(lambda: _write(app, source, choice), thread=True, group="export", exit_on_error=False)

    folder = export_folder(app_state(app).settings.export_folder, home)
    app.push_screen(ExportDialog(stem, folder, home=home, what=what), chosen)


def remember_folder(app: App[Any], folder: Path) -> None:
    """The next export proposes the folder this one went to (kept in the settings)."""
    state = app_state(app)
    wanted = str(folder.absolute())
    if state.settings.export_folder != wanted:
        state.settings.export_folder = wanted
        state.save_settings()


def _write(app: App[Any], source: ExportSource, choice: ExportChoice) -> None:
    try:
        text = render(choice.what, choice.fmt, source)
        write_export(choice.path, text)
    except OSError as error:
        message = t("export.failed", reason=error.strerror or str(error))
        app.call_from_thread(app.notify, message, severity="error", markup=False)
        return
    except ExportRefused as refusal:
        app.call_from_thread(app.notify, str(refusal), severity="error", markup=False)
    except CalendarError as error:
        message = t("export.calendar_failed", reason=str(error))
        app.call_from_thread(app.notify, message, severity="error", markup=False)
        return
    app.call_from_thread(app.notify, t("export.saved", path=str(choice.path)), markup=False)


def current_letter(app: App[Any], plan: Plan) -> Letter:
    state = app_state(app)
    return letter_for(plan, state.settings, clock.today(), state.country)


def copy_letter(app: App[Any], plan: Plan) -> None:
    """The body only: it is pasted into a message that has its own subject line."""
    app.copy_to_clipboard(current_letter(app, plan).body)
    app.notify(t("writing.copied"))


def mailto_url(letter: Letter) -> str:
    """A mailto: link (RFC 6068) that opens a new message with the letter filled in."""
    body = letter.body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(letter.subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(letter.to, safe='@,')}?{query}"


def open_in_mail(app: App[Any], plan: Plan) -> None:
    app.open_url(mailto_url(current_letter(app, plan)))
    app.notify(t("writing.opened_mail"))
