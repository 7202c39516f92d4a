"""Step 7, Put it in writing: the letter editor, with a live preview, a length gauge and what is missing.

On a wide screen the preview, the tone findings and what is missing sit beside
the editor; on a narrower one the editor takes the whole screen (the wizard's
step list steps aside) and they are one key away (F4), named in the footer.

The body follows the plan until the user edits it; from then on their text
is kept (``writing.body``) together with the fingerprint of the generated
letter it started from (``writing.based_on``). When earlier steps change the generated letter, a
banner offers to regenerate (keeping the user's text as a copy) or to keep it.
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widgets import Button, Input, Label, Static, TextArea

from breakup_tui.core import clock
from breakup_tui.core.fingerprint import letter_fingerprint
from breakup_tui.core.formatting import format_day
from breakup_tui.core.i18n import current_language, t, tn
from breakup_tui.core.letter import (
    Letter,
    body_is_stale,
    generated_letter,
    keep_mine,
    length_verdict,
    record_body_edit,
    regenerate,
)
from breakup_tui.core.plan import Plan, Status, Verdict
from breakup_tui.core.printable import printable
from breakup_tui.core.review import find_gaps
from breakup_tui.core.settings import Settings
from breakup_tui.core.validation import addresses_problem
from breakup_tui.ui import letter_actions
from breakup_tui.ui.app_requests import OpenSettings
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.debounce import Debounce
from breakup_tui.ui.review import gaps_text
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.letter_preview import preview_text
from breakup_tui.ui.validators import CoreCheck
from breakup_tui.ui.visibility import hidden
from breakup_tui.ui.widgets.field_input import FieldInput
from breakup_tui.ui.widgets.tone_hints import ToneHints

# At most this many seconds after the last key, once typing pauses, the preview, gauge and tone
# checker catch up.
PREVIEW_DELAY = 0.4
# From this screen width the preview fits beside an editor of a useful width.
SIDE_BY_SIDE_WIDTH = 120
# Set on the wizard while the letter needs the screen's whole width (wizard.tcss hides the step list).
FULL_WIDTH_CLASS = "-letter-full-width"

# (button id, label key): what can be done with the letter.
ACTIONS: tuple[tuple[str, str], ...] = (
    ("letter-review", "writing.review"),
    ("letter-export", "writing.export"),
    ("letter-copy", "writing.copy"),
    ("letter-mail", "writing.mail"),
    ("letter-sent", "writing.mark_sent"),
    ("letter-settings", "writing.settings"),
)


class LetterSide(VerticalScroll):
    """The preview with what is missing and the tone findings; it scrolls with the keys once focused."""


class WritingForm(StepForm):
    STEP_ID = "writing"

    BINDINGS = [
        Binding("f4", "show_preview", "writing.key_preview", key_display="F4", id="writing.preview"),
        Binding("f4", "show_letter", "writing.key_letter", key_display="F4", id="writing.letter"),
    ]

    # The preview beside the editor (wide screens), or in its place once asked for.
    side_by_side: reactive[bool] = reactive(False, init=False, always_update=True)
    preview_shown: reactive[bool] = reactive(False, init=False)

    def __init__(self, plan: Plan, *, read_only: bool = False) -> None:
        super().__init__(plan, read_only=read_only)
        self.generated: Letter | None = None
        # The preview waits while it is out of sight; it catches up when shown.
        self._preview_stale = False
        self.gap_count = 0
        self.tone_count = 0

    @property
    def settings(self) -> Settings:
        return app_state(self.app).settings

    def make_letter(self) -> Letter:
        self.generated = generated_letter(
            self.plan, self.settings, clock.today(), app_state(self.app).country
        )
        return self.generated

    def compose(self) -> ComposeResult:
        # The layout for this width from the first frame on (fit_to_screen keeps it right later):
        # an editor first laid out at another width kept that width's line wrapping on a busy machine.
        self.lay_out(self.wants_side_by_side())
        generated = self.make_letter()
        # First on the page: whether a letter is wanted at all (Build 1).
        yield hidden(Static(id="letter-verdict"))
        with hidden(Vertical(id="letter-banner")):
            yield Static(t("writing.stale"))
            with Horizontal(classes="banner-buttons"):
                yield Button(t("writing.regenerate"), id="regenerate", compact=True, variant="warning")
                yield Button(t("writing.keep_mine"), id="keep-mine", compact=True)
        with hidden(Horizontal(id="letter-copy-kept")):
            yield Static(t("writing.copy_kept"))
            yield Button(t("writing.restore"), id="restore-previous", compact=True)
        # Kept flat on purpose: every container around the editor is drawn again with each key.
        yield from self.compose_head(generated)
        with Horizontal(id="letter-panes"):
            yield self.compose_body(generated)
            with LetterSide(id="letter-side"):
                yield from self.compose_side()
        with Horizontal(id="letter-gauge-line"):
            yield Static(id="letter-gauge")
            yield Static(id="letter-hint")
        with Grid(id="letter-actions"):
            for button_id, key in ACTIONS:
                yield Button(t(key), id=button_id, classes="letter-action", compact=True)

    def compose_head(self, generated: Letter) -> ComposeResult:
        """To and subject, as a mail client shows them above the letter."""
        writing = self.plan.writing
        with Grid(id="letter-head"):
            yield Label(t("writing.to"))
            # The user's words are shown with control characters as symbols (core.printable);
            # the handlers below treat that shown text as "untouched".
            yield FieldInput(
                printable(generated.to),
                id="letter-to",
                compact=True,
                validators=[CoreCheck(addresses_problem)],
                disabled=self.read_only,
            )
            yield Label(t("writing.subject"))
            yield FieldInput(
                printable(writing.subject or generated.subject),
                id="letter-subject",
                compact=True,
                disabled=self.read_only,
            )
        yield hidden(Static(id="letter-to-error", classes="field-error"))

    def compose_body(self, generated: Letter) -> TextArea:
        body = self.plan.writing.body
        return TextArea(
            printable(body if body is not None else generated.body, multiline=True),
            id="letter-body",
            soft_wrap=True,
            show_line_numbers=False,
            disabled=self.read_only,
        )

    def compose_side(self) -> ComposeResult:
        yield hidden(Static(id="letter-missing"))
        yield ToneHints(id="letter-tone")
        yield Static(t("writing.preview"), classes="heading")
        yield Static(id="letter-preview")

    def on_mount(self) -> None:
        self.derived_catch_up = Debounce(self, PREVIEW_DELAY, self.update_derived)
        self.fit_to_screen()
        self.refresh_letter()
        settings = self.settings
        if not self.read_only and not settings.has_sender() and not settings.sender_asked:
            # The first time a letter needs a signature, ask for it; never before.
            self.call_after_refresh(self.ask_for_sender)

    def ask_for_sender(self) -> None:
        self.post_message(OpenSettings(sender_only=True, then=self.settings_changed))

    def settings_changed(self, _settings: Settings) -> None:
        if self.is_attached:
            self.refresh_letter()

    def refresh_from_plan(self) -> None:
        self.refresh_letter()

    # -- the layout: side by side, or the preview a key away -------------------

    def on_resize(self, _event: events.Resize) -> None:
        self.fit_to_screen()

    def on_unmount(self) -> None:
        # The next step gets the wizard's step list back.
        self.screen.remove_class(FULL_WIDTH_CLASS)

    def wants_side_by_side(self) -> bool:
        """Decided by the screen's width, which the form's own width follows."""
        return self.app.size.width >= SIDE_BY_SIDE_WIDTH

    def fit_to_screen(self) -> None:
        self.side_by_side = self.wants_side_by_side()

    def lay_out(self, side_by_side: bool) -> None:
        self.set_class(side_by_side, "-side-by-side")
        self.screen.set_class(not side_by_side, FULL_WIDTH_CLASS)

    def watch_side_by_side(self, side_by_side: bool) -> None:
        self.lay_out(side_by_side)
        if side_by_side:
            self.preview_shown = False
        self.catch_up_if_shown()
        self.refresh_bindings()

    def watch_preview_shown(self, shown: bool) -> None:
        self.set_class(shown, "-preview-in-place")
        self.catch_up_if_shown()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_preview":
            return not self.side_by_side and not self.preview_shown
        if action == "show_letter":
            return not self.side_by_side and self.preview_shown
        return True

    def action_show_preview(self) -> None:
        self.preview_shown = True
        self.query_one("#letter-side", LetterSide).focus()

    def action_show_letter(self) -> None:
        self.preview_shown = False
        self.query_one("#letter-body", TextArea).focus()

    @property
    def side_visible(self) -> bool:
        return self.side_by_side or self.preview_shown

    def catch_up_if_shown(self) -> None:
        """The preview is drawn only where it is seen: it catches up when it comes into view."""
        if self.side_visible and self._preview_stale and self.generated is not None:
            self.update_derived()

    # -- keeping the editor in step with the plan -----------------------------

    def refresh_letter(self) -> None:
        """Recompose the letter from the plan; the user's own body is never replaced here."""
        generated = self.make_letter()
        writing = self.plan.writing
        body_area = self.query_one("#letter-body", TextArea)
        if writing.body is None and body_area.text != printable(generated.body, multiline=True):
            body_area.load_text(printable(generated.body, multiline=True))
        subject = self.query_one("#letter-subject", Input)
        if not writing.subject and subject.value != printable(generated.subject):
            subject.value = printable(generated.subject)
        self.query_one("#letter-banner").display = body_is_stale(writing, generated.body)
        kept = writing.previous_body is not None and writing.body is None
        self.query_one("#letter-copy-kept").display = kept
        self.show_verdict()
        self.show_gaps()
        self.show_sent_state()
        self.update_derived()

    def show_verdict(self) -> None:
        verdict = self.plan.decide.verdict
        note = self.query_one("#letter-verdict", Static)
        if verdict in (Verdict.KEEP, Verdict.UNDECIDED):
            name = "kept" if verdict is Verdict.KEEP else "undecided"
            note.update(
                Text("\n").join(
                    [Text(t(f"writing.{name}_title"), style="bold"), Text(t(f"writing.{name}_why"))]
                )
            )
        note.display = verdict in (Verdict.KEEP, Verdict.UNDECIDED)

    def show_gaps(self) -> None:
        gaps = find_gaps(self.plan, self.settings, clock.today())
        missing = self.query_one("#letter-missing", Static)
        missing.update(Text("\n").join([Text(t("review.missing_title"), style="bold"), gaps_text(gaps)]))
        missing.display = bool(gaps)
        self.gap_count = len(gaps)
        self.show_hint()

    def schedule_derived(self) -> None:
        """Catch the preview up once typing pauses, never on every key."""
        self.derived_catch_up.restart()

    def current_letter(self) -> Letter:
        generated = self.generated or self.make_letter()
        return Letter(
            to=self.query_one("#letter-to", Input).value.strip(),
            subject=self.query_one("#letter-subject", Input).value.strip() or generated.subject,
            body=self.query_one("#letter-body", TextArea).text,
            language=generated.language,
        )

    def update_derived(self) -> None:
        """The preview, the length gauge and the tone checker: run after a pause in typing."""
        letter = self.current_letter()
        words, verdict = length_verdict(letter.body, letter.language)
        gauge = self.query_one("#letter-gauge", Static)
        gauge.update(tn(f"writing.length_{verdict}", words))
        gauge.set_class(verdict != "short", "-long")
        self.tone_count = len(self.query_one("#letter-tone", ToneHints).check(letter.body, letter.language))
        self.show_hint()
        self._preview_stale = not self.side_visible
        if self._preview_stale:
            return
        s = self.settings
        sender = f"{s.your_name} <{s.email}>" if s.email.strip() else s.your_name
        self.query_one("#letter-preview", Static).update(preview_text(letter, sender.strip()))

    def show_hint(self) -> None:
        """Under the editor, when the preview is a key away: that key, and what waits there."""
        parts = []
        if self.gap_count:
            parts.append(tn("writing.hint_missing", self.gap_count))
        if self.tone_count:
            parts.append(tn("writing.hint_tone", self.tone_count))
        parts.append(t("writing.hint_key", key=self.preview_key()))
        self.query_one("#letter-hint", Static).update(" · ".join(parts))

    def preview_key(self) -> str:
        """The key that shows the preview, as the footer names it (the user may have remapped it)."""
        for active in self.screen.active_bindings.values():
            if active.node is self and active.binding.action == "show_preview":
                return self.app.get_key_display(active.binding)
        # Not active yet (the focus is still on its way into the form): the key as declared. The
        # declared list starts with the bindings of the base classes, so it is searched by action.
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.action == "show_preview":
                return binding.key_display or binding.key
        return ""

    def show_sent_state(self) -> None:
        sent_on = self.plan.writing.sent_on
        button = self.query_one("#letter-sent", Button)
        if sent_on is None:
            button.label = t("writing.mark_sent")
        else:
            # The month in short, so the date fits the button at 80 columns in every language.
            day = format_day(sent_on, current_language(), short_month=True)
            button.label = t("writing.sent_on", day=day)
        button.disabled = self.read_only

    # -- what the user types ------------------------------------------------

    @on(TextArea.Changed, "#letter-body")
    def _body_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self.generated is None or self.read_only:
            return
        current = self.plan.writing.body
        if event.text_area.text == printable(
            current if current is not None else self.generated.body, multiline=True
        ):
            self.schedule_derived()  # the body as shown, untouched
            return
        if record_body_edit(self.plan.writing, event.text_area.text, self.generated.body):
            self.changed()
            self.query_one("#letter-banner").display = body_is_stale(self.plan.writing, self.generated.body)
        self.schedule_derived()

    @on(Input.Changed, "#letter-subject")
    def _subject_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.generated is None or self.read_only:
            return
        if event.value == printable(self.plan.writing.subject or self.generated.subject):
            self.schedule_derived()  # the subject as shown, untouched
            return
        # The generated subject is not stored: it keeps following the plan until the user rewrites it.
        subject = "" if event.value.strip() == self.generated.subject else event.value.strip()
        if subject != self.plan.writing.subject:
            self.plan.writing.subject = subject
            self.changed()
        self.schedule_derived()

    @on(Input.Changed, "#letter-to")
    def _to_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.read_only:
            return
        problems = event.validation_result.failure_descriptions if event.validation_result else []
        error = self.query_one("#letter-to-error", Static)
        error.update(problems[0] if problems else "")
        error.display = bool(problems)
        # The client's address shown by default is not an edit (opening the letter changes nothing).
        if problems or event.value.strip() == printable(self.plan.writing.to or self.plan.client.email):
            return
        self.plan.writing.to = event.value.strip()
        self.changed()
        self.show_gaps()
        self.schedule_derived()

    # -- the banner -----------------------------------------------------------

    @on(Button.Pressed, "#regenerate")
    def _regenerate(self) -> None:
        regenerate(self.plan.writing)
        self.changed()
        self.refresh_letter()
        self.notify(t("writing.regenerated"))

    @on(Button.Pressed, "#keep-mine")
    def _keep_mine(self) -> None:
        if self.generated is not None:
            keep_mine(self.plan.writing, self.generated.body)
            self.changed()
        self.refresh_letter()

    @on(Button.Pressed, "#restore-previous")
    def _restore(self) -> None:
        writing = self.plan.writing
        if writing.previous_body is None or self.generated is None:
            return
        writing.body, writing.previous_body = writing.previous_body, None
        writing.based_on = letter_fingerprint(self.generated.body)
        self.query_one("#letter-body", TextArea).load_text(printable(writing.body, multiline=True))
        self.changed()
        self.refresh_letter()

    # -- the actions ----------------------------------------------------------

    @on(Button.Pressed, ".letter-action")
    async def _action(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id
        if button == "letter-review":
            await self.run_action("screen.review")
        elif button == "letter-export":
            await self.run_action("app.export")
        elif button == "letter-copy":
            letter_actions.copy_letter(self.app, self.plan)
        elif button == "letter-mail":
            letter_actions.open_in_mail(self.app, self.plan)
        elif button == "letter-sent":
            self.toggle_sent()
        elif button == "letter-settings":
            self.post_message(OpenSettings(then=self.settings_changed))

    def toggle_sent(self) -> None:
        """Mark the letter sent today, which completes the plan; pressed again, undo that."""
        if self.read_only:
            return
        writing = self.plan.writing
        if writing.sent_on is None:
            gaps = find_gaps(self.plan, self.settings, clock.today())
            writing.sent_on = clock.today()
            self.plan.progress.status["writing"] = Status.DONE
            # Sent is the user's word, but the plan is only complete when nothing is missing.
            if gaps:
                self.notify(tn("writing.marked_sent_with_gaps", len(gaps)), severity="warning")
            else:
                self.notify(t("writing.marked_sent"))
        else:
            writing.sent_on = None
            self.plan.progress.status["writing"] = Status.IN_PROGRESS
            self.notify(t("writing.unmarked_sent"))
        self.changed()
        self.show_sent_state()


FORM = WritingForm
