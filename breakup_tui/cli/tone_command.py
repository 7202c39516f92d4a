"""``breakup-tui tone``: the letter's tone checker, for any text (a reply to the client, say)."""

from __future__ import annotations

import argparse
import sys

from breakup_tui.cli.streams import for_stdout, terminal_safe_json, write_stdout
from breakup_tui.core.i18n import current_language, t
from breakup_tui.core.printable import printable
from breakup_tui.core.tone import Finding, check_tone

EXIT_CLEAN = 0
EXIT_WARNING = 1
EXIT_USAGE = 2


def read_text(name: str | None) -> str | None:
    """The UTF-8 text of ``name`` (stdin for ``-`` or none); None after one line on stderr."""
    try:
        if name in (None, "-"):
            return sys.stdin.buffer.read().decode("utf-8")
        with open(name, "rb") as handle:
            return handle.read().decode("utf-8")
    except UnicodeDecodeError as problem:
        shown = name if name not in (None, "-") else "stdin"
        print(printable(t("tone_cli.not_utf8", file=shown, offset=problem.start)), file=sys.stderr)
    except OSError as problem:
        print(printable(t("tone_cli.unreadable", file=name, reason=problem.strerror)), file=sys.stderr)
    return None


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def as_json(finding: Finding) -> dict[str, object]:
    return {
        "rule": finding.rule_id,
        "family": finding.family,
        "severity": finding.severity,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "message": finding.message,
        "suggestion": finding.suggestion,
    }


def as_lines(text: str, findings: list[Finding]) -> str:
    out = []
    for finding in findings:
        line, column = position(text, finding.start)
        out.append(f"{line}:{column}  {finding.rule_id}  {finding.message}")
        if finding.suggestion:
            out.append(f"    {t('tone_cli.suggestion')}: {finding.suggestion}")
    return "".join(f"{line}\n" for line in out)


def run_tone(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    if text is None:
        return EXIT_USAGE
    findings = check_tone(text, current_language())
    if args.json:
        report = terminal_safe_json([as_json(f) for f in findings]) + "\n"
    else:
        report = for_stdout(as_lines(text, findings))
    failed = write_stdout(report)
    if failed is not None:
        return failed
    return EXIT_WARNING if any(f.severity == "warning" for f in findings) else EXIT_CLEAN
