"""The reference scenario by keyboard alone at 80×24, in English and Italian, with its keys counted.

From an empty client list: a new client through its dialog, the seven steps filled as a person
would fill them and each marked done, the letter reached through the review, and the letter
exported as an .eml. Only key presses drive the app. The keys that are not text (Tab, Enter,
arrows, shortcuts) are what the keyboard design controls: they are counted apart from the
characters typed, must be the same in both languages, and are the figure the README gives.
"""

from __future__ import annotations

import email
import email.policy
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from breakup_tui.app import BreakupApp
from breakup_tui.core.i18n import t
from breakup_tui.core.plan import STEP_IDS
from breakup_tui.store.clients import ClientStore
from tests.helpers import press, screen_text, settled, toasts, type_text

SIZE = (80, 24)
# The whole scenario's keys other than typed text; the README's Keys section states this figure.
NAVIGATION_KEYS = 66
README = Path(__file__).parent.parent / "README.md"


@dataclass(frozen=True)
class Words:
    """What the user types, in the language they work in."""

    client: str
    stem: str
    contact: str
    email: str
    project: str
    commitment: str
    answer: str
    thanks: str
    sender: str
    sender_email: str = "sam@taylor.example"
    referral: str = "Marco Rossi"
    referral_contact: str = "marco@rossi.example"
    referral_speciality: str = "web design"


WORDS = {
    "en": Words(
        client="Acme Studio",
        stem="acme-studio",
        contact="Jane Doe",
        email="jane@acme.example",
        project="Website redesign",
        commitment="I will stop on 31 December.",
        answer="Thank you, but my decision stands.",
        thanks="Thank you for three good years of work together.",
        sender="Sam Taylor",
    ),
    "it": Words(
        client="Studio Acme",
        stem="studio-acme",
        contact="Giulia Bianchi",
        email="giulia@acme.example",
        project="Nuovo sito",
        commitment="Smetto il 31 dicembre.",
        answer="Grazie, ma la mia decisione è presa.",
        thanks="Grazie per tre anni di buon lavoro insieme.",
        sender="Sara Conti",
    ),
}


@dataclass
class Keyboard:
    """Presses keys as a person would and counts them: navigation keys apart from typed text."""

    pilot: Any
    navigation: list[str] = field(default_factory=list)
    typed: int = 0

    async def press(self, *keys: str) -> None:
        for key in keys:
            self.navigation.append(key)
            await press(self.pilot, key)
        await settled(self.pilot)

    async def type(self, text: str) -> None:
        # One key per character, "@" and "," sent as the keys that type them.
        self.typed += len(text)
        await type_text(self.pilot, text)
        await settled(self.pilot)

    @property
    def app(self) -> Any:
        return self.pilot.app

    def focus_is_in(self, selector: str) -> None:
        target = self.app.screen.query_one(selector)
        focused = self.app.focused
        assert focused is not None and target in focused.ancestors_with_self, (
            f"focus on {focused!r}, not in {selector}"
        )

    def sees(self, *texts: str) -> None:
        shown = screen_text(self.app)
        for text in texts:
            assert text in shown, f"{text!r} not on screen"

    def was_told(self, message: str) -> None:
        assert any(message in toast for toast in toasts(self.app)), f"no notification {message!r}"
        # Read, then gone: a notification fades after a few seconds, while a person goes on working;
        # keys sent at machine speed would otherwise find it still over the next step's list.
        self.app.clear_notifications()


def step_name(step: str) -> str:
    return t(f"steps.{step}")


async def on_step(keys: Keyboard, step: str) -> None:
    number = STEP_IDS.index(step) + 1
    keys.sees(t("wizard.step_heading", n=number, name=step_name(step)))


async def done_and_next(keys: Keyboard, step: str) -> None:
    """ctrl+d marks the step done (the user is told), alt+→ moves to the next one."""
    await keys.press("ctrl+d")
    keys.was_told(t("wizard.marked_done", step=step_name(step)))
    await keys.press("alt+right")


