"""A hand-edited file saved after one change differs only in the changed lines; long texts read as text."""

from __future__ import annotations

import difflib
import tomllib

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


def test_one_change_to_a_hand_edited_file_changes_only_its_lines(store: ClientStore) -> None:
    stem, before = _hand_edited(store)
    client = store.open(stem)
    client.plan.notice.weeks = 3
    store.save(client)
    store.close(client)
    saved = store.path_of(stem).read_text()
    changed = [
        line
        for line in difflib.unified_diff(before.splitlines(), saved.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    # The clock is pinned, so ``progress.updated`` is written with the value it already has.
    assert changed == ["-weeks = 2", "+weeks = 3"], "\n".join(changed)


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
