"""Texts of several lines written as TOML multi-line strings, so a file reads like the text itself.

tomlkit writes a carriage return raw inside a multi-line string, which a parser
reads back as a plain newline, so the escaping here is our own: only the newline
and the tab stay raw; every other control character, a backslash and any third
quote in a row are escaped. The text always reads back exactly.
"""

from __future__ import annotations

from tomlkit.items import String, StringType, Trivia

_SHORT_ESCAPES = {"\\": "\\\\", "\b": "\\b", "\f": "\\f", "\r": "\\r"}


def _escaped(text: str) -> str:
    out: list[str] = []
    quotes = 0
    for char in text:
        if char == '"':
            # Two quotes in a row are fine; a third would close the string.
            quotes += 1
            out.append('\\"' if quotes == 3 else '"')
            quotes %= 3
            continue
        quotes = 0
        if char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif char in "\n\t":
            out.append(char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    if text.endswith('"') and not out[-1].startswith("\\"):
        # A quote right before the closing ones is legal but easy to misread: escape it.
        out[-1] = '\\"'
    return "".join(out)


def multiline_string(text: str) -> String:
    """``text`` as a basic multi-line string, opening on its own line."""
    # The newline right after the opening quotes is dropped by every TOML parser.
    return String(StringType.MLB, text, "\n" + _escaped(text), Trivia())


def toml_text(text: str) -> str | String:
    """What to store for ``text``: a multi-line string when it has several lines."""
    return multiline_string(text) if "\n" in text else text