async def new_client(keys: Keyboard, words: Words) -> None:
    keys.sees(t("home.empty_title"))
    await keys.press("n")
    keys.focus_is_in("#name")
    await keys.type(words.client)
    await keys.press("tab")
    await keys.type(words.contact)
    await keys.press("tab")
    keys.focus_is_in("#email")
    await keys.type(words.email)
    # Enter in any field of the dialog creates the client and opens it at step 1.
    await keys.press("enter")


async def decide(keys: Keyboard) -> None:
    await on_step(keys, "decide")
    keys.focus_is_in("#reasons")
    # Tick the first and third reasons: arrows move inside the list, space ticks.
    await keys.press("space", "down", "down", "space")
    await keys.press("tab", "tab")
    keys.focus_is_in("#verdict")
    await keys.press("down", "enter")
    keys.sees(t("decide.verdict_end"))
    await done_and_next(keys, "decide")


async def converse(keys: Keyboard) -> None:
    await on_step(keys, "converse")
    await keys.press("tab", "tab", "tab")
    keys.focus_is_in("#meeting-on")
    await keys.type("3/12/2026")
    await done_and_next(keys, "converse")


async def notice(keys: Keyboard, words: Words) -> None:
    await on_step(keys, "notice")
    keys.focus_is_in("#weeks")
    await keys.press("backspace")
    await keys.type("4")
    await keys.press("tab", "tab", "tab")
    keys.focus_is_in("#projects #add")
    await keys.press("enter")
    keys.focus_is_in("#field-name")
    await keys.type(words.project)
    await keys.press("tab")
    await keys.type("18/12/2026")
    # Enter in a row's field saves the row; the focus comes back to the list it joined.
    await keys.press("enter")
    keys.focus_is_in("#projects")
    keys.sees(words.project)
    # From the list: its Add, Edit and Remove buttons, the stopping point, then the invoices' Add.
    await keys.press("tab", "tab", "tab", "tab", "tab")
    keys.focus_is_in("#invoices #add")
    await keys.press("enter")
    keys.focus_is_in("#field-number")
    await keys.type("2026-041")
    await keys.press("tab")
    await keys.type("1200")
    # The currency stays EUR; the due date comes after it.
    await keys.press("tab", "tab")
    keys.focus_is_in("#field-due")
    await keys.type("31/12/2026")
    await keys.press("enter")
    keys.focus_is_in("#invoices")
    keys.sees("2026-041")
    await done_and_next(keys, "notice")


async def options(keys: Keyboard, words: Words) -> None:
    await on_step(keys, "options")
    keys.focus_is_in("#add-referral")
    await keys.press("enter")
    keys.focus_is_in("#new-name")
    await keys.type(words.referral)
    await keys.press("tab")
    await keys.type(words.referral_contact)
    await keys.press("tab")
    await keys.type(words.referral_speciality)
    await keys.press("enter")
    keys.focus_is_in("#add-referral")
    keys.sees(words.referral)
    await done_and_next(keys, "options")


async def waffle(keys: Keyboard, words: Words) -> None:
    await on_step(keys, "waffle")
    keys.focus_is_in("#commitment")
    await keys.type(words.commitment)
    await keys.press("tab")
    keys.focus_is_in("#add-pushback")
    # Open the menu, go down from its prompt to the first kind, choose it: its answer has the focus.
    await keys.press("enter", "down", "enter")
    keys.focus_is_in("#pushbacks")
    keys.sees(t("waffle.kind_more_money"))
    await keys.type(words.answer)
    await done_and_next(keys, "waffle")


async def thank(keys: Keyboard, words: Words) -> None:
    await on_step(keys, "thank")
    keys.focus_is_in("#thank-thanks")
    await keys.type(words.thanks)
    # After the last step comes the review of every answer, before the letter.
    await done_and_next(keys, "thank")


