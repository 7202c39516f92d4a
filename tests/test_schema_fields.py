"""A key is declared once, on its dataclass field: reading, writing and the known keys follow from it."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest

from breakup_tui.core.codec import ITEM_KEYS, KNOWN_KEYS, PlanError
from breakup_tui.core.plan import SCHEMA_VERSION, Notice, Plan
from breakup_tui.core.plan_reader import read_table
from breakup_tui.core.plan_writer import table_to_data
from breakup_tui.core.schema_fields import choice, integer, key_fields, optional_text, tables, text
from breakup_tui.core.table_reader import TableReader


@dataclass
class Line:
    label: str = text("what it says", required=True)


@dataclass
class Sheet:
    title: str = text("a title")
    colour: str = choice("its colour", ("red", "blue"), "red")
    pages: int | None = integer("how many pages", 1, 10)
    remark: str | None = optional_text("written only when there is one")
    lines: list[Line] = tables(Line, "its lines")


def test_a_dataclass_declared_with_the_helpers_is_read_and_written_with_no_more_code() -> None:
    data = {"title": "Notes", "colour": "blue", "pages": 3, "lines": [{"label": "one"}], "mine": 1}
    sheet = read_table(Sheet, TableReader(data, "sheet"))
    assert sheet == Sheet("Notes", "blue", 3, None, [Line("one")])
    assert table_to_data(sheet) == {
        "title": "Notes",
        "colour": "blue",
        "pages": 3,
        "lines": [{"label": "one"}],
    }
    assert read_table(Sheet, TableReader({}, "sheet")) == Sheet()


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"colour": "green"}, "sheet.colour"),
        ({"pages": 11}, "sheet.pages"),
        ({"title": 3}, "sheet.title"),
        ({"lines": [{"label": " "}]}, "sheet.lines[1].label"),
    ],
)
def test_each_declared_check_names_the_key_by_its_path(data: dict[str, object], named: str) -> None:
    with pytest.raises(PlanError, match=named.replace("[", r"\[").replace("]", r"\]")):
        read_table(Sheet, TableReader(data, "sheet"))


def test_every_field_of_the_plan_declares_its_key_in_the_file() -> None:
    def undeclared(cls: type, seen: set[type]) -> list[str]:
        found = [
            f"{cls.__name__}.{f.name}"
            for f in fields(cls)
            if f.name not in {k.attribute for k in key_fields(cls)}
        ]
        for k in key_fields(cls):
            if k.key.of is not None and k.key.of not in seen:
                seen.add(k.key.of)
                found += undeclared(k.key.of, seen)
        return found

    assert undeclared(Plan, set()) == []


def test_the_known_keys_follow_the_dataclasses() -> None:
    assert KNOWN_KEYS["notice"] == {k.name for k in key_fields(Notice)}
    assert KNOWN_KEYS["wrapup"] == {"started_on", "items"}
    assert ITEM_KEYS["wrapup.items"] == {"key", "state", "on", "chased_on"}
    assert ITEM_KEYS["referrals"] == ITEM_KEYS["options.referrals"] == {"name", "contact", "speciality"}


def test_the_format_version_is_written_first_and_is_the_one_constant() -> None:
    from breakup_tui.core.codec import plan_to_data

    data = plan_to_data(Plan.new("Acme"))
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == SCHEMA_VERSION
