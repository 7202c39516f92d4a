"""The letter as plain text and as Markdown."""

from __future__ import annotations

from breakup_tui.core.i18n import catalogue
from breakup_tui.core.letter import BULLET, Letter, letter_for
from breakup_tui.export import ExportSource


def the_letter(source: ExportSource) -> Letter:
    return letter_for(source.plan, source.settings, source.today)


def _headers(letter: Letter) -> list[tuple[str, str]]:
    m = catalogue(letter.language)
    headers = [(m.t("export.header_to"), letter.to)] if letter.to else []
    return [*headers, (m.t("export.header_subject"), letter.subject)]


def letter_txt(source: ExportSource) -> str:
    letter = the_letter(source)
    head = "\n".join(f"{name}: {value}" for name, value in _headers(letter))
    return f"{head}\n\n{letter.body.rstrip()}\n"


def markdown_paragraphs(body: str) -> str:
    """Keep the letter's line breaks in Markdown: a line followed by another becomes a hard break."""
    paragraphs = []
    for paragraph in body.strip().split("\n\n"):
        lines = paragraph.split("\n")
        kept = []
        for index, line in enumerate(lines):
            following = lines[index + 1] if index + 1 < len(lines) else None
            # Lines before a list item need no break: the list starts on its own line.
            if following is not None and not following.startswith(BULLET):
                line = line.rstrip() + "  "
            kept.append(line)
        paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs)


def letter_md(source: ExportSource) -> str:
    letter = the_letter(source)
    head = "  \n".join(f"**{name}:** {value}" for name, value in _headers(letter))
    return f"{head}\n\n---\n\n{markdown_paragraphs(letter.body)}\n"
