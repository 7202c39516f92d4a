"""What every step form shares: the plan it edits and the message it sends when something changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import events, on
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static, TextArea

from breakup_tui.core.commitment import change_needs_confirmation
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import Plan, Verdict
from breakup_tui.ui.localize import Localized
from breakup_tui.ui.widgets.undo import Restore, UndoOffered


class MoreBelow(Static):
    """A dim line at the foot of a form that continues past the screen; hidden once at its end."""

    DEFAULT_CSS = """
    MoreBelow {
        dock: bottom;
        height: 1;
        width: 100%;
        text-align: right;
        color: $text-muted;
        text-style: dim italic;
        display: none;
    }
    """


class StepForm(Localized, VerticalScroll):
    """A step's fields, bound to the plan. Subclasses write into ``self.plan`` and call ``changed()``."""

    STEP_ID = ""
    # The form is a scrolling frame, not a stop of its own: Tab goes from field to field,
    # and focusing a field scrolls it into view.
    can_focus = False

    BINDINGS = [Binding("u", "undo", "form.key_undo", show=False, id="form.undo")]

    @dataclass
    class Changed(Message):
        """The plan was edited in this step (the wizard saves it after a pause)."""

        step_id: str

    def __init__(self, plan: Plan, *, read_only: bool = False) -> None:
        super().__init__(classes="step-form")
        self.plan = plan
        self.read_only = read_only
        self.undo_stack: list[Restore] = []

    def on_mount(self) -> None:
        # Textual runs this after the step's own on_mount, once its fields show what the plan holds.
        self.call_after_refresh(self.focus_first_field)
        self.mount(MoreBelow(t("form.more_below"), id="more-below"))
        self.watch(self, "scroll_y", self.more_below_after_layout, init=False)
        self.watch(self, "virtual_size", self.more_below_after_layout, init=False)

    def on_resize(self, event: events.Resize) -> None:
        self.more_below_after_layout()

    def more_below_after_layout(self) -> None:
        # Judged once the layout is done: judged on the spot, a form whose content had its size but
        # whose frame had none yet saw all of it "below", and nothing changed afterwards to say otherwise.
        self.call_after_refresh(self.show_more_below)

    def show_more_below(self) -> None:
        """Say the step continues when part of it is below the screen."""
        for hint in self.query(MoreBelow):
            hint.display = self.max_scroll_y > 0 and not self.is_vertical_scroll_end

    def offer_undo(self, message: str, restore: Restore) -> None:
        """Tell the user what an edit took away and that u puts it back."""
        self.undo_stack.append(restore)
        self.notify(f"{message} {t('form.undo_hint')}", markup=False)

    @on(UndoOffered)
    def _undo_offered(self, event: UndoOffered) -> None:
        event.stop()
        self.offer_undo(event.message, event.restore)

    async def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify(t("form.nothing_to_undo"))
            return
        restored = self.undo_stack.pop()()
        if restored is not None:
            await restored
        self.changed()

    def focus_first_field(self) -> None:
        """Put the focus where the user looks after changing step: the step's first field."""
        # Document order: the focus chain can still lack the fields of inner containers now.
        first = next((widget for widget in self.query("*") if self.shown_and_focusable(widget)), None)
        if first is not None:
            # The first field sits at the top of the form: show the form from its start rather
            # than scroll by however much the field's own box asks, so every visit looks the same.
            first.focus(scroll_visible=False)
            self.scroll_home(animate=False)

    def shown_and_focusable(self, widget: Widget) -> bool:
        """A field the user can see and reach: ``focusable`` alone ignores a hidden container."""
        if not widget.focusable:
            return False
        for node in widget.ancestors_with_self:
            if node is self:
                return True
            if not node.display:
                return False
        return False

    @on(TextArea.SelectionChanged)
    def _cursor_moved(self, event: TextArea.SelectionChanged) -> None:
        # Nothing above a form follows a text's cursor; left to bubble, every key typed in a long
        # text would travel up to the app for nothing.
        event.stop()

    def changed(self) -> None:
        if not self.read_only:
            self.post_message(self.Changed(self.STEP_ID))

    def refresh_from_plan(self) -> None:
        """Called when another step changed the plan; forms that show derived values redraw them."""

    def request_verdict_change(self, new_verdict: Verdict, apply: Callable[[bool], None]) -> None:
        """Change the verdict through the commitment guard.

        ``apply(True)`` runs once the change may go ahead; ``apply(False)`` when
        the user kept their commitment, so the form can put its control back.
        """
        if not change_needs_confirmation(self.plan, new_verdict):
            apply(True)
            return
        from breakup_tui.ui.dialogs.commitment import CommitmentDialog

        def answered(confirmed: bool | None) -> None:
            apply(bool(confirmed))

        self.app.push_screen(CommitmentDialog(self.plan, new_verdict), answered)
