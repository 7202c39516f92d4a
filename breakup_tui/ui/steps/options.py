"""Step 4, Offer options: referrals from the shared book, the hand-over checklist, keep referring.

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
from textual.widgets import Button, Input, Static

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import HANDOVER_ITEMS, HANDOVER_STATES, Account, Plan, Referral
from breakup_tui.store.clients import StoreError
from breakup_tui.store.paths import Locations
from breakup_tui.store.referrals import ReferralStore, same_person
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.dialogs.referral_picker import PickedReferral, ReferralPicker, referral_line
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.form_parts import plan_field
from breakup_tui.ui.widgets.field_spec import TICKED, FieldSpec
from breakup_tui.ui.widgets.fields import TextField
from breakup_tui.ui.widgets.item_rows import ItemRows

# A symbol per state, so the checklist never rests on colour alone.
HANDOVER_MARKS = {"undecided": "?", "todo": "○", "done": "✓", "not_applicable": "–"}


def handover_field(item: str) -> FieldSpec[Plan]:
    """How far one hand-over item is; each state wears its symbol in the menu."""

    def write(plan: Plan, state: str) -> None:
        plan.options.handover[item] = state

    return FieldSpec[Plan](
        f"handover-{item}",
        f"options.item_{item}",
        read=lambda plan: plan.options.handover.get(item, "todo"),
        write=write,
        kind="choice",
        choices=lambda: [(f"{HANDOVER_MARKS[s]} {t('options.state_' + s)}", s) for s in HANDOVER_STATES],
    )


def _write_interim_tools(plan: Plan, text: str) -> None:
    plan.options.interim_tools = text


def _write_keep_referring(plan: Plan, text: str) -> None:
    plan.options.keep_referring = text == TICKED


INTERIM_TOOLS = FieldSpec[Plan](
    "interim-tools",
    "options.interim_tools",
    read=lambda plan: plan.options.interim_tools,
    write=_write_interim_tools,
    placeholder="options.interim_tools_placeholder",
)
KEEP_REFERRING = FieldSpec[Plan](
    "keep-referring",
    "options.keep_referring",
    read=lambda plan: TICKED if plan.options.keep_referring else "",
    write=_write_keep_referring,
    kind="flag",
)


class OptionsForm(StepForm):
    STEP_ID = "options"

    DEFAULT_CSS = """
    OptionsForm .handover-row {
        layout: horizontal;
    }
    OptionsForm .handover-row .field-label {
        width: 1fr;
    }
    OptionsForm .handover-row .field-choice {
        width: 22;
    }
    """

    def compose(self) -> ComposeResult:
        locked = self.read_only
        yield Static(t("options.referrals_title"), classes="heading")
        yield ItemRows(
            self._referral_lines(),
            empty=t("options.no_referrals"),
            remove_label=t("options.remove"),
            id="referral-rows",
            disabled=locked,
        )
        yield Button(t("options.add_referral"), id="add-referral", compact=True, disabled=locked)

        yield Static(t("options.handover_title"), classes="heading")
        for item in HANDOVER_ITEMS:
            yield plan_field(self, handover_field(item)).add_class("handover-row")
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
        yield plan_field(self, INTERIM_TOOLS)
        yield plan_field(self, KEEP_REFERRING)

    def _referral_lines(self) -> list[Text]:
        return [referral_line(r) for r in self.plan.options.referrals]

    def _account_lines(self) -> list[Text]:
        return [Text(account.label) for account in self.plan.options.accounts]

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
        # Each list: the plan's entries, how they are shown, what an entry is called, and where
        # the focus goes once it is empty.
        lists: dict[
            str | None, tuple[list[Any], Callable[[], list[Text]], Callable[[Any], str], Callable[[], Widget]]
        ] = {
            "referral-rows": (
                options.referrals,
                self._referral_lines,
                lambda r: r.name,
                self._add_referral_button,
            ),
            "account-rows": (
                options.accounts,
                self._account_lines,
                lambda a: a.label,
                self._new_account_input,
            ),
        }
        rows = event.rows
        entries, lines, name, fallback = lists[rows.id]
        entry = entries.pop(event.index)
        await rows.show(lines())
        # The pressed button is gone: keep the focus nearby rather than lose it.
        if not rows.focus_row(event.index):
            fallback().focus()
        self.changed()

        async def put_back() -> None:
            entries.insert(min(event.index, len(entries)), entry)
            await rows.show(lines())
            rows.focus_row(event.index)

        self.offer_undo(t("form.removed", name=name(entry)), put_back)

    # -- referrals ----------------------------------------------------------

    def locations(self) -> Locations:
        return app_state(self.app).locations

    @on(Button.Pressed, "#add-referral")
    def _pick_referral(self) -> None:
        picker = ReferralPicker(self.locations(), list(self.plan.options.referrals))
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
