"""A field defined once, as data, and the widget built from it, bound to what it edits.

The same definition serves a step form (its owner is the plan, or one entry of a
list in it) and a row dialog (its owner is a draft copy of the row): the widget
writes each valid value into its owner and says so, and nothing else binds fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.validation import Validator
from textual.widget import Widget
from textual.widgets import Checkbox, Label, Select

from breakup_tui.core.i18n import t
from breakup_tui.ui.widgets.fields import NotesField, TextField
from breakup_tui.ui.widgets.marked import TickBox
from breakup_tui.ui.widgets.menu_select import MenuSelect

Owner = TypeVar("Owner")
FieldKind = Literal["text", "long", "choice", "flag"]
# A ticked flag reads and writes as this text, an unticked one as "".
TICKED = "yes"


@dataclass(frozen=True)
class FieldSpec(Generic[Owner]):
    """One field: its label, where its text comes from (``read``) and goes (``write``) in the owner.

    ``kind`` is text (one line), long (several lines), choice (one of ``choices``,
    blank allowed when there is a ``prompt``) or flag (ticked reads as ``TICKED``).
    ``choices`` is asked for when the widget is built, in the interface language of the moment.
    """

    id: str
    label: str  # catalogue key
    read: Callable[[Owner], str]
    write: Callable[[Owner, str], None]
    kind: FieldKind = "text"
    checks: tuple[Validator, ...] = ()
    notes: tuple[Validator, ...] = ()  # remarks that never block saving
    choices: Callable[[], list[tuple[str, str]]] = list  # (label as shown, value), asked when shown
    prompt: str = ""  # catalogue key: what a blank choice says
    placeholder: str = ""  # catalogue key
    tone: bool = False  # run the tone checker on a long text


class ChoiceField(Vertical):
    """A label and a menu of choices; the menu has the field's id, so the keys reach it by name."""

    DEFAULT_CSS = """
    ChoiceField {
        height: auto;
    }
    """

    def __init__(self, label: str, menu: Select[str], on_commit: Callable[[str], None]) -> None:
        super().__init__(classes="choice-field")
        self.label = label
        self.menu = menu
        self.on_commit = on_commit

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="field-label")
        yield self.menu

    @on(Select.Changed)
    def _chosen(self, event: Select.Changed) -> None:
        event.stop()
        self.on_commit("" if event.select.is_blank() else str(event.value))


class FlagField(TickBox):
    """A yes/no field: ticking commits at once."""

    def __init__(self, label: str, ticked: bool, on_commit: Callable[[str], None], **options: object) -> None:
        super().__init__(label, ticked, compact=True, **options)  # type: ignore[arg-type]
        self.on_commit = on_commit

    @on(Checkbox.Changed)
    def _ticked(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.on_commit(TICKED if event.value else "")


def committer(spec: FieldSpec[Owner], owner: Owner, changed: Callable[[], None]) -> Callable[[str], None]:
    """What a field calls with each valid value: the value goes into ``owner``, then ``changed()`` runs."""

    def commit(text: str) -> None:
        if spec.read(owner) != text:
            spec.write(owner, text)
            changed()

    return commit


def bound_field(
    spec: FieldSpec[Owner],
    owner: Owner,
    changed: Callable[[], None],
    *,
    disabled: bool = False,
    tone_language: str | None = None,
) -> Widget:
    """The widget for ``spec``: only a valid value reaches ``owner``, then ``changed()`` runs."""
    commit = committer(spec, owner, changed)
    value = spec.read(owner)
    if spec.kind == "choice":
        menu: Select[str] = MenuSelect(
            spec.choices(),
            value=value if value else Select.NULL,
            prompt=t(spec.prompt) if spec.prompt else "",
            allow_blank=bool(spec.prompt),
            compact=True,
            id=spec.id,
            classes="field-choice",
            disabled=disabled,
        )
        return ChoiceField(t(spec.label), menu, commit)
    if spec.kind == "flag":
        return FlagField(t(spec.label), value == TICKED, commit, id=spec.id, disabled=disabled)
    if spec.kind == "long":
        return NotesField(
            t(spec.label),
            value,
            commit,
            tone_language=tone_language if spec.tone else None,
            checks=spec.checks,
            id=spec.id,
            disabled=disabled,
        )
    return TextField(
        t(spec.label),
        value,
        commit,
        checks=spec.checks,
        notes=spec.notes,
        placeholder=t(spec.placeholder) if spec.placeholder else "",
        id=spec.id,
        disabled=disabled,
    )
