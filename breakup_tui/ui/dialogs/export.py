"""Choose what to export, in which format and where; confirms before writing over a file.

Enter in the path field moves to the export button: nothing is written until the
button is pressed.

Returns an ``ExportChoice``, or None when cancelled. The caller writes the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from breakup_tui.core.i18n import t
from breakup_tui.core.printable import ONLY_PRINTABLE, printable
from breakup_tui.export import FORMATS, WHATS, default_file_name
from breakup_tui.ui.dialogs.confirm import ConfirmDialog
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.widgets.field_input import FieldInput
from breakup_tui.ui.widgets.keys_footer import KeysFooter
from breakup_tui.ui.widgets.menu_select import MenuSelect

# From the app, a letter is most useful as a draft the mail client opens.
DIALOG_DEFAULT_FORMAT = {"letter": "eml", "plan": "md", "calendar": "ics"}


@dataclass(frozen=True)
class ExportChoice:
    what: str
    fmt: str
    path: Path


def shown_path(path: Path, home: Path) -> str:
    """``~/Documents/x.eml`` rather than the full home path: shorter, and the same on every machine."""
    try:
        return "~/" + str(path.relative_to(home))
    except ValueError:
        return str(path)


def path_problem(text: str) -> str | None:
    if not text.strip():
        return t("export.path_required")
    path = Path(text.strip()).expanduser()
    if path.is_dir():
        return t("export.path_is_folder")
    if not path.parent.is_dir():
        return t("export.no_such_folder", folder=str(path.parent))
    return None


class ExportDialog(Localized, ModalScreen[ExportChoice | None]):
    CSS_PATH = sheets("dialogs")
    BINDINGS = [Binding("escape", "cancel", "common.cancel")]
    help_topic = "export"

    def __init__(self, stem: str, folder: Path, *, home: Path, what: str = "letter") -> None:
        super().__init__()
        self.stem = stem
        self.folder = folder
        self.home = home
        self.initial_what = what if what in WHATS else "letter"
        # The path we last filled in ourselves; once the user types their own, we leave it alone.
        self.suggested = ""

    def compose(self) -> ComposeResult:
        what = self.initial_what
        with Vertical(classes="dialog", id="export-dialog"):
            yield Static(t("export.title"), classes="heading")
            with Grid(classes="settings-grid"):
                yield Label(t("export.what"))
                yield MenuSelect(
                    [(t(f"export.what_{w}"), w) for w in WHATS],
                    value=what,
                    allow_blank=False,
                    id="what",
                    compact=True,
                )
                yield Label(t("export.format"))
                yield MenuSelect(
                    self.format_options(what),
                    value=DIALOG_DEFAULT_FORMAT[what],
                    allow_blank=False,
                    id="format",
                    compact=True,
                )
                yield Label(t("export.path"))
                # A typed or pasted path must not carry control characters to the terminal.
                suggested = self.suggest(what, DIALOG_DEFAULT_FORMAT[what])
                yield FieldInput(suggested, id="path", compact=True, restrict=ONLY_PRINTABLE)
            yield Static(t(f"export.about_{what}"), id="export-about", classes="dialog-note")
            yield Static(id="path-error", classes="field-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("common.cancel"), id="cancel")
                yield Button(t("export.export"), variant="primary", id="export")
        # Its own footer covers the keys of the screen behind, which do not work here.
        yield KeysFooter()

    def format_options(self, what: str) -> list[tuple[str, str]]:
        return [(t(f"export.format_{fmt}"), fmt) for fmt in FORMATS[what]]

    def suggest(self, what: str, fmt: str) -> str:
        # The data folder comes from the environment: shown with control characters as symbols.
        path = self.folder / default_file_name(self.stem, what, fmt)
        self.suggested = printable(shown_path(path, self.home))
        return self.suggested

    def on_mount(self) -> None:
        self.query_one("#format", Select).focus()

    @property
    def what(self) -> str:
        value = self.query_one("#what", Select).value
        return value if isinstance(value, str) else "letter"

    @property
    def fmt(self) -> str:
        value = self.query_one("#format", Select).value
        return value if isinstance(value, str) and value in FORMATS[self.what] else FORMATS[self.what][0]

    @on(Select.Changed, "#what")
    def _what_changed(self) -> None:
        what = self.what
        formats = self.query_one("#format", Select)
        formats.set_options(self.format_options(what))
        formats.value = DIALOG_DEFAULT_FORMAT[what]
        self.query_one("#export-about", Static).update(t(f"export.about_{what}"))
        self.update_path()

    @on(Select.Changed, "#format")
    def update_path(self) -> None:
        field = self.query_one("#path", Input)
        if field.value == self.suggested:
            field.value = self.suggest(self.what, self.fmt)

    @on(Input.Submitted, "#path")
    def _path_done(self) -> None:
        # Enter after typing a path is not yet a yes: the export button is one more Enter.
        self.query_one("#export", Button).focus()

    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        text = self.query_one("#path", Input).value
        problem = path_problem(text)
        # The problem quotes the path as typed: plain text, never markup.
        self.query_one("#path-error", Static).update(Text(printable(problem or "")))
        if problem:
            self.query_one("#path", Input).focus()
            return
        choice = ExportChoice(self.what, self.fmt, Path(text.strip()).expanduser())
        if not choice.path.exists():
            self.dismiss(choice)
            return

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self.dismiss(choice)

        self.app.push_screen(
            ConfirmDialog(
                t("export.overwrite_title", file=choice.path.name),
                t("export.overwrite_body", path=str(choice.path)),
                confirm_label=t("export.overwrite"),
                danger=True,
            ),
            answered,
        )

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
