"""Writers for what leaves the app: the letter, the plan and the calendar.

This module only knows which formats exist; each writer (and Babel or
icalendar behind it) is imported when an export is actually made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from importlib import import_module
from pathlib import Path

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Plan
from breakup_tui.core.secrets import SecretFound, secrets_in
from breakup_tui.core.settings import Settings

WHATS: tuple[str, ...] = ("letter", "plan", "calendar")
FORMATS: dict[str, tuple[str, ...]] = {
    "letter": ("txt", "md", "eml"),
    "plan": ("md", "json"),
    "calendar": ("ics",),
}
DEFAULT_FORMAT: dict[str, str] = {"letter": "txt", "plan": "md", "calendar": "ics"}
ALL_FORMATS: tuple[str, ...] = ("txt", "md", "eml", "ics", "json")

# (what, format) -> (module, function); the function takes an ExportSource and returns text.
_WRITERS: dict[tuple[str, str], tuple[str, str]] = {
    ("letter", "txt"): ("text", "letter_txt"),
    ("letter", "md"): ("text", "letter_md"),
    ("letter", "eml"): ("eml", "letter_eml"),
    ("plan", "md"): ("plan_doc", "plan_md"),
    ("plan", "json"): ("plan_doc", "plan_json"),
    ("calendar", "ics"): ("ics", "plan_calendar"),
}


class CalendarError(ValueError):
    """The calendar could not be built; the message says why, in one line."""


@dataclass(frozen=True)
class ExportSource:
    """Everything an export is made from."""

    plan: Plan
    settings: Settings
    stem: str  # the client's file stem: stable, so calendar events keep their ids
    today: date
    now: datetime
    country: str | None = None  # the user's country (settings), for working days


class ExportRefused(ValueError):
    """An export that cannot be made as asked; the message is one line, ready to show."""


def refuse_secrets(source: ExportSource) -> None:
    """Nothing that looks like a secret leaves the app, whichever file it came in by (a hand edit)."""
    found = secrets_in(source.plan) + [
        SecretFound("settings.signature", found.problem) for found in secrets_in(source.settings.signature)
    ]
    if found:
        raise ExportRefused(t("outputs.refused_secret", where=found[0].where, problem=found[0].problem))


def fits(what: str, fmt: str) -> bool:
    return fmt in FORMATS.get(what, ())


def render(what: str, fmt: str, source: ExportSource) -> str:
    """The text of the export.

    ``ValueError`` when the format does not fit ``what``; ``ExportRefused`` when the
    plan or the signature holds a secret, or the letter cannot become a valid message.
    """
    if not fits(what, fmt):
        raise ValueError(f"{what} cannot be exported as {fmt}")
    refuse_secrets(source)
    module_name, function_name = _WRITERS[(what, fmt)]
    module = import_module(f"breakup_tui.export.{module_name}")
    text: str = getattr(module, function_name)(source)
    return text


def default_file_name(stem: str, what: str, fmt: str) -> str:
    return f"{stem}-{what}.{fmt}"


def default_folder(home: Path | None = None) -> Path:
    """The platform's documents folder if the user has it, else their home."""
    import platformdirs

    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else home or Path.home()


def export_folder(remembered: str, home: Path | None = None) -> Path:
    """The folder the last export went to while it still exists, else the default one."""
    if remembered.strip():
        folder = Path(remembered.strip()).expanduser()
        if folder.is_dir():
            return folder
    return default_folder(home)


def write_export(path: Path, text: str) -> None:
    """Write atomically and privately (0600): a plan holds the user's private notes."""
    from breakup_tui.store.files import atomic_write

    atomic_write(path, text)
