"""The command line: open the app, or list, export and check tone without it."""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import sys
from collections.abc import Sequence
from typing import Any

from breakup_tui import __version__
from breakup_tui.cli.streams import (
    OutputRefused,
    check_output_path,
    for_stdout,
    terminal_safe_json,
    write_stdout,
)
from breakup_tui.cli.translated_argparse import TranslatedParser
from breakup_tui.core import clock
from breakup_tui.core.formatting import format_day
from breakup_tui.core.i18n import choose_language, current_language, set_language, t
from breakup_tui.core.plan import STEP_IDS
from breakup_tui.core.printable import printable
from breakup_tui.core.settings import Settings
from breakup_tui.core.working_days import choose_country, set_country
from breakup_tui.store.clients import ClientStore, DamagedClient, StoreError
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import load_settings

__all__ = ["EXIT_CLIENT", "EXIT_OK", "EXIT_USAGE", "build_parser", "main", "terminal_safe_json"]

EXIT_OK = 0
EXIT_CLIENT = 1
EXIT_USAGE = 2


def _epilog(command: str) -> str:
    return f"{t('command.examples')}:\n{t(f'command.{command}_examples')}\n\n{t(f'command.{command}_exits')}"


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--data-dir`` and ``--lang``, accepted before or after the subcommand."""
    # Below the top, SUPPRESS keeps a value given before the subcommand when none is given after.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=t("cli.data_dir_help"))
    parser.add_argument("--lang", choices=["en", "it"], default=default, help=t("cli.lang_help"))


def _command(commands: Any, name: str, help_key: str) -> TranslatedParser:
    parser: TranslatedParser = commands.add_parser(
        name, help=t(help_key), description=t(help_key), epilog=_epilog(name)
    )
    _global_options(parser, top=False)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = TranslatedParser(prog="breakup-tui", description=t("cli.description"), epilog=_epilog("app"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"breakup-tui {__version__}",
        help=t("cli.version_help"),
    )
    _global_options(parser, top=True)
    parser.add_argument("--demo", action="store_true", help=t("cli.demo_help"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=t("command.commands"))
    open_cmd = _command(commands, "open", "cli.open_help")
    open_cmd.add_argument("client", metavar="CLIENT", help=t("cli.client_help"))
    list_cmd = _command(commands, "list", "cli.list_help")
    list_cmd.add_argument("--json", action="store_true", help=t("cli.json_help"))
    add_export_parser(commands)
    serve_cmd = _command(commands, "serve", "serve.help")
    serve_cmd.add_argument("--host", default="localhost", help=t("serve.host_help"))
    serve_cmd.add_argument("--port", type=int, default=8000, help=t("serve.port_help"))
    tone_cmd = _command(commands, "tone", "tone_cli.help")
    tone_cmd.add_argument("--json", action="store_true", help=t("tone_cli.json_help"))
    tone_cmd.add_argument("file", metavar="FILE", nargs="?", help=t("tone_cli.file_help"))
    agenda_cmd = _command(commands, "agenda", "wrapup.cli_help")
    agenda_cmd.add_argument("--days", type=int, default=14, metavar="N", help=t("wrapup.cli_days_help"))
    agenda_cmd.add_argument("--json", action="store_true", help=t("wrapup.cli_json_help"))
    return parser


def add_export_parser(commands: Any) -> None:
    """``export CLIENT [--what ...] [--format ...] [-o FILE]``."""
    # The export package's registry is tiny; its writers are imported only when used.
    from breakup_tui.export import ALL_FORMATS, WHATS

    export_cmd = _command(commands, "export", "export.cli_help")
    export_cmd.add_argument("client", metavar="CLIENT", help=t("cli.client_help"))
    export_cmd.add_argument("--what", choices=WHATS, default="letter", help=t("export.cli_what_help"))
    export_cmd.add_argument("--format", choices=ALL_FORMATS, dest="fmt", help=t("export.cli_format_help"))
    export_cmd.add_argument("-o", "--output", metavar="FILE", help=t("export.cli_output_help"))


def _last_option(argv: Sequence[str], name: str) -> str | None:
    """An option's value read before parsing (the last one wins, as argparse does)."""
    value = None
    for index, arg in enumerate(argv):
        if arg == name and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith(name + "="):
            value = arg.split("=", 1)[1]
    return value


