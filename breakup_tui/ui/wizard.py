"""The wizard: the task list beside the current step's form, with guidance and autosave."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, OptionList, Static, TextArea

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import STEP_IDS, Status
from breakup_tui.core.printable import printable
from breakup_tui.store.clients import ClientStore, OpenClient, StoreError
from breakup_tui.ui.letter_actions import settings_of
from breakup_tui.ui.localize import localized
from breakup_tui.ui.review import ReviewScreen
from breakup_tui.ui.screen_keys import SCREEN_KEYS
from breakup_tui.ui.steps import form_for
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.widgets.demo_badge import DemoBadge
from breakup_tui.ui.widgets.task_list import TaskList

# Seconds of quiet after the last edit before the plan is written.
AUTOSAVE_DELAY = 0.6
# Seconds before a failed save is tried again.
RETRY_DELAY = 5.0


class WizardScreen(Screen[None]):
    """One client's plan, a step at a time."""

    # alt+arrows come first and are the ones shown: no text field takes them, so they change
    # step from anywhere. ctrl+arrows work too, except in a text field, where they move by word.
    BINDINGS = [
        Binding(
            "alt+left,ctrl+left",
            "previous_step",
            "wizard.key_back",
            key_display="alt+←",
            id="wizard.back",
        ),
        Binding(
            "alt+right,ctrl+right",
            "next_step",
            "wizard.key_next",
            key_display="alt+→",
            id="wizard.next",
        ),
        Binding("ctrl+d", "toggle_done", "wizard.key_done", priority=True, id="wizard.done"),
        Binding("escape", "home", "wizard.key_home", id="wizard.home"),
        Binding("ctrl+g", "toggle_guidance", "wizard.key_guidance", show=False, id="wizard.guidance"),
        Binding("ctrl+r", "review", "review.key_review", show=False, id="wizard.review"),
        # Priority, so a text area's own ctrl+e (end of line; End does the same) gives way;
        # check_action offers it only where the focus is on a long text field.
        Binding("ctrl+e", "edit_externally", "editor.key", priority=True, id="wizard.editor"),
        Binding("f2", "edit_client", "client_form.key_edit", show=False, id="wizard.edit_client"),
        Binding("ctrl+w", "wrapup", "wrapup.key_wrapup", show=False, id="wizard.wrapup"),
        *SCREEN_KEYS,
    ]

    # "saved", "pending" (waiting for a pause in typing), "saving" or "failed"
    save_state: reactive[str] = reactive("saved")
    show_guidance: reactive[bool] = reactive(True)

    def __init__(self, store: ClientStore, client: OpenClient) -> None:
        super().__init__()
        self.store = store
        self.client = client
        self.plan = client.plan
        self._dirty = False
        self._save_timer: Timer | None = None
        # Set when the screen is rebuilt (e.g. a language switch) and the client stays open.
        self.keep_client_open = False
        # Set once the user was told that leaving now drops changes the disk refused.
        self._warned_unsaved = False
        # Writes started in the worker and not yet answered: until then, nothing is known to be saved.
        self._in_flight = 0
        # Set when the screen goes away: late answers from the worker must not touch it.
        # (Not ``_closing``: Textual's message pump uses that name for itself.)
        self._leaving = False

    @property
    def current(self) -> str:
        return self.plan.progress.current

    @property
    def help_topic(self) -> str:
        """F1 explains the step on screen."""
        return self.current

    @property
    def read_only(self) -> bool:
        return self.client.read_only is not None

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(id="title")
            yield DemoBadge()
            yield Static(id="save-state")
        with Horizontal(id="wizard-body"):
            with Vertical(id="sidebar"):
                yield Static(t("wizard.steps_title"), id="steps-title")
                yield TaskList(id="task-list")
            with Vertical(id="step-area"):
                yield Static(id="step-heading")
                yield Static(id="step-not-needed", classes="-hidden")
                yield Static(id="guidance")
                yield Vertical(id="step-slot")
        yield Footer()

    def on_mount(self) -> None:
        if self.client.read_only:
            self.notify(printable(self.client.read_only), severity="warning", timeout=8, markup=False)
            self.save_state = "read_only"
        self.show_step(self.current)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "edit_externally":
            return self.long_text_in_focus() is not None
        return True

    def long_text_in_focus(self) -> TextArea | None:
        focused = self.focused
        if isinstance(focused, TextArea) and not focused.read_only and not self.read_only:
            return focused
        return None

    def action_edit_externally(self) -> None:
        """Hand the focused long text to $VISUAL/$EDITOR; what comes back is an edit like typing."""
        from breakup_tui.ui.external_editor import EditorUnavailable, edit_externally

        area = self.long_text_in_focus()
        if area is None:
            raise SkipAction()
        try:
            text = edit_externally(self.app, area.text)
        except EditorUnavailable as problem:
            self.notify(printable(str(problem)), severity="warning", markup=False)
            return
        text = printable(text, multiline=True)
        if text.endswith("\n") and not area.text.endswith("\n"):
            # Most editors end a saved file with a newline; that is not the user's edit.
            text = text[:-1]
        if text == area.text:
            self.notify(t("editor.unchanged"))
            return
        # One undoable edit, so the field's own Changed handling stores it (the letter: as a hand edit).
        area.replace(text, area.document.start, area.document.end)
        area.focus()

    # -- steps -------------------------------------------------------------

    def show_step(self, step: str) -> None:
        self.plan.progress.current = step
        number = STEP_IDS.index(step) + 1
        name = t(f"steps.{step}")
        self.query_one("#title", Static).update(Text(f"{printable(self.plan.client.name)} · {name}"))
        self.query_one("#step-heading", Static).update(t("wizard.step_heading", n=number, name=name))
        self.query_one("#guidance", Static).update(t(f"guidance.{step}"))
        self.show_not_needed(step)
        self.query_one(TaskList).show(self.plan, step)
        slot = self.query_one("#step-slot", Vertical)
        slot.remove_children()
        form = form_for(step)(self.plan, read_only=self.read_only)
        slot.mount(form)
        self.title = printable(self.plan.client.name)

    def show_not_needed(self, step: str) -> None:
        """One line at the top of a step the verdict made unnecessary, naming that verdict."""
        note = self.query_one("#step-not-needed", Static)
        needed = self.plan.progress.status_of(step) is not Status.NOT_NEEDED
        note.set_class(needed, "-hidden")
        if not needed:
            note.update(t("wizard.not_needed_note", verdict=t(f"verdict.{self.plan.decide.verdict.value}")))

    def go_to(self, step: str) -> None:
        if step == self.current:
            return
        self.show_step(step)
        self.schedule_save()

    @on(OptionList.OptionSelected, "#task-list")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.go_to(event.option.id)

    def action_previous_step(self) -> None:
        index = STEP_IDS.index(self.current)
        if index > 0:
            self.go_to(STEP_IDS[index - 1])

    def action_next_step(self) -> None:
        index = STEP_IDS.index(self.current)
        if index < len(STEP_IDS) - 1:
            if STEP_IDS[index + 1] == "writing":
                # Check your answers stands between the steps and the letter.
                self.action_review()
                return
            self.go_to(STEP_IDS[index + 1])

    def action_review(self) -> None:
        """Show every answer on one page; come back at the step the user picks there."""

        def chosen(step: str | None) -> None:
            if step not in STEP_IDS:
                return
            if step == self.current:
                # Still on this step: the user's details may have changed on the way.
                for form in self.query(StepForm):
                    form.refresh_from_plan()
            else:
                self.go_to(step)

        self.app.push_screen(localized(ReviewScreen)(self.plan, settings_of(self.app)), chosen)

    def action_edit_client(self) -> None:
        """The client's details, from inside the plan; the step on screen follows at once."""
        if self.read_only:
            return
        from breakup_tui.core.summary import name_in_use
        from breakup_tui.ui.dialogs.client_form import apply_client_form, open_client_dialog

        # Read once, when the dialog opens; the name field checks against it on every key.
        others = self.store.summaries()
        stem = self.client.stem

        def edited(form: object) -> None:
            from breakup_tui.ui.dialogs.client_form import ClientForm

            if isinstance(form, ClientForm) and apply_client_form(self.plan, form):
                self.app.notify(t("client_form.saved"))
                self.show_step(self.current)
                self.schedule_save()

        open_client_dialog(self.app, self.plan, lambda name: name_in_use(others, name, stem), edited)

    def action_wrapup(self) -> None:
        """The checklist after the letter (ui/wrapup.py), on this same open client."""
        from breakup_tui.ui.wrapup import WrapupScreen

        self.flush()
        self.app.push_screen(localized(WrapupScreen)(self.store, self.client, owns_client=False))

    def action_toggle_done(self) -> None:
        if self.read_only:
            return
        step = self.current
        status = self.plan.progress.status_of(step)
        name = t(f"steps.{step}")
        if status is Status.DONE:
            self.plan.progress.status[step] = Status.IN_PROGRESS
            self.notify(t("wizard.marked_not_done", step=name))
        else:
            self.plan.progress.status[step] = Status.DONE
            self.notify(t("wizard.marked_done", step=name))
        self.query_one(TaskList).show(self.plan, step)
        self.schedule_save()

    def action_toggle_guidance(self) -> None:
        self.show_guidance = not self.show_guidance

    def watch_show_guidance(self, show: bool) -> None:
        self.query_one("#guidance").set_class(not show, "-hidden")

    def action_home(self) -> None:
        if self.may_leave():
            self.app.pop_screen()

    def may_leave(self) -> bool:
        """Write what is pending; if the disk refuses, stay once, so changes are never dropped unseen."""
        self.flush()
        if not self._dirty or self.read_only or self._warned_unsaved:
            self._leaving = True
            return True
        self._warned_unsaved = True
        self.notify(t("wizard.leave_unsaved"), severity="warning", timeout=10)
        return False

    @on(StepForm.Changed)
    def _step_changed(self, event: StepForm.Changed) -> None:
        step = event.step_id or self.current
        if self.plan.progress.status_of(step) is Status.NOT_STARTED:
            self.plan.progress.status[step] = Status.IN_PROGRESS
        # A change may move other steps too ("let it fade" marks later steps not needed).
        self.query_one(TaskList).show(self.plan, self.current)
        self.schedule_save()

    # -- saving ------------------------------------------------------------

    def schedule_save(self) -> None:
        """Save after a pause in editing, never on every keystroke."""
        if self.read_only:
            return
        self._dirty = True
        # Waiting for a pause in typing is routine, not a warning; a failed write keeps its own state.
        if self.save_state != "failed":
            self.save_state = "pending"
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(AUTOSAVE_DELAY, self._save_now)

    def _save_now(self) -> None:
        if not self._dirty or self.read_only or self._leaving:
            return
        self._dirty = False
        self.save_state = "saving"
        # Render on the UI thread (the plan is only touched here); write in a worker.
        try:
            text, revision = self.store.render(self.client)
        except StoreError as error:
            self._save_failed(str(error))
            return
        self._in_flight += 1
        self._write(text, revision)

    @work(thread=True, group="autosave")
    def _write(self, text: str, revision: int) -> None:
        try:
            self.store.write(self.client, text, revision)
        except StoreError as error:
            self.app.call_from_thread(self._write_answered, revision, str(error))
        else:
            self.app.call_from_thread(self._write_answered, revision, None)

    def _write_answered(self, revision: int, problem: str | None) -> None:
        self._in_flight -= 1
        if problem is None:
            self._save_succeeded()
        elif revision > self.client.written_revision:
            # A failure matters only if no newer write (e.g. flush on leaving) reached the disk since.
            self._save_failed(problem)

    def _save_succeeded(self) -> None:
        self._warned_unsaved = False
        if not self._dirty and not self._leaving:
            self.save_state = "saved"

    def _save_failed(self, reason: str) -> None:
        # Keep the changes in memory and try again later.
        self._dirty = True
        message = printable(t("wizard.save_failed", reason=reason))
        self.notify(message, severity="error", timeout=10, markup=False)
        if self._leaving:
            return
        self.save_state = "failed"
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(RETRY_DELAY, self._save_now)

    def watch_save_state(self, state: str) -> None:
        labels = {
            "saved": t("wizard.saved"),
            "saving": t("wizard.saving"),
            "pending": t("wizard.pending"),
            "failed": "! " + t("wizard.unsaved"),
            "read_only": t("app.read_only"),
        }
        # A save can finish while the screen is being taken down (quitting): then there is no label.
        for label in self.query("#save-state").results(Static):
            label.update(labels.get(state, state))
            label.set_class(state == "failed", "-error")
            label.set_class(state == "pending", "-pending")

    def flush(self) -> None:
        """Write any pending change now (leaving the screen or quitting)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        # A write still in the worker may yet fail: save again now rather than trust it.
        if (self._dirty or self._in_flight) and not self.read_only:
            try:
                self.store.save(self.client)
                self._dirty = False
                self._warned_unsaved = False
            except StoreError as error:
                self._save_failed(str(error))

    def on_unmount(self) -> None:
        self._leaving = True
        self.flush()
        if not self.keep_client_open:
            self.store.close(self.client)
