"""The tone checker's findings, shown under the field they belong to.

Findings of one rule share a line: the words found, then the rule's message,
then its suggestion once on the line below. Each line is cut to the width
rather than wrapped, and the list stops at ``MAX_LINES`` with a count of what
it left out, so a long text cannot push its field's neighbours off the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual.widgets import Static

from breakup_tui.core.i18n import t, tn
from breakup_tui.core.tone import Finding, check_tone

# A symbol per severity, so the meaning never rests on colour alone.
MARKS = {"warning": "⚠", "advice": "ℹ"}
# Lines the findings may take, the "and N more" line included.
MAX_LINES = 5
SUGGESTION_INDENT = "  "


@dataclass
class RuleGroup:
    """The findings of one rule, in the order they were found."""

    first: Finding
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[Text]:
        words = ", ".join(
            f"“{found}”" + (f" ×{count}" if count > 1 else "") for found, count in self.counts.items()
        )
        head = Text()
        head.append(f"{MARKS.get(self.first.severity, '⚠')} {words} ", style="bold")
        head.append(self.first.message)
        if not self.first.suggestion:
            return [head]
        suggestion = Text(SUGGESTION_INDENT + t("tone.try", suggestion=self.first.suggestion), style="italic")
        return [head, suggestion]


def group_by_rule(findings: list[Finding]) -> list[RuleGroup]:
    groups: dict[str, RuleGroup] = {}
    for finding in findings:
        group = groups.setdefault(finding.rule_id, RuleGroup(finding))
        group.counts[finding.text] = group.counts.get(finding.text, 0) + 1
    return list(groups.values())


def describe(findings: list[Finding], *, max_lines: int = MAX_LINES) -> Text:
    """The findings grouped by rule, at most ``max_lines`` lines, each meant to be shown on one line."""
    groups = group_by_rule(findings)
    every_line = [line for group in groups for line in group.lines()]
    lines: list[Text] = []
    if len(every_line) <= max_lines:
        lines = every_line
    else:
        shown = 0
        for group in groups:
            group_lines = group.lines()
            # One line stays free for the count of what is left out.
            if len(lines) + len(group_lines) > max_lines - 1:
                break
            lines += group_lines
            shown += group.size
        lines.append(Text(tn("tone.more", len(findings) - shown), style="italic"))
    return Text("\n").join(lines)


class ToneHints(Static):
    """Shows what the tone checker found in a text; hidden when there is nothing to say."""

    DEFAULT_CSS = """
    ToneHints {
        height: auto;
        color: $text-warning;
        padding: 0 1;
        display: none;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.findings: list[Finding] = []

    def check(self, text: str, language: str) -> list[Finding]:
        self.findings = check_tone(text, language)
        self.update(describe(self.findings))
        self.display = bool(self.findings)
        return self.findings
