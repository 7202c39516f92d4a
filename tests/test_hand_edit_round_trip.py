"""A hand-edited file saved after one change differs only in the changed lines; long texts read as text."""

from __future__ import annotations

import difflib
import tomllib
from datetime import date
from decimal import Decimal

import pytest
import tomlkit
from hypothesis import given
from hypothesis import strategies as st

from breakup_tui.core.plan import Plan
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.toml_strings import multiline_string
from tests.factories import filled_plan

# Hand edits made to a file the app wrote: each (old, new) replaces a line or adds lines.
HAND_EDITS = [
    ('contact = "Jane Doe"', 'contact = "Jane Doe"   # met her in 2021\nnickname = "the Acme people"'),
    (
        'reasons = ["late_payment", "haggling"]',
        'reasons = [\n  "late_payment",  # three times this year\n  "haggling",\n]',
    ),
    ('notes = ""', "notes = '''\nLong talk with my partner.\nWe agree: it is time.'''"),
    ('note = "Invoice 104 paid 45 days late"', 'note = "Invoice 104 paid 45 days late"\nreminded = true'),
    ("contract_notice_days = 14", "# the contract says two weeks as well\ncontract_notice_days = 14"),
    ("[thank]", "# said on the call\n[thank]"),
]


def _hand_edited(store: ClientStore) -> tuple[str, str]:
    stem = store.create(filled_plan())
    path = store.path_of(stem)
    text = path.read_text()
    for old, new in HAND_EDITS:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text)
    return stem, text


def _changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_one_change_to_a_hand_edited_file_changes_only_its_lines(store: ClientStore) -> None:
    stem, before = _hand_edited(store)
    client = store.open(stem)
    client.plan.notice.weeks = 3
    store.save(client)
    store.close(client)
    changed = _changed_lines(before, store.path_of(stem).read_text())
    # The clock is pinned, so ``progress.updated`` is written with the value it already has.
    assert changed == ["-weeks = 2", "+weeks = 3"], "\n".join(changed)


# Values the codec reads the same way however they are spelt: each replaces a value the app wrote.
SPELLINGS = {
    "float-exponent": ('amount = "1200.00"', "amount = 1e11"),
    "string-exponent": ('amount = "1200.00"', 'amount = "1e11"'),
    "underscores": ('amount = "1200.00"', "amount = 1_000"),
    "plain-float": ('amount = "1200.00"', "amount = 1200.50"),
    "arabic-indic-digits": ('amount = "1200.00"', 'amount = "\u0661\u0662\u0660\u0660"'),
    "whole-float-exponent": ('amount = "1200.00"', "amount = 12e2"),
    "date-with-a-time": ("due = 2026-11-30", "due = 2026-11-30T09:00:00"),
}


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_a_value_spelt_by_hand_is_written_back_as_it_was_after_an_unrelated_change(
    store: ClientStore, spelling: str
) -> None:
    stem = store.create(filled_plan())
    path = store.path_of(stem)
    old, new = SPELLINGS[spelling]
    text = path.read_text()
    assert old in text, old
    before = text.replace(old, new, 1)
    path.write_text(before)
    client = store.open(stem)
    assert client.read_only is None, client.read_only
    client.plan.notice.weeks = 3
    store.save(client)
    store.close(client)
    assert _changed_lines(before, path.read_text()) == ["-weeks = 2", "+weeks = 3"]


def test_an_entry_whose_amount_is_spelt_by_hand_keeps_its_lines_when_another_is_removed(
    store: ClientStore,
) -> None:
    stem = store.create(filled_plan())
    path = store.path_of(stem)
    text = path.read_text()
    # Neither invoice has a number, so each is known by its amount, currency and due date.
    text = text.replace('number = "INV-104"\namount = "1200.00"', "amount = 1.2e3", 1)
    text = text.replace('number = "INV-105"\namount = "450.50"', "amount = 450.5\nfiled = true  # mine", 1)
    path.write_text(text)
    client = store.open(stem)
    del client.plan.notice.invoices[0]
    store.save(client)
    store.close(client)
    saved = path.read_text()
    assert "amount = 450.5\nfiled = true  # mine\n" in saved
    assert "1.2e3" not in saved


def test_a_value_spelt_by_hand_and_changed_in_the_app_is_written_anew(store: ClientStore) -> None:
    stem = store.create(filled_plan())
    path = store.path_of(stem)
    before = path.read_text().replace('amount = "1200.00"', "amount = 1e11", 1)
    before = before.replace("due = 2026-11-30", "due = 2026-11-30T09:00:00", 1)
    path.write_text(before)
    client = store.open(stem)
    invoice = client.plan.notice.invoices[0]
    invoice.amount = Decimal("1300")
    invoice.due = date(2026, 12, 1)
    store.save(client)
    store.close(client)
    assert sorted(_changed_lines(before, path.read_text())) == [
        '+amount = "1300"',
        "+due = 2026-12-01",
        "-amount = 1e11",
        "-due = 2026-11-30T09:00:00",
    ]


def test_a_long_text_is_saved_as_a_multi_line_string(store: ClientStore) -> None:
    plan = Plan.new("Acme")
    plan.decide.notes = "First line.\nSecond line."
    saved = store.path_of(store.create(plan)).read_text()
    assert 'notes = """\nFirst line.\nSecond line."""' in saved
    assert "\\n" not in saved


@given(st.text())
def test_any_text_round_trips_exactly_through_a_multi_line_string(text: str) -> None:
    document = tomlkit.document()
    document["text"] = multiline_string(text)
    written = tomlkit.dumps(document)
    assert tomllib.loads(written)["text"] == text
    assert tomlkit.parse(written)["text"] == text


@given(st.text(alphabet=st.sampled_from(['"', "\\", "\n", "\r", "\t", "\x00", "\x7f", "\x1b", "a", "'"])))
def test_quotes_backslashes_and_control_characters_round_trip(text: str) -> None:
    document = tomlkit.document()
    document["text"] = multiline_string(text)
    assert tomllib.loads(tomlkit.dumps(document))["text"] == text
