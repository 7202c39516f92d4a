"""The tone checker's findings, shown under the field they belong to."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from breakup_tui.core.i18n import t
from breakup_tui.core.tone import Finding, check_tone

# A symbol per severity, so the meaning never rests on colour alone.
MARKS = {"warning": "⚠", "advice": "ℹ"}


def describe(findings: list[Finding]) -> Text:
    text = Text()
    for index, finding in enumerate(findings):
        if index:
            text.append("\n")
        text.append(f"{MARKS.get(finding.severity, '⚠')} “{finding.text}” ", style="bold")
        text.append(finding.message)
        if finding.suggestion:
            text.append(" " + t("tone.try", suggestion=finding.suggestion), style="italic")
    return text


class ToneHints(Static):
    """Shows what the tone checker found in a text; hidden when there is nothing to say."""

    DEFAULT_CSS = """
    ToneHints {
        height: auto;
        color: $text-warning;
        padding: 0 1;
        display: none;
    }
    ToneHints.-found {
        display: block;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.findings: list[Finding] = []

    def check(self, text: str, language: str) -> list[Finding]:
        self.findings = check_tone(text, language)
        self.update(describe(self.findings))
        self.set_class(bool(self.findings), "-found")
        return self.findings
