"""Step 7, Put it in writing: the letter editor, with a live preview, a length gauge and what is missing.

The body follows the plan until the user edits it; from then on their text
is kept (``writing.body``) together with the fingerprint of the generated
letter it started from (``writing.based_on``). When earlier steps change the generated letter, a
banner offers to regenerate (keeping the user's text as a copy) or to keep it.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Button, Input, Label, Static, TextArea

from breakup_tui.core import clock
from breakup_tui.core.fingerprint import letter_fingerprint
from breakup_tui.core.formatting import format_day
from breakup_tui.core.i18n import current_language, t, tn
from breakup_tui.core.letter import (
    BULLET,
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
from breakup_tui.core.validation import email_problem
from breakup_tui.ui import letter_actions
from breakup_tui.ui.review import gaps_text
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.validators import CoreCheck
from breakup_tui.ui.widgets.field_input import FieldInput
from breakup_tui.ui.widgets.tone_hints import ToneHints

# Seconds of quiet in the body before the preview, gauge and tone checker catch up.
PREVIEW_DELAY = 0.4

# (button id, label key): what can be done with the letter.
ACTIONS: tuple[tuple[str, str], ...] = (
    ("letter-review", "writing.review"),
    ("letter-export", "writing.export"),
    ("letter-copy", "writing.copy"),
    ("letter-mail", "writing.mail"),
    ("letter-sent", "writing.mark_sent"),
    ("letter-settings", "writing.settings"),
)


def addresses_problem(value: str) -> str | None:
    """One address, or several separated by commas (an empty field is allowed)."""
    addresses = [address.strip() for address in value.split(",")]
    if len(addresses) > 1 and not all(addresses):
        return t("new_client.email_invalid")
    for address in addresses:
        problem = email_problem(address)
        if problem:
            return problem
    return None


def preview_text(letter: Letter, sender: str) -> Text:
    """The message as the client will see it: headers, then the body with its lists drawn as bullets."""
    text = Text()
    headers = [("writing.from", sender), ("writing.to", letter.to), ("writing.subject", letter.subject)]
    for key, value in headers:
        if value:
            text.append(f"{t(key)}: ", style="bold")
            text.append(printable(value) + "\n")
    text.append("─" * 20 + "\n", style="dim")
    for line in printable(letter.body, multiline=True).rstrip().splitlines():
        if line.startswith(BULLET):
            text.append("  • " + line[len(BULLET) :] + "\n")
        else:
            text.append(line + "\n")
    text.rstrip()
    return text


class WritingForm(StepForm):
    STEP_ID = "writing"

    def __init__(self, plan: Plan, *, read_only: bool = False) -> None:
        super().__init__(plan, read_only=read_only)
        self.generated: Letter | None = None
        self._preview_timer: Timer | None = None

    @property
    def settings(self) -> Settings:
        return letter_actions.settings_of(self.app)

    def make_letter(self) -> Letter:
        self.generated = generated_letter(
            self.plan, self.settings, clock.today(), getattr(self.app, "country", None)
        )
        return self.generated

    def compose(self) -> ComposeResult:
        generated = self.make_letter()
        writing = self.plan.writing
        body = writing.body if writing.body is not None else generated.body
        # First on the page: whether a letter is wanted at all (Build 1).
        yield Static(id="letter-verdict", classes="-hidden")
        with Vertical(id="letter-banner", classes="-hidden"):
            yield Static(t("writing.stale"))
            with Horizontal(classes="banner-buttons"):
                yield Button(t("writing.regenerate"), id="regenerate", compact=True, variant="warning")
                yield Button(t("writing.keep_mine"), id="keep-mine", compact=True)
        with Horizontal(id="letter-copy-kept", classes="-hidden"):
            yield Static(t("writing.copy_kept"))
            yield Button(t("writing.restore"), id="restore-previous", compact=True)
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
        yield Static(id="letter-to-error", classes="field-error -hidden")
        yield TextArea(
            printable(body, multiline=True),
            id="letter-body",
            soft_wrap=True,
            show_line_numbers=False,
            disabled=self.read_only,
        )
        yield Static(id="letter-gauge")
        yield ToneHints(id="letter-tone")
        with Grid(id="letter-actions"):
            for button_id, key in ACTIONS:
                yield Button(t(key), id=button_id, classes="letter-action", compact=True)
        yield Static(id="letter-missing", classes="-hidden")
        yield Static(t("writing.preview"), classes="letter-section")
        yield Static(id="letter-preview")

    def on_mount(self) -> None:
        self.refresh_letter()
        settings = self.settings
        if not self.read_only and not settings.has_sender() and not settings.sender_asked:
            # The first time a letter needs a signature, ask for it; never before.
            self.call_after_refresh(self.ask_for_sender)

    def ask_for_sender(self) -> None:
        opener = getattr(self.app, "open_settings", None)
        if opener is not None:
            opener(sender_only=True, then=self.settings_changed)

    def settings_changed(self, _settings: Settings) -> None:
        if self.is_attached:
            self.refresh_letter()

    def refresh_from_plan(self) -> None:
        self.refresh_letter()

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
        self.query_one("#letter-banner").set_class(not body_is_stale(writing, generated.body), "-hidden")
        kept = writing.previous_body is not None and writing.body is None
        self.query_one("#letter-copy-kept").set_class(not kept, "-hidden")
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
        note.set_class(verdict not in (Verdict.KEEP, Verdict.UNDECIDED), "-hidden")

    def show_gaps(self) -> None:
        gaps = find_gaps(self.plan, self.settings, clock.today())
        missing = self.query_one("#letter-missing", Static)
        missing.update(Text("\n").join([Text(t("review.missing_title"), style="bold"), gaps_text(gaps)]))
        missing.set_class(not gaps, "-hidden")

    def schedule_derived(self) -> None:
        """Catch the preview up once typing pauses, never on every key."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self.update_derived)

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
        self.query_one("#letter-tone", ToneHints).check(letter.body, letter.language)
        s = self.settings
        sender = f"{s.your_name} <{s.email}>" if s.email.strip() else s.your_name
        self.query_one("#letter-preview", Static).update(preview_text(letter, sender.strip()))

    def show_sent_state(self) -> None:
        sent_on = self.plan.writing.sent_on
        button = self.query_one("#letter-sent", Button)
        if sent_on is None:
            button.label = t("writing.mark_sent")
        else:
            button.label = t("writing.sent_on", day=format_day(sent_on, current_language()))
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
            self.query_one("#letter-banner").set_class(
                not body_is_stale(self.plan.writing, self.generated.body), "-hidden"
            )
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
        error.set_class(not problems, "-hidden")
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
            opener = getattr(self.app, "open_settings", None)
            if opener is not None:
                opener(then=self.settings_changed)

    def toggle_sent(self) -> None:
        """Mark the letter sent today, which completes the plan; pressed again, undo that."""
        if self.read_only:
            return
        writing = self.plan.writing
        if writing.sent_on is None:
            writing.sent_on = clock.today()
            self.plan.progress.status["writing"] = Status.DONE
            self.notify(t("writing.marked_sent"))
        else:
            writing.sent_on = None
            self.plan.progress.status["writing"] = Status.IN_PROGRESS
            self.notify(t("writing.unmarked_sent"))
        self.changed()
        self.show_sent_state()


FORM = WritingForm
