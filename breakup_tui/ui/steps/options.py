"""Step 4, Offer options (O1–O7): referrals from the shared book, the hand-over checklist, keep referring.

Accounts are written down as labels only ("WordPress admin"): the app never asks
for a password, and the fields refuse anything that looks like one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import HANDOVER_ITEMS, HANDOVER_STATES, Account, Referral
from breakup_tui.store.clients import StoreError
from breakup_tui.store.paths import Locations, locate
from breakup_tui.store.referrals import ReferralStore, same_person
from breakup_tui.ui.dialogs.referral_picker import PickedReferral, ReferralPicker, referral_line
from breakup_tui.ui.localize import localized
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.bind import setter
from breakup_tui.ui.widgets.fields import TextField
from breakup_tui.ui.widgets.item_rows import ItemRows
from breakup_tui.ui.widgets.marked import TickBox
from breakup_tui.ui.widgets.menu_select import MenuSelect

# A symbol per state, so the checklist never rests on colour alone.
HANDOVER_MARKS = {"undecided": "?", "todo": "○", "done": "✓", "not_applicable": "–"}


def handover_choices() -> list[tuple[str, str]]:
    return [(f"{HANDOVER_MARKS[state]} {t('options.state_' + state)}", state) for state in HANDOVER_STATES]


class OptionsForm(StepForm):
    STEP_ID = "options"

    def compose(self) -> ComposeResult:
        options = self.plan.options
        locked = self.read_only
        yield Static(t("options.referrals_title"), classes="section-title")
        yield ItemRows(
            self._referral_lines(),
            empty=t("options.no_referrals"),
            remove_label=t("options.remove"),
            id="referral-rows",
            disabled=locked,
        )
        yield Button(t("options.add_referral"), id="add-referral", compact=True, disabled=locked)

        yield Static(t("options.handover_title"), classes="section-title")
        for item in HANDOVER_ITEMS:
            with Horizontal(classes="handover-row"):
                yield Label(t(f"options.item_{item}"), classes="handover-label")
                yield localized(MenuSelect)(
                    handover_choices(),
                    value=options.handover.get(item, "todo"),
                    allow_blank=False,
                    compact=True,
                    id=f"handover-{item}",
                    classes="handover-state",
                    disabled=locked,
                )
            if item == "accounts":
                with Vertical(id="accounts"):
                    yield ItemRows(
                        self._account_lines(),
                        empty=t("options.no_accounts"),
                        remove_label=t("options.remove"),
                        id="account-rows",
                        disabled=locked,
                    )
                    with Horizontal(id="account-add-row"):
                        yield TextField(
                            t("options.account_label"),
                            "",
                            lambda _value: None,
                            placeholder=t("options.account_placeholder"),
                            id="account-new",
                            disabled=locked,
                        )
                        yield Button(
                            t("options.add_account"), id="add-account", compact=True, disabled=locked
                        )
        yield TextField(
            t("options.interim_tools"),
            options.interim_tools,
            setter(self, options, "interim_tools"),
            placeholder=t("options.interim_tools_placeholder"),
            id="interim-tools",
            disabled=locked,
        )
        yield TickBox(
            t("options.keep_referring"),
            value=options.keep_referring,
            id="keep-referring",
            compact=True,
            disabled=locked,
        )

    def _referral_lines(self) -> list[Text]:
        return [referral_line(r) for r in self.plan.options.referrals]

    def _account_lines(self) -> list[Text]:
        return [Text(account.label) for account in self.plan.options.accounts]

    # -- the checklist ------------------------------------------------------

    @on(Select.Changed, ".handover-state")
    def _handover_changed(self, event: Select.Changed) -> None:
        item = (event.select.id or "").removeprefix("handover-")
        handover = self.plan.options.handover
        if item in HANDOVER_ITEMS and isinstance(event.value, str) and handover.get(item) != event.value:
            handover[item] = event.value
            self.changed()

    @on(Checkbox.Changed, "#keep-referring")
    def _keep_referring(self, event: Checkbox.Changed) -> None:
        setter(self, self.plan.options, "keep_referring")(event.value)

    # -- accounts -----------------------------------------------------------

    def _add_referral_button(self) -> Button:
        return self.query_one("#add-referral", Button)

    def _new_account_input(self) -> Input:
        return self.query_one("#account-new", TextField).query_one(Input)

    @on(Input.Submitted)
    @on(Button.Pressed, "#add-account")
    async def _add_account(self, event: Input.Submitted | Button.Pressed) -> None:
        typed = self._new_account_input()
        if isinstance(event, Input.Submitted) and event.input is not typed:
            return
        field = self.query_one("#account-new", TextField)
        label = field.value.strip()
        if label and field.valid:
            self.plan.options.accounts.append(Account(label))
            typed.value = ""
            await self.query_one("#account-rows", ItemRows).show(self._account_lines())
            self.changed()
        typed.focus()

    @on(ItemRows.Removed)
    async def _remove_row(self, event: ItemRows.Removed) -> None:
        options = self.plan.options
        # Each list: the plan's entries, how they are shown, and where the focus goes once it is empty.
        lists: dict[str | None, tuple[list[Any], Callable[[], list[Text]], Callable[[], Widget]]] = {
            "referral-rows": (options.referrals, self._referral_lines, self._add_referral_button),
            "account-rows": (options.accounts, self._account_lines, self._new_account_input),
        }
        entries, lines, fallback = lists[event.rows.id]
        del entries[event.index]
        await event.rows.show(lines())
        # The pressed button is gone: keep the focus nearby rather than lose it.
        if not event.rows.focus_row(event.index):
            fallback().focus()
        self.changed()

    # -- referrals ----------------------------------------------------------

    def locations(self) -> Locations:
        """The app's folders (BreakupApp knows them; a bare test app uses the environment's)."""
        found = getattr(self.app, "locations", None)
        return found if isinstance(found, Locations) else locate()

    @on(Button.Pressed, "#add-referral")
    def _pick_referral(self) -> None:
        picker = localized(ReferralPicker)(self.locations(), list(self.plan.options.referrals))
        self.app.push_screen(picker, self._referral_picked)

    async def _referral_picked(self, picked: PickedReferral | None) -> None:
        if picked is None:
            return
        if any(same_person(picked.referral, known) for known in self.plan.options.referrals):
            self.notify(t("options.referral_already", name=picked.referral.name), markup=False)
            return
        self.plan.options.referrals.append(picked.referral)
        await self.query_one("#referral-rows", ItemRows).show(self._referral_lines())
        self.changed()
        if picked.new:
            self._add_to_book(picked.referral)

    @work(thread=True, group="referral-book")
    def _add_to_book(self, referral: Referral) -> None:
        try:
            ReferralStore(self.locations()).add(referral)
        except StoreError as error:
            message = t("options.book_not_saved", reason=str(error))
            self.app.call_from_thread(self.notify, message, severity="warning", timeout=10, markup=False)


FORM = OptionsForm
