"""Creating a client, editing its details, or renaming it: a modal that returns what was typed, or None."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import ADDRESS_FORMS, DEFAULT_ADDRESS, LANGUAGES, ClientDetails, Plan
from breakup_tui.core.printable import printable
from breakup_tui.core.validation import client_name_problem, email_problem
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.validators import CoreCheck
from breakup_tui.ui.widgets.field_input import FieldInput
from breakup_tui.ui.widgets.keys_footer import KeysFooter
from breakup_tui.ui.widgets.menu_select import MenuSelect


@dataclass(frozen=True)
class ClientForm:
    name: str
    contact: str = ""
    email: str = ""
    language: str = "en"
    greeting: str = ""
    address: str = DEFAULT_ADDRESS


class ClientFormDialog(Localized, ModalScreen[ClientForm | None]):
    """Name (required, unique), contact and email (checked), the letter's language and how it greets.

    ``editing`` fills the fields from an existing client; ``rename_from`` asks for the name only.
    """

    CSS_PATH = sheets("dialogs")

    BINDINGS = [Binding("escape", "cancel", "common.cancel")]
    help_topic = "client_form"

    def __init__(
        self,
        is_taken: Callable[[str], bool],
        *,
        rename_from: str | None = None,
        default_language: str = "en",
        editing: ClientDetails | None = None,
    ) -> None:
        super().__init__()
        self.is_taken = is_taken
        self.editing = editing
        # Editing keeps the client's own name out of the "already taken" check, as renaming does.
        self.rename_from = rename_from
        self.own_name = editing.name if editing is not None else rename_from
        self.start = editing or ClientDetails(name="", language=default_language)

    @property
    def renaming(self) -> bool:
        return self.rename_from is not None

    @property
    def shown_name(self) -> str:
        # A name from a file may hold control characters; the field shows them, harmless.
        return printable(self.own_name or "")

    def title_text(self) -> str:
        if self.renaming:
            return t("new_client.rename_title")
        return t("client_form.edit_title") if self.editing is not None else t("new_client.title")

    def on_mount(self) -> None:
        # The name is focused before the fields are laid out, which scrolled them to the input and
        # left its label above: start at the top once they are.
        fields = self.query_one(".client-fields")
        self.call_after_refresh(fields.scroll_home, animate=False)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog client-dialog"):
            yield Static(self.title_text(), classes="heading")
            # Taller than 24 rows with every field: the fields scroll between a title and buttons
            # that stay in sight.
            # Not a tab stop of its own: focusing a field scrolls it into view.
            fields = "client-fields" if self.renaming else "client-fields -scrolling"
            with VerticalScroll(classes=fields, can_focus=False):
                yield Label(t("new_client.name"))
                yield FieldInput(
                    value=self.shown_name,
                    placeholder=t("new_client.name_placeholder"),
                    validators=[CoreCheck(self._name_problem)],
                    validate_on=["changed", "submitted"],
                    id="name",
                    compact=True,
                )
                yield Static(id="name-error", classes="field-error")
                if not self.renaming:
                    start = self.start
                    yield Label(t("new_client.contact"))
                    yield FieldInput(
                        printable(start.contact),
                        placeholder=t("new_client.contact_placeholder"),
                        id="contact",
                        compact=True,
                    )
                    yield Label(t("new_client.email"))
                    yield FieldInput(
                        printable(start.email),
                        placeholder=t("new_client.email_placeholder"),
                        validators=[CoreCheck(email_problem)],
                        validate_on=["changed", "submitted"],
                        id="email",
                        compact=True,
                    )
                    yield Static(id="email-error", classes="field-error")
                    yield Label(t("new_client.language"))
                    yield MenuSelect(
                        [(t(f"language.{code}"), code) for code in LANGUAGES],
                        value=start.language if start.language in LANGUAGES else LANGUAGES[0],
                        allow_blank=False,
                        id="language",
                        compact=True,
                    )
                    yield Label(t("client_form.greeting"))
                    yield FieldInput(
                        printable(start.greeting),
                        placeholder=self.greeting_hint(start.contact),
                        id="greeting",
                        compact=True,
                    )
                    address_row = Vertical(id="address-row")
                    address_row.display = start.language == "it"
                    with address_row:
                        yield Label(t("client_form.address"))
                        yield MenuSelect(
                            [(t(f"client_form.address_{form}"), form) for form in ADDRESS_FORMS],
                            value=start.address if start.address in ADDRESS_FORMS else DEFAULT_ADDRESS,
                            allow_blank=False,
                            id="address",
                            compact=True,
                        )
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("common.cancel"), id="cancel")
                label = t("common.rename") if self.renaming else t("common.create")
                if self.editing is not None:
                    label = t("common.save")
                yield Button(label, variant="primary", id="submit")
        # Its own footer covers the client list's, whose keys do not work while the dialog is open.
        yield KeysFooter()

    @staticmethod
    def greeting_hint(contact: str) -> str:
        """The greeting the letter uses when the field stays empty: the contact's first word."""
        words = contact.split()
        return (
            t("client_form.greeting_placeholder", name=words[0]) if words else t("client_form.greeting_none")
        )

    def _name_problem(self, name: str) -> str | None:
        def taken(candidate: str) -> bool:
            if self.own_name is not None and candidate.strip().casefold() == self.own_name.strip().casefold():
                return False
            return self.is_taken(candidate)

        return client_name_problem(name, taken)

    @on(Input.Changed, "#contact")
    def _contact_changed(self, event: Input.Changed) -> None:
        self.query_one("#greeting", Input).placeholder = self.greeting_hint(event.value)

    @on(Select.Changed, "#language")
    def _language_changed(self, event: Select.Changed) -> None:
        # The form of address is an Italian choice; English writes the same to everyone.
        self.query_one("#address-row").display = event.value == "it"

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
        self.dismiss(self.typed(name_input.value))

    def typed(self, name: str) -> ClientForm:
        """What the fields hold; a field left as shown keeps the client's own value exactly."""
        start = self.start

        def value(field_id: str, original: str) -> str:
            text = self.query_one(f"#{field_id}", Input).value
            return original if text == printable(original) else text.strip()

        language = self.query_one("#language", Select).value
        address = self.query_one("#address", Select).value
        return ClientForm(
            name=value("name", self.own_name or ""),
            contact=value("contact", start.contact),
            email=value("email", start.email),
            language=language if isinstance(language, str) else LANGUAGES[0],
            greeting=value("greeting", start.greeting),
            address=address if isinstance(address, str) else DEFAULT_ADDRESS,
        )

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def apply_client_form(plan: Plan, form: ClientForm) -> bool:
    """Put what the dialog returned into the plan; True when anything changed."""
    return plan.edit_client(
        name=form.name,
        contact=form.contact,
        email=form.email,
        language=form.language,
        greeting=form.greeting,
        address=form.address,
    )


def open_client_dialog(
    app: App[Any], plan: Plan, is_taken: Callable[[str], bool], then: Callable[[ClientForm | None], None]
) -> None:
    """The client dialog, filled from ``plan``: the same from the client list, the wizard and the palette."""
    app.push_screen(ClientFormDialog(is_taken, editing=plan.client), then)
