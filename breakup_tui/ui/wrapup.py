"""The wrap-up screen: the checklist after the letter, ticked off by keyboard, saved on every tick."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from breakup_tui.core import clock
from breakup_tui.core.humanize import short_date
from breakup_tui.core.i18n import current_language, t, tn
from breakup_tui.core.printable import printable
from breakup_tui.core.reminder import Reminder, find_invoice, payment_reminder, reminder_tone
from breakup_tui.core.wrapup import (
    WrapupItem,
    action_text,
    chase,
    ended_on,
    in_wrapup,
    next_action,
    start,
    toggle_done,
    toggle_not_needed,
    wrapup_items,
)
from breakup_tui.export import ExportRefused, ExportSource, default_folder, write_export
from breakup_tui.store.clients import ClientStore, OpenClient
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.autosave import Autosave
from breakup_tui.ui.client_screen import ClientScreen
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.widgets.demo_badge import DemoBadge
from breakup_tui.ui.widgets.keys_footer import KeysFooter
from breakup_tui.ui.widgets.save_indicator import SaveIndicator


def state_text(item: WrapupItem) -> str:
    """What the user sees beside an item: its date and state, in the interface language."""
    if item.state == "done":
        key = "wrapup.paid_on" if item.kind == "invoice" else "wrapup.done_on"
        return t(key, day=short_date(item.on)) if item.on else t("wrapup.done")
    if item.state == "not_needed":
        return t("wrapup.written_off") if item.kind == "invoice" else t("wrapup.not_needed")
    parts = [t("wrapup.due", day=short_date(item.due)) if item.due else t("wrapup.no_date")]
    if item.chased_on is not None:
        parts.append(t("wrapup.chased_on", day=short_date(item.chased_on)))
    if item.optional:
        parts.append(t("wrapup.optional"))
    return ", ".join(parts)


def item_line(item: WrapupItem, overdue: bool) -> Text:
    mark = {"todo": "○", "done": "✓", "not_needed": "–"}[item.state]
    text = Text(f"{mark} ")
    text.append(printable(action_text(item.action(), current_language())))
    text.append(f"  {state_text(item)}", style="dim")
    if overdue:
        text.append(f"  ! {t('wrapup.overdue')}", style=Style(color="red", bold=True))
    return text


class WrapupScreen(ClientScreen):
    """One client's wrap-up, from the sent letter to the end."""

    CSS_PATH = sheets("wrapup")

    BINDINGS = [
        Binding("space", "toggle_done", "wrapup.key_toggle_done", id="wrapup.done"),
        Binding("n", "not_needed", "wrapup.key_not_needed", id="wrapup.not_needed"),
        Binding("c", "chased", "wrapup.key_chase", id="wrapup.chased"),
        Binding("m", "reminder", "wrapup.key_reminder", id="wrapup.reminder"),
        Binding("b", "begin", "wrapup.key_begin", show=False, id="wrapup.begin"),
        Binding("escape", "back", "wrapup.key_back", id="wrapup.back"),
    ]
    help_topic = "wrapup"

    def __init__(
        self, store: ClientStore, client: OpenClient, *, owns_client: bool, saving: Autosave | None = None
    ) -> None:
        # Opened from the wizard, the screen saves through the wizard's autosave.
        super().__init__(saving or Autosave(store, client))
        self.store = store
        self.client = client
        self.plan = client.plan
        # Opened from the client list, the screen holds the client's lock and closes it on leaving.
        self.owns_client = owns_client
        self.items: list[WrapupItem] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(Text(f"{printable(self.plan.client.name)} · {t('wrapup.title')}"), id="title")
            yield DemoBadge()
            yield Static(id="wrapup-left")
            yield SaveIndicator(self.autosave)
        yield Static(t("wrapup.guidance"), id="guidance")
        yield Static(id="wrapup-status")
        yield OptionList(id="wrapup-items")
        yield KeysFooter()

    def on_mount(self) -> None:
        if self.client.read_only:
            self.notify(printable(self.client.read_only), severity="warning", markup=False)
        self.show_items()
        self.query_one(OptionList).focus()

    def show_items(self) -> None:
        today = clock.today()
        self.items = wrapup_items(self.plan, today)
        options = self.query_one("#wrapup-items", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        options.add_options(Option(item_line(i, i.overdue(today)), id=i.key) for i in self.items)
        if self.items:
            options.highlighted = min(highlighted or 0, len(self.items) - 1)
        open_count = sum(1 for item in self.items if item.open)
        left = tn("wrapup.left", open_count) if open_count else t("wrapup.nothing_left")
        self.query_one("#wrapup-left", Static).update(left)
        self.query_one("#wrapup-status", Static).update(self.status_text())

    def status_text(self) -> str:
        if not in_wrapup(self.plan):
            return t("wrapup.not_started")
        ended = ended_on(self.plan, self.items)
        if ended is not None:
            return t("wrapup.ended", day=short_date(ended))
        if not self.items:
            return t("wrapup.empty")
        first = next_action(self.items)
        if first is None:
            return ""
        action = action_text(first.action(), current_language())
        if first.due is None:
            return t("wrapup.next_undated", action=action)
        return t("wrapup.next", action=action, day=short_date(first.due))

    def selected(self) -> WrapupItem | None:
        index = self.query_one("#wrapup-items", OptionList).highlighted
        if index is None or not 0 <= index < len(self.items):
            return None
        return self.items[index]

    # -- ticking ------------------------------------------------------------

    def changed(self) -> None:
        """A tick begins the wrap-up if it had not begun, and is saved at once."""
        start(self.plan, clock.today())
        self.show_items()
        self.autosave.changed()
        self.save_now()

    def may_change(self) -> WrapupItem | None:
        return None if self.client.read_only else self.selected()

    def action_toggle_done(self) -> None:
        item = self.may_change()
        if item is not None:
            toggle_done(self.plan, item, clock.today())
            self.changed()

    def action_not_needed(self) -> None:
        item = self.may_change()
        if item is not None:
            toggle_not_needed(self.plan, item, clock.today())
            self.changed()

    def action_chased(self) -> None:
        item = self.may_change()
        if item is not None and chase(self.plan, item, clock.today()):
            self.notify(t("wrapup.chased", number=printable(item.subject)), markup=False)
            self.changed()

    def action_begin(self) -> None:
        if not self.client.read_only and start(self.plan, clock.today()):
            self.notify(t("wrapup.started"))
            self.changed()

    def action_reminder(self) -> None:
        item = self.selected()
        invoice = find_invoice(self.plan, item.subject) if item and item.kind == "invoice" else None
        if invoice is None or item is None or not item.open:
            self.notify(t("wrapup.reminder_only_invoices"))
            return
        settings = app_state(self.app).settings
        reminder = payment_reminder(self.plan, invoice, settings)
        source = ExportSource(
            self.plan,
            settings,
            self.client.stem,
            clock.today(),
            clock.now(),
            app_state(self.app).country,
        )
        self.app.push_screen(ReminderDialog(reminder, invoice.number, source))

    def action_back(self) -> None:
        if self.owns_client:
            self.leave_or_ask(self.app.pop_screen)
        else:
            self.app.pop_screen()  # the wizard underneath still holds the changes, and asks on leaving

    def on_unmount(self) -> None:
        if self.owns_client:
            self.close_client()


class ReminderDialog(Localized, ModalScreen[None]):
    """The payment reminder as it will be sent, with its tone findings; copy it to send it."""

    CSS_PATH = sheets("wrapup")

    BINDINGS = [
        Binding("c", "copy", "wrapup.key_copy", id="reminder.copy"),
        Binding("e", "save_eml", "wrapup.key_export", id="reminder.export"),
        Binding("escape", "dismiss_dialog", "wrapup.key_back", id="reminder.back"),
    ]

    def __init__(self, reminder: Reminder, number: str, source: ExportSource) -> None:
        super().__init__()
        self.reminder = reminder
        self.number = number
        self.source = source

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="reminder-box"):
            yield Static(Text(t("wrapup.reminder_title", number=printable(self.number))))
            head = f"{t('writing.to')}: {self.reminder.to}\n{t('writing.subject')}: {self.reminder.subject}"
            yield Static(Text(printable(head, multiline=True)), id="reminder-head")
            yield Static(Text(printable(self.reminder.body, multiline=True)), id="reminder-body")
            findings = reminder_tone(self.reminder)
            tone = "\n".join(f"! {f.text}: {f.message}" for f in findings) or t("wrapup.reminder_tone_clean")
            yield Static(Text(tone), id="reminder-tone")
        yield KeysFooter()

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.reminder.body)
        self.notify(t("wrapup.reminder_copied"))

    def action_save_eml(self) -> None:
        """A draft the mail client opens ready to send, in the export folder (like the letter's .eml)."""
        from breakup_tui.store.slug import slugify

        name = f"{self.source.stem}-reminder-{slugify(self.number) or 'invoice'}.eml"
        self.save(default_folder() / name)

    @work(thread=True, exclusive=True, group="reminder-eml")
    def save(self, path: Path) -> None:
        from breakup_tui.export.eml import reminder_eml

        try:
            write_export(path, reminder_eml(self.reminder, self.source))
        except ExportRefused as refusal:
            message = t("wrapup.reminder_failed", reason=str(refusal))
        except OSError as error:
            message = t("wrapup.reminder_failed", reason=error.strerror or str(error))
        else:
            self.app.call_from_thread(
                self.notify, printable(t("wrapup.reminder_saved", path=str(path))), markup=False
            )
            return
        self.app.call_from_thread(self.notify, printable(message), severity="error", markup=False)

    def action_dismiss_dialog(self) -> None:
        self.dismiss(None)
