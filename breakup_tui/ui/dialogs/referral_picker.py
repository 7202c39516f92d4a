"""Choosing a referral: someone from the shared address book, or someone new who then joins it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Referral
from breakup_tui.core.printable import printable
from breakup_tui.store.paths import Locations
from breakup_tui.store.referrals import ReferralBook, ReferralStore, same_person
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.visibility import hidden
from breakup_tui.ui.widgets.fields import FieldError, TextField, required
from breakup_tui.ui.widgets.keys_footer import KeysFooter


def referral_line(referral: Referral) -> Text:
    """One line per person: name, then what they do and how to reach them (user text, never markup).

    The book is a file the user may edit by hand: control characters in it are shown as symbols.
    """
    parts = [referral.name, *(p for p in (referral.speciality, referral.contact) if p.strip())]
    return Text(printable(" · ".join(parts)))


@dataclass(frozen=True)
class PickedReferral:
    referral: Referral
    new: bool  # typed in now, so it joins the book


NEW_FIELDS = ("name", "contact", "speciality")


class ReferralPicker(Localized, ModalScreen[PickedReferral | None]):
    CSS_PATH = sheets("dialogs")
    BINDINGS = [Binding("escape", "cancel", "common.cancel")]
    help_topic = "referral_picker"

    def __init__(self, locations: Locations, already: list[Referral]) -> None:
        super().__init__()
        self.locations = locations
        self.already = already
        self.offered: list[Referral] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="referral-picker"):
            yield Static(t("referrals.title"), classes="heading")
            with VerticalScroll(classes="picker-body"):
                yield Label(t("referrals.from_book"), classes="heading")
                yield Static(t("referrals.loading"), id="book-note")
                yield hidden(OptionList(id="book", compact=True))
                yield Label(t("referrals.someone_new"), classes="heading")
                for name in NEW_FIELDS:
                    yield TextField(
                        t(f"referrals.{name}"),
                        "",
                        lambda _value: None,
                        checks=[required] if name == "name" else (),
                        placeholder=t(f"referrals.{name}_placeholder"),
                        id=f"new-{name}",
                    )
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("common.cancel"), id="cancel")
                yield Button(t("referrals.add"), variant="primary", id="add")
        # Its own footer covers the keys of the screen behind, which do not work here.
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#new-name", TextField).query_one(Input).focus()
        self.load_book()

    @work(thread=True, group="referral-book")
    def load_book(self) -> None:
        book = ReferralStore(self.locations).load()
        self.app.call_from_thread(self.show_book, book)

    def show_book(self, book: ReferralBook) -> None:
        self.offered = [r for r in book.referrals if not any(same_person(r, a) for a in self.already)]
        note = self.query_one("#book-note", Static)
        book_list = self.query_one("#book", OptionList)
        if book.damaged is not None:
            note.update(Text(printable(t("referrals.book_damaged", reason=book.damaged))))
            note.add_class("-warning")
        elif not self.offered:
            note.update(t("referrals.book_empty") if not book.referrals else t("referrals.book_all_used"))
        else:
            note.display = False
        book_list.set_options(Option(referral_line(r)) for r in self.offered)
        book_list.display = bool(self.offered)
        if self.offered:
            book_list.highlighted = 0
            book_list.focus()

    @on(OptionList.OptionSelected, "#book")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(PickedReferral(self.offered[event.option_index], new=False))

    @on(Input.Submitted)
    @on(Button.Pressed, "#add")
    def _add(self) -> None:
        fields = {name: self.query_one(f"#new-{name}", TextField) for name in NEW_FIELDS}
        if not fields["name"].value.strip():
            fields["name"].query_one(FieldError).show(t("input.required"))
        bad = next((f for f in fields.values() if not f.valid), None)
        if bad is not None:
            bad.query_one(Input).focus()
            return
        values = {name: field.value.strip() for name, field in fields.items()}
        self.dismiss(PickedReferral(Referral(**values), new=True))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
