"""The home screen: every client as a row, damaged files apart, and the keys to start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Input, Static

from breakup_tui.core import clock
from breakup_tui.core.i18n import current_language, t, tn
from breakup_tui.core.plan_vocabulary import STEP_IDS
from breakup_tui.core.printable import printable
from breakup_tui.core.summary import ClientSummary, name_in_use
from breakup_tui.store.clients import ClientStore, StoreError
from breakup_tui.store.conflicts import original_of
from breakup_tui.ui.app_requests import OpenClient, OpenWrapup
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.client_rows import row_cells
from breakup_tui.ui.main_screen import MainScreen
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.visibility import hidden
from breakup_tui.ui.widgets.demo_badge import DemoBadge
from breakup_tui.ui.widgets.field_input import FieldInput
from breakup_tui.ui.widgets.keys_footer import KeysFooter
from breakup_tui.ui.widgets.lazy_table import LazyTable

if TYPE_CHECKING:
    from breakup_tui.ui.dialogs.client_form import ClientForm


class HomeScreen(MainScreen[None]):
    """Pick a client, or add one."""

    CSS_PATH = sheets("home")

    BINDINGS = [
        # Shown only while a sync tool's conflict copy waits to be settled (check_action).
        Binding("c", "resolve_conflict", "home.key_conflict", id="home.conflict"),
        Binding("n", "new_client", "home.key_new", id="home.new"),
        Binding("enter", "open_client", "home.key_open", key_display="⏎", priority=True, id="home.open"),
        Binding("r", "rename_client", "home.key_rename", id="home.rename"),
        # Not in the footer, which is full at 80 columns; the palette and F1 name it.
        Binding("e", "edit_client", "client_form.key_edit", show=False, id="home.edit"),
        Binding("delete", "delete_client", "home.key_delete", key_display="del", id="home.delete"),
        Binding("u", "undo_delete", "home.key_undo", show=False, id="home.undo"),
        Binding("slash", "filter", "home.key_filter", key_display="/", id="home.filter"),
        Binding("x", "app.export", "home.key_export", id="home.export"),
        Binding("w", "wrapup", "wrapup.key_wrapup", show=False, id="home.wrapup"),
        Binding("h", "hide_ended", "wrapup.key_hide_ended", show=False, id="home.hide_ended"),
        Binding("s", "app.settings", "home.key_settings", show=False, id="home.settings"),
        Binding("escape", "clear_filter", show=False),
        Binding("q", "app.quit", "home.key_quit", show=False, id="home.quit"),
    ]
    help_topic = "home"

    def __init__(self, store: ClientStore) -> None:
        super().__init__()
        self.store = store
        self.summaries: list[ClientSummary] = []
        self.trashed: list[tuple[str, str]] = []  # (trash file name, client name), newest last
        self.filter_text = ""
        self.hide_ended = False
        self.conflicts: dict[str, str] = {}  # conflict copy's stem → its original's

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(f"{t('app.title')} · {t('home.title')}", id="title")
            yield DemoBadge()
            yield Static(id="client-count")
        # Disabled while hidden, so it never takes the focus (and the keys) from the table.
        yield hidden(FieldInput(placeholder=t("home.filter_placeholder"), id="filter", disabled=True))
        with hidden(Vertical(id="empty-state")):
            yield Static(t("home.empty_title"), classes="heading")
            yield Static(t("home.empty_body"))
            yield Static(t("home.empty_hint"), classes="empty-hint")
        yield LazyTable(id="clients", cursor_type="row", zebra_stripes=True)
        yield hidden(Static(id="damaged"))
        yield KeysFooter()

    def on_mount(self) -> None:
        table = self.query_one("#clients", DataTable)
        # The step column also carries a wrap-up's next action, which can be long: it gets the
        # width of the longest step name, and the action is cut with an ellipsis to fit.
        step_width = max(len(f"{n} {t('steps.' + step)}") for n, step in enumerate(STEP_IDS, start=1))
        for key in ("client", "verdict", "step", "done", "last_day", "updated"):
            width = step_width if key == "step" else None
            table.add_column(t(f"home.col_{key}"), key=key, width=width)
        table.focus()
        # No reload here: the screen is resumed right after it mounts, and that loads the list.

    def on_screen_resume(self) -> None:
        # Back from a client: its step, status or last day may have changed.
        self.reload()

    @work(thread=True, exclusive=True, group="home-list")
    def reload(self) -> None:
        summaries = self.store.summaries()
        self.app.call_from_thread(self.show_summaries, summaries)

    def show_summaries(self, summaries: list[ClientSummary]) -> None:
        self.summaries = summaries
        self.refresh_table()

    def refresh_table(self, select: str | None = None) -> None:
        table: LazyTable[ClientSummary] = self.query_one("#clients", LazyTable)
        previous = select or self.selected_stem()
        stems = {s.file for s in self.summaries}
        # A sync tool's conflict copy is shown as a conflict of its original, not as a second client.
        copies = {s.file: original for s in self.summaries if (original := original_of(s.file, stems))}
        healthy = [s for s in self.summaries if not s.damaged and s.file not in copies]
        damaged = [s for s in self.summaries if s.damaged and s.file not in copies]
        wanted = self.filter_text.casefold()
        shown = [s for s in healthy if wanted in s.name.casefold()] if wanted else healthy
        if self.hide_ended:
            shown = [s for s in shown if s.ended_on is None]
        now = clock.now()
        table.show(shown, lambda s: (s.file, row_cells(s, now)))
        if previous is not None:
            for row, s in enumerate(shown):
                if s.file == previous:
                    table.build_rows(row + 1)
                    table.move_cursor(row=row)
                    break
        count = len(healthy)
        self.query_one("#client-count", Static).update(tn("home.count", count))
        empty = not healthy
        self.query_one("#empty-state").display = empty
        table.display = not empty
        if shown and self.focused is None:
            table.focus()  # rows again (a deleted client restored): the keys work on them at once
        self.show_damaged(damaged, copies)
        self.conflicts = copies
        # The keys that act on a client come and go with the rows, the conflict key with the copies.
        self.refresh_bindings()

    def show_damaged(self, damaged: list[ClientSummary], copies: dict[str, str] | None = None) -> None:
        copies = copies or {}
        panel = self.query_one("#damaged", Static)
        panel.display = bool(damaged or copies)
        if not damaged and not copies:
            return
        text = Text()
        if damaged:
            text.append("! " + tn("home.damaged", len(damaged)))
        for s in damaged:
            text.append("\n  ")
            text.append(printable(t("home.damaged_line", file=f"{s.file}.toml", reason=s.error or "")))
        for copy, original in sorted(copies.items()):
            if text:
                text.append("\n")
            text.append("! ")
            text.append(printable(t("home.conflict_copy", copy=f"{copy}.toml", original=f"{original}.toml")))
        panel.update(text)

    def selected_stem(self) -> str | None:
        table = self.query_one("#clients", DataTable)
        if table.row_count == 0 or not table.display:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        except Exception:
            return None
        return str(key.value) if key.value is not None else None

    def name_taken(self, name: str, except_stem: str | None = None) -> bool:
        # Checked on every keystroke in the name field: against the list on screen, not the disk.
        return name_in_use(self.summaries, name, except_stem)

    def name_of(self, stem: str) -> str:
        return next((s.name for s in self.summaries if s.file == stem), stem)

    # -- actions -----------------------------------------------------------

    # The dialogs are imported when first opened: start-up stays fast.

    def action_new_client(self) -> None:
        from breakup_tui.core.plan import Plan
        from breakup_tui.ui.dialogs.client_form import ClientFormDialog

        def created(form: ClientForm | None) -> None:
            if form is None:
                return
            plan = Plan.new(
                form.name,
                contact=form.contact,
                email=form.email,
                language=form.language,
                greeting=form.greeting,
                address=form.address,
            )
            try:
                stem = self.store.create(plan)
            except StoreError as error:
                self.notify(printable(str(error)), severity="error", markup=False)
                return
            self.open_client(stem)

        self.app.push_screen(
            ClientFormDialog(self.name_taken, default_language=self.app_settings_letter_language()),
            created,
        )

    def app_settings_letter_language(self) -> str:
        """The letter language chosen in Settings, else the language the app speaks."""
        return app_state(self.app).settings.letter_language or current_language()

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.open_client(str(event.row_key.value))

    def action_open_client(self) -> None:
        stem = self.selected_stem()
        if stem is not None:
            self.open_client(stem)

    def open_client(self, stem: str) -> None:
        self.post_message(OpenClient(stem))

    def action_rename_client(self) -> None:
        stem = self.selected_stem()
        if stem is None:
            return
        old_name = self.name_of(stem)
        from breakup_tui.ui.dialogs.client_form import ClientFormDialog

        def renamed(form: ClientForm | None) -> None:
            if form is None or form.name == old_name:
                return
            try:
                self.store.rename(stem, form.name)
            except StoreError as error:
                self.notify(printable(str(error)), severity="error", markup=False)
                return
            self.notify(t("home.renamed", name=printable(form.name)), markup=False)
            self.reload()

        self.app.push_screen(
            ClientFormDialog(lambda name: self.name_taken(name, except_stem=stem), rename_from=old_name),
            renamed,
        )

    def action_edit_client(self) -> None:
        stem = self.selected_stem()
        if stem is None:
            return
        from breakup_tui.ui.dialogs.client_form import apply_client_form, open_client_dialog

        try:
            client = self.store.open(stem)
        except StoreError as error:
            self.notify(printable(str(error)), severity="error", markup=False)
            return
        if client.read_only:
            self.store.close(client)
            self.notify(printable(client.read_only), severity="warning", markup=False)
            return

        def edited(form: ClientForm | None) -> None:
            try:
                if form is not None and apply_client_form(client.plan, form):
                    self.store.save(client)
                    self.notify(t("client_form.saved"))
            except StoreError as error:
                self.notify(printable(str(error)), severity="error", markup=False)
            finally:
                self.store.close(client)
            self.reload()

        open_client_dialog(
            self.app, client.plan, lambda name: self.name_taken(name, except_stem=stem), edited
        )

    def action_delete_client(self) -> None:
        stem = self.selected_stem()
        if stem is None:
            return
        name = self.name_of(stem)
        from breakup_tui.ui.dialogs.confirm import ConfirmDialog

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                trashed = self.store.delete(stem)
            except StoreError as error:
                self.notify(printable(str(error)), severity="error", markup=False)
                return
            self.trashed.append((trashed, name))
            self.notify(t("home.deleted", name=printable(name)), markup=False)
            self.reload()

        self.app.push_screen(
            ConfirmDialog(
                t("confirm.delete_title", name=printable(name)),
                t("confirm.delete_body"),
                confirm_label=t("common.delete"),
                danger=True,
            ),
            confirmed,
        )

    def action_undo_delete(self) -> None:
        if not self.trashed:
            self.notify(t("home.nothing_to_undo"))
            return
        trashed, name = self.trashed.pop()
        try:
            stem = self.store.restore(trashed)
        except StoreError as error:
            self.notify(printable(str(error)), severity="error", markup=False)
            return
        self.notify(t("home.restored", name=printable(name)), markup=False)
        self.summaries.append(self.store.summary(stem))
        self.summaries.sort(key=lambda s: (s.name.casefold(), s.file))
        self.refresh_table(select=stem)

    # Keys that act on the selected client: out of the footer while no client is shown.
    ON_A_CLIENT = frozenset({"open_client", "rename_client", "edit_client", "delete_client", "wrapup"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "resolve_conflict":
            return bool(self.conflicts)
        if action in self.ON_A_CLIENT:
            return self.selected_stem() is not None
        if action == "filter":
            # Typing in the filter, / is a character (Textual does not count its key as one).
            filter_field = self.query("#filter")
            return not (filter_field and filter_field.first().has_focus)
        return True

    def action_resolve_conflict(self) -> None:
        """Compare a conflict copy with its original (the selected client's first) and keep one."""
        if not self.conflicts:
            return
        selected = self.selected_stem()
        copy = next((c for c, o in sorted(self.conflicts.items()) if o == selected), min(self.conflicts))
        from breakup_tui.store.conflict_choice import keep_copy, keep_original, read_conflict
        from breakup_tui.ui.dialogs.conflict import Choice, ConflictDialog

        pair = read_conflict(self.store, self.conflicts[copy], copy)
        original = f"{pair.original.stem}.toml"

        def chosen(choice: Choice | None) -> None:
            if choice is None:
                return
            keep = keep_original if choice == "original" else keep_copy
            try:
                trashed = keep(self.store, pair)
            except StoreError as error:
                self.notify(printable(str(error)), severity="error", markup=False)
                self.reload()
                return
            self.trashed.append((trashed, f"{copy}.toml" if choice == "original" else original))
            done = "conflict.kept_original" if choice == "original" else "conflict.kept_copy"
            self.notify(printable(t(done, original=original)), markup=False)
            self.reload()

        self.app.push_screen(ConflictDialog(pair), chosen)

    def action_wrapup(self) -> None:
        stem = self.selected_stem()
        if stem is not None:
            self.post_message(OpenWrapup(stem))

    def action_hide_ended(self) -> None:
        self.hide_ended = not self.hide_ended
        self.notify(t("wrapup.ended_hidden") if self.hide_ended else t("wrapup.ended_shown"))
        self.refresh_table()

    def action_filter(self) -> None:
        field = self.query_one("#filter", Input)
        field.disabled = False
        field.display = True
        field.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self.refresh_table()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#clients", DataTable).focus()

    def action_clear_filter(self) -> None:
        field = self.query_one("#filter", Input)
        if not field.display:
            return
        field.value = ""
        field.display = False
        field.disabled = True
        self.query_one("#clients", DataTable).focus()
