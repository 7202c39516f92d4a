"""Creating a client, or renaming one: a modal that returns what was typed, or None."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import LANGUAGES
from breakup_tui.core.printable import printable
from breakup_tui.core.validation import client_name_problem, email_problem
from breakup_tui.ui.localize import localized
from breakup_tui.ui.validators import CoreCheck
from breakup_tui.ui.widgets.menu_select import MenuSelect


@dataclass(frozen=True)
class ClientForm:
    name: str
    contact: str = ""
    email: str = ""
    language: str = "en"


class ClientFormDialog(ModalScreen[ClientForm | None]):
    """Name (required, unique), contact and email (checked), and the letter's language."""

    BINDINGS = [Binding("escape", "cancel", "common.cancel")]
    help_topic = "client_form"

    def __init__(
        self,
        is_taken: Callable[[str], bool],
        *,
        rename_from: str | None = None,
        default_language: str = "en",
    ) -> None:
        super().__init__()
        self.is_taken = is_taken
        self.rename_from = rename_from
        self.default_language = default_language

    @property
    def renaming(self) -> bool:
        return self.rename_from is not None

    @property
    def shown_name(self) -> str:
        # A name from a file may hold control characters; the field shows them, harmless.
        return printable(self.rename_from or "")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            title = t("new_client.rename_title") if self.renaming else t("new_client.title")
            yield Static(title, classes="dialog-title")
            yield Label(t("new_client.name"))
            yield Input(
                value=self.shown_name,
                placeholder=t("new_client.name_placeholder"),
                validators=[CoreCheck(self._name_problem)],
                validate_on=["changed", "submitted"],
                id="name",
                compact=True,
            )
            yield Static(id="name-error", classes="field-error")
            if not self.renaming:
                yield Label(t("new_client.contact"))
                yield Input(placeholder=t("new_client.contact_placeholder"), id="contact", compact=True)
                yield Label(t("new_client.email"))
                yield Input(
                    placeholder=t("new_client.email_placeholder"),
                    validators=[CoreCheck(email_problem)],
                    validate_on=["changed", "submitted"],
                    id="email",
                    compact=True,
                )
                yield Static(id="email-error", classes="field-error")
                yield Label(t("new_client.language"))
                yield localized(MenuSelect)(
                    [(t(f"language.{code}"), code) for code in LANGUAGES],
                    value=self.default_language,
                    allow_blank=False,
                    id="language",
                    compact=True,
                )
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("common.cancel"), id="cancel")
                label = t("common.rename") if self.renaming else t("common.create")
                yield Button(label, variant="primary", id="submit")

    def _name_problem(self, name: str) -> str | None:
        def taken(candidate: str) -> bool:
            if (
                self.rename_from is not None
                and candidate.strip().casefold() == self.rename_from.strip().casefold()
            ):
                return False
            return self.is_taken(candidate)

        return client_name_problem(name, taken)

    @on(Input.Changed)
    def _show_problem(self, event: Input.Changed) -> None:
        if event.input.id in ("name", "email") and event.validation_result is not None:
            problems = event.validation_result.failure_descriptions
            self.query_one(f"#{event.input.id}-error", Static).update(problems[0] if problems else "")

    @on(Input.Submitted)
    @on(Button.Pressed, "#submit")
    def _submit(self) -> None:
        name_input = self.query_one("#name", Input)
        problems = {"name": self._name_problem(name_input.value)}
        if not self.renaming:
            problems["email"] = email_problem(self.query_one("#email", Input).value)
        for field_id, problem in problems.items():
            self.query_one(f"#{field_id}-error", Static).update(problem or "")
        first_bad = next((field_id for field_id, p in problems.items() if p), None)
        if first_bad is not None:
            self.query_one(f"#{first_bad}", Input).focus()
            return
        if self.rename_from is not None:
            untouched = name_input.value == self.shown_name
            self.dismiss(ClientForm(name=self.rename_from if untouched else name_input.value.strip()))
            return
        language = self.query_one("#language", Select).value
        self.dismiss(
            ClientForm(
                name=name_input.value.strip(),
                contact=self.query_one("#contact", Input).value.strip(),
                email=self.query_one("#email", Input).value.strip(),
                language=language if isinstance(language, str) else "en",
            )
        )

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
