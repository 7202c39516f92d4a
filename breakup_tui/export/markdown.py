"""The user's text as CommonMark that renders exactly as typed.

Every character that could start markup inline (emphasis, code, links, raw
HTML, entities, tables, strikethrough) is backslash-escaped; so is whatever
would turn a line into a heading, a quote, a list item or a heading underline.
"""

from __future__ import annotations

import re

from breakup_tui.core.letter import BULLET

# Inline markup: emphasis, code spans, links and images, raw HTML, entities, tables, strikethrough.
_INLINE = re.compile(r"([\\`*_\[\]<>&!|~])")
# At a line's start: a heading, a quote, a list item, a setext underline ("===", "---").
_LINE_START = re.compile(r"^([#>+=-])")
_ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)])")


def escape_inline(text: str) -> str:
    """Text inside a line (after "- ", inside ** **): only inline markup can hurt it."""
    return _INLINE.sub(r"\\\1", text)


def escape_line(line: str) -> str:
    """One whole line of the user's text; leading spaces dropped, as they would make a code block."""
    line = escape_inline(line.strip())
    line = _LINE_START.sub(r"\\\1", line)
    return _ORDERED_ITEM.sub(r"\1\\\2", line)


def text_block(text: str) -> str:
    """Multi-line text as paragraphs, each line kept on its own line by a hard break."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [escape_line(line) for line in paragraph.splitlines() if line.strip()]
        paragraphs.append("  \n".join(lines))
    return "\n\n".join(p for p in paragraphs if p)


def quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text_block(text).split("\n"))


def letter_blocks(body: str) -> str:
    """The letter: its own "- " lines become a list, set apart by blank lines; the rest is escaped text."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body.strip()):
        run: list[str] = []
        items: list[str] = []
        for line in paragraph.splitlines():
            if line.startswith(BULLET):
                if run:
                    blocks.append("  \n".join(run))
                    run = []
                items.append("- " + escape_line(line[len(BULLET) :]))
            elif line.strip():
                if items:
                    blocks.append("\n".join(items))
                    items = []
                run.append(escape_line(line))
        if run:
            blocks.append("  \n".join(run))
        if items:
            blocks.append("\n".join(items))
    return "\n\n".join(blocks)
