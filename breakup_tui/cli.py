"""The command line (DESIGN §4): open the app, or list and export without it."""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from breakup_tui import __version__
from breakup_tui.core import clock
from breakup_tui.core.humanize import short_date
from breakup_tui.core.i18n import choose_language, set_language, t
from breakup_tui.core.plan import STEP_IDS
from breakup_tui.core.printable import printable
from breakup_tui.core.settings import Settings
from breakup_tui.store.clients import ClientStore, DamagedClient, StoreError
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import load_settings

EXIT_OK = 0
EXIT_CLIENT = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="breakup-tui", description=t("cli.description"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"breakup-tui {__version__}",
        help=t("cli.version_help"),
    )
    parser.add_argument("--data-dir", metavar="DIR", help=t("cli.data_dir_help"))
    parser.add_argument("--lang", choices=["en", "it"], help=t("cli.lang_help"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    open_cmd = commands.add_parser("open", help=t("cli.open_help"))
    open_cmd.add_argument("client", metavar="CLIENT", help=t("cli.client_help"))
    list_cmd = commands.add_parser("list", help=t("cli.list_help"))
    list_cmd.add_argument("--json", action="store_true", help=t("cli.json_help"))
    add_export_parser(commands)
    add_demo_and_serve(parser, commands)
    return parser


def add_export_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``export CLIENT [--what ...] [--format ...] [-o FILE]`` (DESIGN §4)."""
    # The export package's registry is tiny; its writers are imported only when used.
    from breakup_tui.export import ALL_FORMATS, WHATS

    export_cmd = commands.add_parser("export", help=t("export.cli_help"))
    export_cmd.add_argument("client", metavar="CLIENT", help=t("cli.client_help"))
    export_cmd.add_argument("--what", choices=WHATS, default="letter", help=t("export.cli_what_help"))
    export_cmd.add_argument("--format", choices=ALL_FORMATS, dest="fmt", help=t("export.cli_format_help"))
    export_cmd.add_argument("-o", "--output", metavar="FILE", help=t("export.cli_output_help"))


def add_demo_and_serve(
    parser: argparse.ArgumentParser, commands: argparse._SubParsersAction[argparse.ArgumentParser]
) -> None:
    parser.add_argument("--demo", action="store_true", help=t("cli.demo_help"))
    serve_cmd = commands.add_parser("serve", help=t("serve.help"))
    serve_cmd.add_argument("--host", default="localhost", help=t("serve.host_help"))
    serve_cmd.add_argument("--port", type=int, default=8000, help=t("serve.port_help"))


def _early_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before parsing, so that help and errors are already translated."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def error(message: str) -> None:
    print(printable(message), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    early = _early_language(argv)
    data_dir = None
    for index, arg in enumerate(argv):
        if arg == "--data-dir" and index + 1 < len(argv):
            data_dir = argv[index + 1]
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
    # The demo reads nothing of the user's, not even the settings.
    settings = Settings() if "--demo" in argv else load_settings(locate(data_dir))
    set_language(choose_language(early, settings.language, os.environ))

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and args.command not in (None, "serve"):
        parser.exit(EXIT_USAGE, t("demo.only_app", command=args.command) + "\n")
    if args.command == "serve":
        return serve_in_browser(args)
    locations = locate(args.data_dir)
    store = ClientStore(locations)

    if args.command == "list":
        return list_clients(store, as_json=args.json)
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


def run_app(args: argparse.Namespace, open_client: str | None = None) -> int:
    # Textual is imported only when the app really opens: list and export stay quick.
    from breakup_tui.app import BreakupApp

    app = BreakupApp(args.data_dir, lang=args.lang, open_client=open_client, demo=args.demo)
    app.run()
    return app.return_code or EXIT_OK


def export_client(store: ClientStore, args: argparse.Namespace, settings: Settings) -> int:
    """Print or write one client's letter, plan or calendar; the letter is in the client's language."""
    from breakup_tui.export import DEFAULT_FORMAT, FORMATS, ExportSource, fits, render, write_export

    fmt = args.fmt or DEFAULT_FORMAT[args.what]
    if not fits(args.what, fmt):
        allowed = ", ".join(FORMATS[args.what])
        error(t("export.cli_bad_format", what=args.what, fmt=fmt, allowed=allowed))
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
    source = ExportSource(plan, settings, stem, clock.today(), clock.now())
    text = render(args.what, fmt, source)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_export(Path(args.output).expanduser(), text)
    except OSError as problem:
        error(t("export.cli_write_failed", path=args.output, reason=problem.strerror or str(problem)))
        return EXIT_CLIENT
    return EXIT_OK


def serve_in_browser(args: argparse.Namespace) -> int:
    """The app in a web browser, through textual-serve: each browser tab runs its own ``breakup-tui``."""
    try:
        from textual_serve.server import Server
    except ImportError:
        error(t("serve.missing"))
        return EXIT_USAGE
    app_command = [sys.executable, "-m", "breakup_tui"]
    if args.data_dir:
        app_command += ["--data-dir", args.data_dir]
    if args.lang:
        app_command += ["--lang", args.lang]
    if args.demo:
        app_command.append("--demo")
    server = Server(shlex.join(app_command), host=args.host, port=args.port, title="breakup-tui")
    print(t("serve.running", url=server.public_url), flush=True)
    server.serve()
    return EXIT_OK


def list_clients(store: ClientStore, *, as_json: bool) -> int:
    summaries = store.summaries()
    if as_json:
        print(terminal_safe_json([s.as_json() for s in summaries]))
        return EXIT_OK
    if not summaries:
        print(t("cli.no_clients"))
        return EXIT_OK
    width = min(max(len(s.name) for s in summaries), 40)
    for s in summaries:
        name = printable(s.name)[:width].ljust(width)
        if s.damaged:
            print(printable(f"{s.file}.toml  {t('cli.damaged_marker', reason=s.error or '')}"))
            continue
        step = s.current or STEP_IDS[0]
        verdict = t(f"verdict.{s.verdict}")
        # Human dates in the interface language; ``list --json`` keeps ISO for scripts.
        last = short_date(s.last_day)
        print(f"{name}  {verdict:<12}  {STEP_IDS.index(step) + 1} {t('steps.' + step):<18}  {last}")
    return EXIT_OK


# Characters json.dumps leaves raw with ensure_ascii=False that a terminal may obey (DEL, C1, bidi).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe_json(data: object) -> str:
    """JSON that reads as the same data, with every character a terminal could obey escaped as \\uXXXX."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # Outside strings JSON is plain ASCII, so only string contents change, to equivalent escapes.
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", text)
