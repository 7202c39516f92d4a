"""What the command palette offers (ctrl+p), in the interface language.

Most entries are data: a title, a help line and an action. An entry appears
only where the screen the palette was opened from, or the app, has that
action, so a new command is one line in ``ACTION_COMMANDS`` plus its two
catalogue keys under ``[palette]``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.app import App, SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.message import Message
from textual.screen import Screen

from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.plan import LANGUAGES, STEP_IDS
from breakup_tui.core.printable import printable
from breakup_tui.core.summary import ClientSummary
from breakup_tui.ui.app_requests import ShowClient, SwitchLanguage
from breakup_tui.ui.app_state import app_state
from breakup_tui.ui.screenshot import save_screenshot


@dataclass(frozen=True)
class ActionCommand:
    title: str  # catalogue key
    help: str  # catalogue key
    action: str  # runs on the screen when it has ``action_<name>``, otherwise on the app


ACTION_COMMANDS: tuple[ActionCommand, ...] = (
    ActionCommand("palette.new_client", "palette.new_client_help", "new_client"),
    ActionCommand("palette.open_client", "palette.open_client_help", "open_client_picker"),
    ActionCommand("client_form.palette", "client_form.palette_help", "edit_client"),
    ActionCommand("conflict.palette", "conflict.palette_help", "resolve_conflict"),
    ActionCommand("palette.settings", "palette.settings_help", "settings"),
    ActionCommand("palette.export", "palette.export_help", "export"),
    ActionCommand("palette.copy_letter", "palette.copy_letter_help", "copy_letter"),
    ActionCommand("wrapup.palette", "wrapup.palette_help", "wrapup"),
    ActionCommand("palette.help", "palette.help_help", "help"),
)


def action_commands(app: App[Any], screen: Screen[object]) -> Iterator[SystemCommand]:
    for command in ACTION_COMMANDS:
        for target in (screen, app):
            if hasattr(target, f"action_{command.action}"):
                if target.check_action(command.action, ()) is not False:
                    callback = partial(target.run_action, command.action)
                    yield SystemCommand(t(command.title), t(command.help), callback)
                break


def step_commands(screen: Screen[object]) -> Iterator[SystemCommand]:
    """Jump to any step of the open client."""
    # The wizard loads with the first client opened, not at start-up.
    from breakup_tui.ui.wizard import WizardScreen

    if not isinstance(screen, WizardScreen):
        return
    for number, step in enumerate(STEP_IDS, start=1):
        status = t(f"status.{screen.plan.progress.status_of(step).value}")
        yield SystemCommand(
            t("palette.jump", n=number, name=t(f"steps.{step}")),
            t("palette.jump_help", status=status),
            partial(screen.go_to, step),
        )


def language_commands(app: App[Any]) -> Iterator[SystemCommand]:
    for language in LANGUAGES:
        if language != current_language():
            name = t(f"language.{language}")
            yield SystemCommand(
                t("palette.language", language=name),
                t("palette.language_help", language=name),
                partial(request, app, SwitchLanguage(language)),
            )


def textual_commands(app: App[Any], screen: Screen[object]) -> Iterator[SystemCommand]:
    """Textual's own system commands, in our words and language (its key panel gives way to our help)."""
    yield SystemCommand(t("palette.theme"), t("palette.theme_help"), app.action_change_theme)
    yield SystemCommand(t("palette.quit"), t("palette.quit_help"), app.action_quit)
    if screen.maximized is not None:
        yield SystemCommand(t("palette.minimize"), t("palette.minimize_help"), screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand(t("palette.maximize"), t("palette.maximize_help"), screen.action_maximize)
    yield SystemCommand(
        t("palette.screenshot"),
        t("palette.screenshot_help"),
        # After a moment, so the palette is gone from the picture.
        lambda: app.set_timer(0.1, partial(save_screenshot, app)),
    )


def system_commands(app: App[Any], screen: Screen[object]) -> Iterable[SystemCommand]:
    yield from action_commands(app, screen)
    yield from step_commands(screen)
    yield from language_commands(app)
    yield from textual_commands(app, screen)


def request(app: App[Any], message: Message) -> None:
    """Hand the app a request; the palette knows the app only as Textual's App."""
    app.post_message(message)


def highlighted(name: str, offsets: Sequence[int], style: object) -> Content:
    """The name as plain text (never markup) with the matched letters marked."""
    content = Content(name)
    for offset in offsets:
        content = content.stylize(style, offset, offset + 1)  # type: ignore[arg-type]
    return content


class ClientsProvider(Provider):
    """Clients by name: typing part of a name in the palette offers to open that client."""

    summaries: list[ClientSummary]

    async def startup(self) -> None:
        found = await asyncio.to_thread(app_state(self.app).store.summaries)
        self.summaries = [s for s in found if not s.damaged]

    def _open(self, summary: ClientSummary) -> Hit:
        step = summary.current or STEP_IDS[0]
        # A name from a file may hold terminal escapes: shown as symbols (one per character, so
        # the matched letters below stay in place).
        name = printable(summary.name)
        return Hit(
            1.0,
            Content(name),
            partial(request, self.app, ShowClient(summary.file)),
            text=name,
            help=t("palette.client_hit_help", n=STEP_IDS.index(step) + 1, step=t(f"steps.{step}")),
        )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for summary in self.summaries:
            name = printable(summary.name)
            score, offsets = matcher.fuzzy_search.match(query, name)
            if score > 0:
                hit = self._open(summary)
                yield Hit(
                    score,
                    highlighted(name, offsets, matcher.match_style),
                    hit.command,
                    text=hit.text,
                    help=hit.help,
                )


class ClientPickerProvider(ClientsProvider):
    """The same, listing every client before anything is typed ("Open a client…")."""

    async def discover(self) -> Hits:
        for summary in self.summaries:
            hit = self._open(summary)
            yield DiscoveryHit(hit.match_display, hit.command, text=hit.text, help=hit.help)
