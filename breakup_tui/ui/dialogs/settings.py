"""The user's details and preferences: returns the new Settings, or None when cancelled.

With ``sender_only`` it is the short version the letter asks for the first
time it needs a signature: name, business, email and signature, nothing else.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.plan import LANGUAGES
from breakup_tui.core.printable import ONLY_PRINTABLE, printable
from breakup_tui.core.settings import Settings
from breakup_tui.core.validation import email_problem
from breakup_tui.core.working_days import known_country
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.validators import CoreCheck
from breakup_tui.ui.visibility import hidden
from breakup_tui.ui.widgets.field_input import FieldInput
from breakup_tui.ui.widgets.keys_footer import KeysFooter
from breakup_tui.ui.widgets.menu_select import MenuSelect

# (widget id, Settings field) for the one-line texts.
TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("your-name", "your_name"),
    ("business", "business"),
    ("email", "email"),
)


class SettingsDialog(Localized, ModalScreen[Settings | None]):
    CSS_PATH = sheets("dialogs")
    BINDINGS = [Binding("escape", "cancel", "common.cancel")]
    help_topic = "settings"

    def __init__(self, settings: Settings, *, themes: list[str], sender_only: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.themes = themes
        self.sender_only = sender_only

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="settings-dialog"):
            title = t("settings_form.sender_title") if self.sender_only else t("settings.title")
            yield Static(title, classes="heading")
            if self.sender_only:
                yield Static(t("settings_form.sender_intro"), classes="settings-intro")
            with Grid(classes="settings-grid", id="settings-fields"):
                for widget_id, name in TEXT_FIELDS:
                    yield Label(t(f"settings_form.{name}"))
                    checks = [CoreCheck(email_problem)] if name == "email" else []
                    # The settings file may be edited by hand: control characters are shown as
                    # symbols, and typing or pasting new ones is refused.
                    shown = printable(getattr(self.settings, name))
                    yield FieldInput(
                        shown, id=widget_id, compact=True, validators=checks, restrict=ONLY_PRINTABLE
                    )
                yield Label(t("settings_form.signature"))
                signature = printable(self.settings.signature, multiline=True)
                yield TextArea(signature, id="signature", show_line_numbers=False, compact=True)
                if not self.sender_only:
                    yield from self.preference_fields()
            yield hidden(Static(id="settings-error", classes="field-error"))
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("common.cancel"), id="cancel", compact=True)
                yield Button(t("common.save"), variant="primary", id="save", compact=True)
        # Its own footer covers the keys of the screen behind, which do not work here.
        yield KeysFooter()

    def preference_fields(self) -> ComposeResult:
        languages = [(t(f"language.{code}"), code) for code in LANGUAGES]
        yield Label(t("settings_form.language"))
        yield MenuSelect(languages, value=current_language(), allow_blank=False, id="language", compact=True)
        yield Label(t("settings_form.letter_language"))
        letter = (
            self.settings.letter_language
            if self.settings.letter_language in LANGUAGES
            else current_language()
        )
        yield MenuSelect(languages, value=letter, allow_blank=False, id="letter-language", compact=True)
        yield Label(t("settings_form.country"))
        yield FieldInput(self.settings.country or "", id="country", compact=True)
        yield Label(t("settings_form.theme"))
        themes = [(name, name) for name in self.themes]
        theme = self.settings.theme if self.settings.theme in self.themes else Select.NULL
        yield MenuSelect(themes, value=theme, allow_blank=theme is Select.NULL, id="theme", compact=True)

    def on_mount(self) -> None:
        self.query_one("#your-name", Input).focus()

    def kept(self, name: str, typed: str, *, multiline: bool = False) -> str:
        """What the user left as shown keeps the file's text exactly; only an edit replaces it."""
        original: str = getattr(self.settings, name)
        return original.strip() if typed == printable(original, multiline=multiline) else typed.strip()

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        email = self.query_one("#email", Input).value.strip()
        problem = email_problem(email)
        self.show_problem(problem)
        if problem:
            self.query_one("#email", Input).focus()
            return
        country = ""
        if not self.sender_only:
            country = self.query_one("#country", Input).value.strip().upper()
            if country and not known_country(country):
                self.show_problem(t("settings_form.country_unknown", code=printable(country)))
                self.query_one("#country", Input).focus()
                return
        values: dict[str, object] = {
            name: self.kept(name, self.query_one(f"#{widget_id}", Input).value)
            for widget_id, name in TEXT_FIELDS
        }
        signature = self.query_one("#signature", TextArea).text
        values["signature"] = self.kept("signature", signature, multiline=True)
        values["sender_asked"] = True
        if not self.sender_only:
            language = self.query_one("#language", Select).value
            # Only a real change pins the language; otherwise it keeps following the environment.
            if isinstance(language, str) and language != current_language():
                values["language"] = language
            letter_language = self.query_one("#letter-language", Select).value
            if isinstance(letter_language, str):
                values["letter_language"] = letter_language
            # Empty: follow the locale again.
            values["country"] = country or None
            theme = self.query_one("#theme", Select).value
            if isinstance(theme, str):
                values["theme"] = theme
        self.dismiss(replace(self.settings, **values))  # type: ignore[arg-type]

    def show_problem(self, problem: str | None) -> None:
        error = self.query_one("#settings-error", Static)
        error.update(problem or "")
        error.display = bool(problem)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