async def review_then_letter(keys: Keyboard, words: Words) -> None:
    from breakup_tui.ui.review import ReviewScreen

    assert isinstance(keys.app.screen, ReviewScreen)
    # The button to the letter is the last stop: one shift+tab back from the top.
    await keys.press("shift+tab")
    keys.focus_is_in("#to-letter")
    await keys.press("enter")
    # The first letter asks who signs it.
    keys.focus_is_in("#your-name")
    await keys.type(words.sender)
    await keys.press("tab", "tab")
    keys.focus_is_in("#email")
    await keys.type(words.sender_email)
    await keys.press("enter")
    await on_step(keys, "writing")
    keys.focus_is_in("#letter-to")
    keys.sees(words.email, words.project)


async def export_letter(keys: Keyboard) -> Path:
    # To, subject, the letter, Check answers, then Export….
    await keys.press("tab", "tab", "tab", "tab")
    keys.focus_is_in("#letter-export")
    await keys.press("enter")
    # The dialog offers the letter as an email draft; Enter in the path moves to Export.
    keys.focus_is_in("#format")
    await keys.press("tab", "enter")
    keys.focus_is_in("#export")
    path = Path(keys.app.screen.query_one("#path").value).expanduser()
    assert path.suffix == ".eml"
    await keys.press("enter")
    keys.was_told(t("export.saved", path=str(path)))
    keys.focus_is_in("#letter-export")
    await keys.press("ctrl+d")
    keys.was_told(t("wizard.marked_done", step=step_name("writing")))
    return path


async def walk(keys: Keyboard, words: Words) -> Path:
    await new_client(keys, words)
    await decide(keys)
    await converse(keys)
    await notice(keys, words)
    await options(keys, words)
    await waffle(keys, words)
    await thank(keys, words)
    await review_then_letter(keys, words)
    return await export_letter(keys)


@pytest.fixture(autouse=True)
def home_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def check_client_file(store: ClientStore, words: Words) -> None:
    saved = tomllib.loads(store.path_of(words.stem).read_text())
    assert saved["client"]["name"] == words.client
    assert saved["client"]["email"] == words.email
    assert saved["decide"]["reasons"] == ["late_payment", "haggling"]
    assert saved["decide"]["verdict"] == "end"
    assert str(saved["converse"]["meeting_on"]) == "2026-12-03"
    notice = saved["notice"]
    assert notice["weeks"] == 4
    assert [(p["name"], str(p["due"])) for p in notice["projects"]] == [(words.project, "2026-12-18")]
    [invoice] = notice["invoices"]
    assert (invoice["number"], str(invoice["due"])) == ("2026-041", "2026-12-31")
    assert float(invoice["amount"]) == 1200
    assert [r["name"] for r in saved["options"]["referrals"]] == [words.referral]
    assert saved["waffle"]["commitment"] == words.commitment
    assert [(p["kind"], p["answer"]) for p in saved["waffle"]["pushback"]] == [("more_money", words.answer)]
    assert saved["thank"]["thanks"] == words.thanks
    assert saved["progress"]["current"] == "writing"
    assert all(saved["progress"]["status"][step] == "done" for step in STEP_IDS)


def check_draft(path: Path, words: Words) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == words.email
    assert message["From"].addresses[0].display_name == words.sender
    assert message["From"].addresses[0].addr_spec == words.sender_email
    assert message["X-Unsent"] == "1"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert words.project in text and "2026-041" in text and words.thanks in text
    # The letter never carries the private side of the plan.
    assert words.commitment not in text and words.answer not in text


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "it"])
async def test_the_whole_scenario_by_keyboard(
    store: ClientStore, language: str, request: pytest.FixtureRequest
) -> None:
    words = WORDS[language]
    app = BreakupApp(lang=language)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        keys = Keyboard(pilot)
        path = await walk(keys, words)
    check_client_file(store, words)
    check_draft(path, words)
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        cache.set(f"keyboard_walk/{language}", {"navigation": keys.navigation, "typed": keys.typed})
    assert len(keys.navigation) == NAVIGATION_KEYS, keys.navigation


def test_the_readme_states_the_walks_count() -> None:
    assert f"{NAVIGATION_KEYS} navigation keys" in README.read_text()
