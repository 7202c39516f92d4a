"""Writing the shipped JSON Schema and the documented key tables again from the plan's dataclasses.

The key tables sit in docs/file-format.md between marker comments,
``<!-- keys: client -->`` … ``<!-- end keys -->`` (``(top)`` for the top level),
so the prose around them stays hand-written.
"""

from __future__ import annotations

import re
from pathlib import Path

from breakup_tui.core.json_schema import client_schema, schema_text
from breakup_tui.core.key_tables import key_tables

TOP = "(top)"
BLOCK = re.compile(r"(<!-- keys: (?P<path>[^ ]+) -->\n)(?P<table>.*?)(<!-- end keys -->)", re.S)


def documented_tables(markdown: str) -> dict[str, str]:
    """The key tables a document holds between its markers, by table path."""
    return {_path(m.group("path")): m.group("table") for m in BLOCK.finditer(markdown)}


def with_tables(markdown: str, tables: dict[str, str]) -> str:
    """``markdown`` with each marked key table replaced by the generated one."""
    return BLOCK.sub(lambda m: m.group(1) + tables[_path(m.group("path"))] + m.group(4), markdown)


def _path(marker: str) -> str:
    return "" if marker == TOP else marker


def write_client_schema(path: Path) -> None:
    path.write_text(schema_text(client_schema()), encoding="utf-8")


def write_key_tables(doc: Path) -> None:
    doc.write_text(with_tables(doc.read_text(encoding="utf-8"), key_tables()), encoding="utf-8")
