"""The documentation's examples are real: the file-format example loads as a plan."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from breakup_tui.core.codec import KNOWN_KEYS, plan_from_data
from breakup_tui.core.key_tables import key_tables
from breakup_tui.schema.generate import documented_tables

DOC = Path(__file__).parent.parent / "docs" / "file-format.md"


def test_the_complete_example_is_a_valid_plan() -> None:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", text, re.S)
    assert block is not None
    plan = plan_from_data(tomllib.loads(block.group(1)))
    assert plan.client.name == "Acme Studio"
    assert plan.notice.projects[1].plan == "hand_over"


def test_every_key_the_app_writes_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for table, keys in KNOWN_KEYS.items():
        for key in keys:
            if table == "" or table.endswith("status") or table.endswith("handover"):
                continue
            assert f"`{key}`" in text or f"{table}.{key}" in text, f"{table}.{key} is not documented"


def test_the_key_tables_are_the_ones_generated_from_the_dataclasses() -> None:
    # Regenerate with `python -m breakup_tui.schema docs/file-format.md` after changing a field.
    assert documented_tables(DOC.read_text(encoding="utf-8")) == key_tables()
