"""Step 5, Don't waffle: a one-line commitment and a prepared answer to each expected pushback.

The answers are said to the client, so their suggestions and the tone checker use
the letter's language. The commitment also arms the guard on the verdict (see
``StepForm.request_verdict_change``).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Select, Static

from breakup_tui.core import clock
from breakup_tui.core.formatting import format_day
from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import PUSHBACK_KINDS, Plan, Pushback
from breakup_tui.core.suggestions import pushback_answer
from breakup_tui.ui.steps.base import StepForm
from breakup_tui.ui.steps.form_parts import entry_field
from breakup_tui.ui.widgets.field_spec import FieldSpec, committer
from breakup_tui.ui.widgets.fields import TextField
from breakup_tui.ui.widgets.menu_select import MenuSelect
from breakup_tui.ui.widgets.suggested import SuggestedNotes


def letter_language_note(language: str) -> str | None:
    """A line saying suggestions follow the letter's language, when it differs from the interface's."""
    if language == current_language():
        return None
    return t("suggestion.in_letter_language", language=t(f"language.{language}"))


def _write_their_words(pushback: Pushback, text: str) -> None:
    pushback.text = text


def _write_commitment(plan: Plan, text: str) -> None:
    plan.waffle.commitment = text


def _write_answer(pushback: Pushback, text: str) -> None:
    pushback.answer = text


# The commitment's placeholder names the plan's last day, and the answer comes with suggestions:
# their widgets are built by hand, bound through the same definitions.
COMMITMENT = FieldSpec[Plan](
    "commitment", "waffle.commitment", read=lambda plan: plan.waffle.commitment, write=_write_commitment
)
ANSWER = FieldSpec[Pushback](
    "answer", "waffle.your_answer", read=lambda pushback: pushback.answer, write=_write_answer, kind="long"
)
THEIR_WORDS = FieldSpec[Pushback](
    "their-words",
    "waffle.their_words",
    read=lambda pushback: pushback.text,
    write=_write_their_words,
    placeholder="waffle.their_words_placeholder",
)


class PushbackCard(Vertical):
    """One expected pushback: what they may say, and the answer the user prepared."""

    def __init__(self, form: StepForm, pushback: Pushback) -> None:
        super().__init__(classes="pushback-card")
        self.form = form
        self.pushback = pushback

    def compose(self) -> ComposeResult:
        pushback = self.pushback
        language = self.form.plan.client.language
        locked = self.form.read_only
        with Horizontal(classes="card-head"):
            yield Static(t(f"waffle.kind_{pushback.kind}"), classes="card-title")
            yield Button(t("waffle.remove"), compact=True, classes="card-remove", disabled=locked)
        if pushback.kind == "other":
            yield entry_field(self.form, THEIR_WORDS, pushback)
        yield SuggestedNotes(
            t("waffle.your_answer"),
            pushback.answer,
            committer(ANSWER, pushback, self.form.changed),
            suggestions=[pushback_answer(self.form.plan, pushback.kind, clock.today())],
            tone_language=language,
            disabled=locked,
        )


class WaffleForm(StepForm):
    STEP_ID = "waffle"

    def commitment_day(self) -> str:
        """The plan's last day, in the interface language, for the commitment's example."""
        day = effective_last_day(self.plan, clock.today())
        return format_day(day, current_language(), article="") if day else t("suggestion.no_last_day")

    def compose(self) -> ComposeResult:
        waffle = self.plan.waffle
        yield TextField(
            t("waffle.commitment"),
            waffle.commitment,
            committer(COMMITMENT, self.plan, self.changed),
            placeholder=t("waffle.commitment_placeholder", last_day=self.commitment_day()),
            id="commitment",
            disabled=self.read_only,
        )
        yield Static(t("waffle.pushback_title"), classes="heading")
        note = letter_language_note(self.plan.client.language)
        if note:
            yield Static(note, classes="form-note")
        with Vertical(id="pushbacks"):
            for pushback in waffle.pushback:
                yield PushbackCard(self, pushback)
        yield MenuSelect(
            self.kinds_left(),
            prompt=t("waffle.add_pushback"),
            compact=True,
            id="add-pushback",
            disabled=self.read_only,
        )

    def kinds_left(self) -> list[tuple[str, str]]:
        """Each kind once, except the user's own, which may come up several times."""
        used = {p.kind for p in self.plan.waffle.pushback}
        return [
            (t(f"waffle.kind_{kind}"), kind) for kind in PUSHBACK_KINDS if kind == "other" or kind not in used
        ]

    def _offer_kinds_left(self) -> None:
        # Setting the options also puts the prompt back, ready for the next one.
        self.query_one("#add-pushback", Select).set_options(self.kinds_left())

    @on(Select.Changed, "#add-pushback")
    async def _add(self, event: Select.Changed) -> None:
        if not isinstance(event.value, str):
            return
        pushback = Pushback(kind=event.value)
        self.plan.waffle.pushback.append(pushback)
        card = PushbackCard(self, pushback)
        await self.query_one("#pushbacks", Vertical).mount(card)
        self._offer_kinds_left()
        self.changed()
        card.query("Input, TextArea").first().focus()
        card.scroll_visible()

    @on(Button.Pressed, ".card-remove")
    async def _remove(self, event: Button.Pressed) -> None:
        card = next(a for a in event.button.ancestors if isinstance(a, PushbackCard))
        pushbacks = self.plan.waffle.pushback
        index = pushbacks.index(card.pushback)
        pushback = pushbacks.pop(index)
        await card.remove()
        self._offer_kinds_left()
        # The pressed button is gone: keep the focus nearby rather than lose it.
        self.query_one("#add-pushback", Select).focus()
        self.changed()

        async def put_back() -> None:
            pushbacks.insert(min(index, len(pushbacks)), pushback)
            cards = self.query_one("#pushbacks", Vertical)
            restored = PushbackCard(self, pushback)
            following = list(cards.query(PushbackCard))[index:]
            await cards.mount(restored, before=following[0] if following else None)
            self._offer_kinds_left()
            restored.query_one(".card-remove", Button).focus()

        self.offer_undo(t("form.removed", name=t(f"waffle.kind_{pushback.kind}")), put_back)


FORM = WaffleForm