def error(message: str) -> None:
    print(printable(message), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Read before parsing, so that help and errors are already in the interface language.
    early = _last_option(argv, "--lang")
    data_dir = _last_option(argv, "--data-dir")
    # The demo reads nothing of the user's, not even the settings.
    settings = Settings() if "--demo" in argv else load_settings(locate(data_dir))
    set_language(choose_language(early, settings.language, os.environ))

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and args.command not in (None, "serve"):
        parser.exit(EXIT_USAGE, t("demo.only_app", command=args.command) + "\n")
    if args.command == "serve":
        return serve_in_browser(args)
    if args.command == "tone":
        from breakup_tui.cli.tone_command import run_tone

        return run_tone(args)
    locations = locate(args.data_dir)
    country = choose_country(settings.country, os.environ)
    set_country(country)
    store = ClientStore(locations, country)

    if args.command == "list":
        return list_clients(store, as_json=args.json)
    if args.command == "agenda":
        return show_agenda(store, days=args.days, as_json=args.json)
    if args.command == "export":
        return export_client(store, args, settings)
    if args.command == "open":
        stem = store.find(args.client)
        if stem is None:
            error(t("cli.not_found", name=args.client))
            return EXIT_CLIENT
        try:
            store.load(stem)
        except DamagedClient as problem:
            error(t("cli.damaged", file=f"{stem}.toml", reason=str(problem)))
            return EXIT_CLIENT
        return run_app(args, open_client=stem)
    return run_app(args)


def has_terminal() -> bool:
    """The app draws on a terminal; under textual-serve its driver talks to the browser instead."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    return sys.stdin.isatty() and sys.stdout.isatty()


def run_app(args: argparse.Namespace, open_client: str | None = None) -> int:
    if not has_terminal():
        error(t("command.no_terminal"))
        return EXIT_USAGE
    # Textual is imported only when the app really opens: list and export stay quick.
    from breakup_tui.app import BreakupApp

    app = BreakupApp(args.data_dir, lang=args.lang, open_client=open_client, demo=args.demo)
    app.run()
    return app.return_code or EXIT_OK


def export_client(store: ClientStore, args: argparse.Namespace, settings: Settings) -> int:
    """Print or write one client's letter, plan or calendar; the letter is in the client's language."""
    from breakup_tui.core.letter import letter_needed
    from breakup_tui.core.plan import Verdict
    from breakup_tui.export import (
        DEFAULT_FORMAT,
        FORMATS,
        CalendarError,
        ExportRefused,
        ExportSource,
        fits,
        render,
        write_export,
    )
    from breakup_tui.store.installation import with_installation_id

    fmt = args.fmt or DEFAULT_FORMAT[args.what]
    if not fits(args.what, fmt):
        allowed = ", ".join(FORMATS[args.what])
        error(t("export.cli_bad_format", what=args.what, fmt=fmt, allowed=allowed))
        return EXIT_USAGE
    to_stdout = args.output in (None, "-")
    target = None
    if not to_stdout:
        try:
            target = check_output_path(args.output, store.locations.clients_dir)
        except OutputRefused as refusal:
            error(str(refusal))
            return EXIT_USAGE
    stem = store.find(args.client)
    if stem is None:
        error(t("cli.not_found", name=args.client))
        return EXIT_CLIENT
    try:
        plan = store.load(stem).plan
    except StoreError as problem:
        error(t("cli.damaged", file=f"{stem}.toml", reason=str(problem)))
        return EXIT_CLIENT
    if args.what == "letter" and not letter_needed(plan):
        error(t("writing.cli_kept", name=plan.client.name))
        return EXIT_CLIENT
    if args.what == "letter" and plan.decide.verdict is Verdict.UNDECIDED:
        error(t("writing.cli_undecided", name=plan.client.name))
    if args.what == "calendar":
        settings = with_installation_id(store.locations, settings)
    source = ExportSource(plan, settings, stem, clock.today(), clock.now(), store.country)
    try:
        text = render(args.what, fmt, source)
    except ExportRefused as refusal:
        error(str(refusal))
        return EXIT_CLIENT
    except CalendarError as problem:
        error(t("export.calendar_failed", reason=str(problem)))
        return EXIT_CLIENT
    if target is None:
        return write_stdout(for_stdout(text)) or EXIT_OK
    try:
        write_export(target, text)
    except OSError as problem:
        error(t("export.cli_write_failed", path=args.output, reason=problem.strerror or str(problem)))
        return EXIT_CLIENT
    return EXIT_OK


def port_is_free(host: str, port: int) -> str | None:
    """None if ``host:port`` can be listened on, else why not (checked before saying "running")."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as problem:
        return str(problem.strerror or problem)
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        try:
            probe.bind(address)
        except OSError as problem:
            return str(problem.strerror or problem)
    return None


def serve_in_browser(args: argparse.Namespace) -> int:
    """The app in a web browser, through textual-serve: each browser tab runs its own ``breakup-tui``."""
    try:
        from textual_serve.server import Server
    except ImportError:
        error(t("serve.missing"))
        return EXIT_USAGE
    busy = port_is_free(args.host, args.port)
    if busy is not None:
        error(t("command.port_busy", host=args.host, port=args.port, reason=busy))
        return EXIT_CLIENT
    app_command = [sys.executable, "-m", "breakup_tui"]
    if args.data_dir:
        app_command += ["--data-dir", args.data_dir]
    if args.lang:
        app_command += ["--lang", args.lang]
    if args.demo:
        app_command.append("--demo")
    server = Server(shlex.join(app_command), host=args.host, port=args.port, title="breakup-tui")
    print(t("serve.running", url=server.public_url), flush=True)
    try:
        server.serve()
    except OSError as problem:
        # Taken between our check and the server's own bind.
        error(t("command.port_busy", host=args.host, port=args.port, reason=problem.strerror or problem))
        return EXIT_CLIENT
    return EXIT_OK


def list_clients(store: ClientStore, *, as_json: bool) -> int:
    summaries = store.summaries()
    if as_json:
        return write_stdout(terminal_safe_json([s.as_json() for s in summaries]) + "\n") or EXIT_OK
    if not summaries:
        return write_stdout(t("cli.no_clients") + "\n") or EXIT_OK
    width = min(max(len(s.name) for s in summaries), 40)
    lines = []
    for s in summaries:
        name = printable(s.name)[:width].ljust(width)
        if s.damaged:
            lines.append(printable(f"{s.file}.toml  {t('cli.damaged_marker', reason=s.error or '')}"))
            continue
        step = s.current or STEP_IDS[0]
        verdict = t(f"verdict.{s.verdict}")
        last = format_day(s.last_day, current_language()) if s.last_day else t("common.none")
        lines.append(f"{name}  {verdict:<12}  {STEP_IDS.index(step) + 1} {t('steps.' + step):<18}  {last}")
    return write_stdout("".join(f"{line}\n" for line in lines)) or EXIT_OK


def show_agenda(store: ClientStore, *, days: int, as_json: bool) -> int:
    """The open wrap-up actions of every client (breakup_tui/agenda.py)."""
    from breakup_tui.agenda import agenda, agenda_lines
    from breakup_tui.core.i18n import tn

    if days < 0:
        error(t("wrapup.cli_days_help"))
        return EXIT_USAGE
    lines = agenda(store.summaries(), clock.today(), days)
    if as_json:
        text = terminal_safe_json([line.as_json(current_language()) for line in lines])
    elif not lines:
        text = tn("wrapup.cli_nothing", days)
    else:
        text = "\n".join(printable(line) for line in agenda_lines(lines))
    return write_stdout(text + "\n") or EXIT_OK
