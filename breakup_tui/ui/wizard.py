"""The wizard: the task list beside the current step's form, with guidance and autosave."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import OptionList, Static, TextArea

from breakup_tui.core.i18n import t
from breakup_tui.core.plan import STEP_IDS, Status
from breakup_tui.core.printable import printable
from breakup_tui.store.clients import ClientStore, OpenClient
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.autosave import Autosave
from breakup_tui.ui.client_screen import ClientScreen
from breakup_tui.ui.review import ReviewScreen
from breakup_tui.ui.steps import form_for
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.stylesheets import sheets
from breakup_tui.ui.visibility import hidden
from breakup_tui.ui.widgets.demo_badge import DemoBadge
from breakup_tui.ui.widgets.keys_footer import KeysFooter
from breakup_tui.ui.widgets.save_indicator import SaveIndicator
from breakup_tui.ui.widgets.task_list import TaskList


class WizardScreen(ClientScreen):
    """One client's plan, a step at a time."""

    CSS_PATH = sheets("wizard", "steps", "letter")

    # alt+arrows come first and are the ones shown: no text field takes them, so they change
    # step from anywhere. ctrl+arrows work too, except in a text field, where they move by word.
    BINDINGS = [
        Binding(
            "alt+left,ctrl+left",
            "previous_step",
            "wizard.key_back",
            key_display="alt+←",
            id="wizard.back",
            # Out of the footer, which must fit 80 columns in Italian too; the help lists it.
            show=False,
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
        # Priority, as the step's first field has focus: its own ctrl+w (delete the word
        # before the cursor) would otherwise hide the wrap-up from a step.
        Binding("ctrl+w", "wrapup", "wrapup.key_wrapup", show=False, priority=True, id="wizard.wrapup"),
    ]

    show_guidance: reactive[bool] = reactive(True)

    def __init__(self, store: ClientStore, client: OpenClient, *, saving: Autosave | None = None) -> None:
        # A wizard rebuilt in another language carries on with the same autosave.
        super().__init__(saving or Autosave(store, client))
        self.store = store
        self.client = client
        self.plan = client.plan
        # Set when the screen is rebuilt (e.g. a language switch) and the client stays open.
        self.keep_client_open = False

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

    @property
    def save_state(self) -> str:
        """The autosave's state: saved, pending (waiting for a pause in editing), failed or read_only."""
        return self.autosave.state.value

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(id="title")
            yield DemoBadge()
            yield SaveIndicator(self.autosave)
        # The step list and the step side by side between the top bar and the footer, both docked
        # (wizard.tcss), with no container around them: each container around the letter editor is
        # drawn again with every key typed in it.
        with Vertical(id="sidebar"):
            yield Static(t("wizard.steps_title"), id="steps-title", classes="heading")
            yield TaskList(id="task-list")
        with Vertical(id="step-area"):
            yield Static(id="step-heading", classes="heading")
            yield hidden(Static(id="step-not-needed"))
            yield Static(id="guidance")
        yield KeysFooter()

    def on_mount(self) -> None:
        if self.client.read_only:
            self.notify(printable(self.client.read_only), severity="warning", timeout=8, markup=False)
        self.show_step(self.current)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "edit_externally":
            return self.long_text_in_focus() is not None
        # Out of the footer where there is no step to go to: Next on the letter did nothing.
        if action == "next_step":
            return self.current != STEP_IDS[-1]
        if action == "previous_step":
            return self.current != STEP_IDS[0]
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
        area = self.query_one("#step-area", Vertical)
        area.query_children(StepForm).remove()
        # Step forms are Localized: keys a step binds for itself are named in the current language.
        form = form_for(step)(self.plan, read_only=self.read_only)
        area.mount(form)
        self.title = printable(self.plan.client.name)
        self.refresh_bindings()  # Next and Back depend on the step

    def show_not_needed(self, step: str) -> None:
        """One line at the top of a step the verdict made unnecessary, naming that verdict."""
        note = self.query_one("#step-not-needed", Static)
        needed = self.plan.progress.status_of(step) is not Status.NOT_NEEDED
        note.display = not needed
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

        self.app.push_screen(ReviewScreen(self.plan, app_state(self.app).settings), chosen)

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

        self.save_now()
        self.app.push_screen(WrapupScreen(self.store, self.client, owns_client=False, saving=self.autosave))

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
        self.query_one("#guidance").display = show

    def action_home(self) -> None:
        self.leave_or_ask(self.app.pop_screen)

    @on(StepForm.Changed)
    def _step_changed(self, event: StepForm.Changed) -> None:
        event.stop()  # handled: the app has nothing to do with an edit
        step = event.step_id or self.current
        if self.plan.progress.status_of(step) is Status.NOT_STARTED:
            self.plan.progress.status[step] = Status.IN_PROGRESS
        # A change may move other steps too ("let it fade" marks later steps not needed).
        self.query_one(TaskList).show(self.plan, self.current)
        self.schedule_save()

    # -- saving ------------------------------------------------------------

    def schedule_save(self) -> None:
        """Save after a pause in editing, never on every keystroke."""
        self.save_indicator.changed()

    def on_unmount(self) -> None:
        # A wizard rebuilt in another language carries on with the client.
        if not self.keep_client_open:
            self.close_client()
