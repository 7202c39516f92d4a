"""Text from files, shown on a terminal: control characters made visible, never obeyed.

A client's name or note may hold anything a file can hold. Written to the
screen as they are, ESC or CSI (``\\x1b``, ``\\x9b``) would start a terminal
escape sequence and bidirectional overrides would reverse the columns after
them. The file keeps the text exactly; only what is displayed is changed.
"""

from __future__ import annotations

# C0 controls become their Unicode "control pictures" (ESC shows as ␛, a newline as ␊).
_TRANSLATION: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_TRANSLATION[0x7F] = "\u2421"  # ␡
# C1 controls (0x9B is a one-byte CSI) and the explicit bidi embeddings, overrides and isolates.
for _code in [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
    _TRANSLATION[_code] = "\ufffd"
# Lone surrogates: the bytes of a file name that is not UTF-8 (os.fsdecode's surrogate escapes);
# no terminal encoding can carry them, so they show as the replacement character.
for _code in range(0xD800, 0xE000):
    _TRANSLATION[_code] = "\ufffd"
_MULTILINE = {code: symbol for code, symbol in _TRANSLATION.items() if chr(code) not in "\n\t"}


def printable(text: str, *, multiline: bool = False) -> str:
    """``text`` with every character that could drive the terminal replaced by a visible symbol.

    ``multiline`` keeps line breaks and tabs, for text shown on several lines.
    """
    return text.translate(_MULTILINE if multiline else _TRANSLATION)


# For inputs that must refuse such characters outright (Textual's ``Input.restrict``): the same set.
ONLY_PRINTABLE = "[^" + "".join(f"\\u{code:04x}" for code in _TRANSLATION) + "]*"
