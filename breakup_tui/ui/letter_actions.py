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
from breakup_tui.core.settings import Settings
from breakup_tui.export import (
    CalendarError,
    ExportRefused,
    ExportSource,
    default_folder,
    render,
    write_export,
)
from breakup_tui.ui.dialogs.export import ExportChoice, ExportDialog
from breakup_tui.ui.localize import localized


def settings_of(app: App[Any]) -> Settings:
    settings = getattr(app, "settings", None)
    return settings if isinstance(settings, Settings) else Settings()


def export_source(app: App[Any], plan: Plan, stem: str) -> ExportSource:
    # A copy: the file is written in a worker while the user may keep editing.
    return ExportSource(
        plan=copy.deepcopy(plan),
        settings=copy.deepcopy(settings_of(app)),
        stem=stem,
        today=clock.today(),
        now=clock.now(),
        country=getattr(app, "country", None),
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
        locations = getattr(app, "locations", None)
        if choice.what == "calendar" and locations is not None and hasattr(app, "settings"):
            from breakup_tui.store.installation import with_installation_id

            app.settings = with_installation_id(locations, settings_of(app))
        source = export_source(app, plan, stem)
        app.run_worker(lambda: _write(app, source, choice), thread=True, group="export", exit_on_error=False)

    app.push_screen(localized(ExportDialog)(stem, default_folder(home), home=home, what=what), chosen)


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
    return letter_for(plan, settings_of(app), clock.today(), getattr(app, "country", None))


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
