"""The letter as plain text and as Markdown."""

from __future__ import annotations

from breakup_tui.core.i18n import catalogue
from breakup_tui.core.letter import Letter, letter_for
from breakup_tui.export import ExportSource
from breakup_tui.export.markdown import escape_inline, letter_blocks


def the_letter(source: ExportSource) -> Letter:
    return letter_for(source.plan, source.settings, source.today, source.country)


def _headers(letter: Letter) -> list[tuple[str, str]]:
    m = catalogue(letter.language)
    headers = [(m.t("export.header_to"), letter.to)] if letter.to else []
    return [*headers, (m.t("export.header_subject"), letter.subject)]


def letter_txt(source: ExportSource) -> str:
    letter = the_letter(source)
    head = "\n".join(f"{name}: {value}" for name, value in _headers(letter))
    return f"{head}\n\n{letter.body.rstrip()}\n"


def markdown_paragraphs(body: str) -> str:
    """The letter's body as CommonMark: its lists as lists, every other line exactly as written."""
    return letter_blocks(body)


def letter_md(source: ExportSource) -> str:
    letter = the_letter(source)
    head = "  \n".join(f"**{name}:** {escape_inline(value)}" for name, value in _headers(letter))
    return f"{head}\n\n---\n\n{markdown_paragraphs(letter.body)}\n"
