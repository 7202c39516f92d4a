"""Hand edits stay with their entry through every save: sort, add, remove, edit, inline or table lists.

Each case starts from one hand-edited client file, changes the plan the way a form
does, saves, and checks every hand-written line: still in the file (not lost) and
still in the block of the entry it was written for (not moved).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from breakup_tui.core.plan import Account, Incident, Invoice, Plan, Project, Pushback, Referral
from breakup_tui.store.clients import ClientStore
from tests.helpers import press

TABLES_FILE = """\
schema_version = 1

[client]
name = "Acme Studio"

[decide]
verdict = "end"
reasons = [
  "late_payment",  # the clearest one
  # they also haggle
  "haggling",
]
notes = ""

# the late one
[[decide.incidents]]
date = 2026-10-05
kind = "late_payment"
note = "Invoice 104 paid 45 days late"
invoice_ref = "INV-104"

# the haggling one
[[decide.incidents]]
date = 2026-09-01
kind = "haggling"
note = "Asked for 30% off"
witness = "Mario"

[notice]
weeks = 2

# the big project
[[notice.projects]]
name = "Website redesign"
due = 2026-12-10
plan = "finish"
budget_hours = 40

[[notice.projects]]
name = "Newsletter"
due = 2026-12-01
plan = "hand_over"
repo = "git.example/newsletter"  # mine

[[notice.invoices]]
number = "INV-104"
amount = "1200.00"
currency = "EUR"
due = 2026-11-30
paid = false
chased = 2  # times

[[notice.invoices]]
number = "INV-105"
amount = "450.50"
currency = "EUR"
due = 2026-12-18
paid = false
po = "PO-9"

[options]
keep_referring = true

[[options.accounts]]
label = "WordPress admin"
owner = "client"

# hosting
[[options.accounts]]
label = "Hosting panel"
owner = "me"

[[options.referrals]]
name = "Mario Rossi"
contact = "mario@example.com"
speciality = "WordPress"
rate = "€50/h"

[[options.referrals]]
name = "Giulia Bianchi"
contact = "giulia@example.com"
speciality = "Brand"
rate = "€60/h"

[waffle]
commitment = "I finish on the last day."

# money first
[[waffle.pushback]]
kind = "more_money"
answer = "It is not about the rate."
heard = 2026-11-02

[[waffle.pushback]]
kind = "guilt"
answer = "I am grateful, and my decision stands."
heard = 2026-11-03

# about thanks
[thank]
thanks = "Thank you."
"""

INLINE_FILE = """\
schema_version = 1

[client]
name = "Acme Studio"

[decide]
incidents = [{date = 2026-10-05, kind = "late_payment", note = "late", mine = 1}, \
{date = 2026-09-01, kind = "haggling", note = "haggle", mine = 2}]

[notice]
projects = [
  {name = "Website redesign", due = 2026-12-10, plan = "finish", budget_hours = 40},
  {name = "Newsletter", due = 2026-12-01, plan = "hand_over", repo = "newsletter"},
]

[options]
accounts = [{label = "WordPress admin", owner = "client"}, {label = "Hosting panel", owner = "me"}]
referrals = [{name = "Mario Rossi", contact = "mario@example.com", speciality = "WordPress", rate = "€50/h"}]
"""

# Each hand-written line, and a line of the entry it belongs to.
TABLES_LINES = {
    "# the late one": 'note = "Invoice 104 paid 45 days late"',
    'invoice_ref = "INV-104"': 'note = "Invoice 104 paid 45 days late"',
    "# the haggling one": 'note = "Asked for 30% off"',
    'witness = "Mario"': 'note = "Asked for 30% off"',
    "# the big project": 'name = "Website redesign"',
    "budget_hours = 40": 'name = "Website redesign"',
    'repo = "git.example/newsletter"  # mine': 'name = "Newsletter"',
    "chased = 2  # times": 'number = "INV-104"',
    'po = "PO-9"': 'number = "INV-105"',
    'owner = "client"': 'label = "WordPress admin"',
    "# hosting": 'label = "Hosting panel"',
    'owner = "me"': 'label = "Hosting panel"',
    'rate = "€50/h"': 'name = "Mario Rossi"',
    'rate = "€60/h"': 'name = "Giulia Bianchi"',
    "# money first": 'kind = "more_money"',
    "heard = 2026-11-02": 'kind = "more_money"',
    "heard = 2026-11-03": 'kind = "guilt"',
    '"late_payment",  # the clearest one': "reasons = [",
    "# they also haggle": "reasons = [",
    "# about thanks": "[thank]",
}


def _blocks(text: str) -> list[list[str]]:
    """The file cut before each header, comment lines right above a header going with it."""
    blocks: list[list[str]] = [[]]
    pending: list[str] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if line.startswith("["):
            blocks.append([*pending, line])
            pending = []
        elif line.startswith("#"):
            pending.append(line)
        else:
            blocks[-1].extend(pending)
            pending = []
            blocks[-1].append(line)
    blocks[-1].extend(pending)
    return blocks


def lost_or_moved(saved: str, lines: dict[str, str], removed: frozenset[str]) -> list[str]:
    """Every hand-written line missing from ``saved`` or no longer beside its entry."""
    blocks = _blocks(saved)
    wrong = []
    for line, anchor in lines.items():
        if anchor in removed:
            continue
        home = [b for b in blocks if anchor in b]
        if not home or line not in home[0]:
            wrong.append(line)
    return wrong


@dataclass(frozen=True)
class Case:
    name: str
    change: Callable[[Plan], None]
    removed: frozenset[str] = frozenset()  # the anchors of entries the change removes
    inline: bool = False


def _sort_incidents(p: Plan) -> None:
    p.decide.incidents.sort(key=lambda i: i.date)


def _type_notes(p: Plan) -> None:
    # Step 1's form keeps the incidents in date order whenever it saves.
    p.decide.notes = "Thinking it over.\nStill sure."
    _sort_incidents(p)


CASES = [
    Case("type notes, incidents sorted", _type_notes),
    Case("sort incidents", _sort_incidents),
    Case(
        "add an incident",
        lambda p: p.decide.incidents.append(Incident(date(2026, 11, 1), "negative", "Shouted on a call")),
    ),
    Case(
        "add an incident in the middle",
        lambda p: p.decide.incidents.insert(1, Incident(date(2026, 9, 20), "other", "x")),
    ),
    Case(
        "remove the first incident",
        lambda p: p.decide.incidents.pop(0),
        frozenset({'note = "Invoice 104 paid 45 days late"'}),
    ),
    Case(
        "remove the last incident",
        lambda p: p.decide.incidents.pop(),
        frozenset({'note = "Asked for 30% off"'}),
    ),
    Case("edit an incident's note", lambda p: setattr(p.decide.incidents[1], "kind", "negative")),
    Case("tick a reason", lambda p: p.decide.reasons.append("negative")),
    Case("untick a reason", lambda p: p.decide.reasons.remove("haggling"), frozenset()),
    Case("reverse the projects", lambda p: p.notice.projects.reverse()),
    Case(
        "add a project", lambda p: p.notice.projects.insert(0, Project("Logo", date(2026, 12, 5), "finish"))
    ),
    Case("remove a project", lambda p: p.notice.projects.pop(0), frozenset({'name = "Website redesign"'})),
    Case("change a project's plan", lambda p: setattr(p.notice.projects[1], "plan", "finish")),
    Case("mark an invoice paid", lambda p: setattr(p.notice.invoices[0], "paid", True)),
    Case(
        "add an invoice first",
        lambda p: p.notice.invoices.insert(0, Invoice("INV-99", Decimal("10.00"), "EUR", None, False)),
    ),
    Case("remove an invoice", lambda p: p.notice.invoices.pop(0), frozenset({'number = "INV-104"'})),
    Case("sort the invoices by amount", lambda p: p.notice.invoices.sort(key=lambda i: i.amount)),
    Case("add an account", lambda p: p.options.accounts.insert(0, Account("Domain registrar"))),
    Case("remove an account", lambda p: p.options.accounts.pop(0), frozenset({'label = "WordPress admin"'})),
    Case("swap the accounts", lambda p: p.options.accounts.reverse()),
    Case(
        "add a referral", lambda p: p.options.referrals.insert(0, Referral("Ada", "ada@example.com", "Copy"))
    ),
    Case("remove a referral", lambda p: p.options.referrals.pop(0), frozenset({'name = "Mario Rossi"'})),
    Case("add a pushback", lambda p: p.waffle.pushback.insert(0, Pushback("discount", "No discount."))),
    Case("remove a pushback", lambda p: p.waffle.pushback.pop(0), frozenset({'kind = "more_money"'})),
    Case(
        "remove every pushback",
        lambda p: p.waffle.pushback.clear(),
        frozenset({'kind = "more_money"', 'kind = "guilt"'}),
    ),
    Case(
        "remove every account",
        lambda p: p.options.accounts.clear(),
        frozenset({'label = "WordPress admin"', 'label = "Hosting panel"'}),
    ),
    Case(
        "edit a pushback's answer", lambda p: setattr(p.waffle.pushback[1], "answer", "My mind is made up.")
    ),
    Case("sort inline incidents", _type_notes, inline=True),
    Case(
        "add an inline incident",
        lambda p: p.decide.incidents.append(Incident(date(2026, 11, 1), "negative", "x")),
        inline=True,
    ),
    Case("remove an inline project", lambda p: p.notice.projects.pop(0), inline=True),
    Case("reverse inline accounts", lambda p: p.options.accounts.reverse(), inline=True),
    Case(
        "add an inline referral",
        lambda p: p.options.referrals.append(Referral("Ada", "a@x.example", "")),
        inline=True,
    ),
]

# Inline lists: each entry's own key, by the entry it belongs to.
INLINE_KEYS = {
    ("decide", "incidents"): ("note", "mine"),
    ("notice", "projects"): ("name", "budget_hours"),
    ("notice", "projects", 2): ("name", "repo"),
    ("options", "accounts"): ("label", "owner"),
    ("options", "referrals"): ("name", "rate"),
}
INLINE_EXPECTED = {
    ("decide", "incidents"): {"late": 1, "haggle": 2},
    ("notice", "projects"): {"Website redesign": 40},
    ("options", "accounts"): {"WordPress admin": "client", "Hosting panel": "me"},
    ("options", "referrals"): {"Mario Rossi": "€50/h"},
}


def _save_after(store: ClientStore, text: str, change: Callable[[Plan], None]) -> str:
    store.prepare()
    path = store.folder / "acme.toml"
    path.write_text(text)
    client = store.open("acme")
    change(client.plan)
    store.save(client)
    store.close(client)
    return path.read_text()


@pytest.mark.parametrize("case", [c for c in CASES if not c.inline], ids=lambda c: c.name)
def test_every_hand_written_line_stays_with_its_entry(store: ClientStore, case: Case) -> None:
    saved = _save_after(store, TABLES_FILE, case.change)
    assert lost_or_moved(saved, TABLES_LINES, case.removed) == []


@pytest.mark.parametrize("case", [c for c in CASES if c.inline], ids=lambda c: c.name)
def test_a_list_written_inline_stays_inline_and_keeps_its_keys(store: ClientStore, case: Case) -> None:
    saved = _save_after(store, INLINE_FILE, case.change)
    data = tomllib.loads(saved)
    for (table, key), expected in INLINE_EXPECTED.items():
        by_identity = {}
        for entry in data[table].get(key, []):
            if (
                entry.get(
                    {"incidents": "note", "projects": "name"}.get(
                        key, "label" if key == "accounts" else "name"
                    )
                )
                in expected
            ):
                name = entry.get("note") or entry.get("name") or entry.get("label")
                by_identity[name] = entry.get(
                    {
                        "incidents": "mine",
                        "projects": "budget_hours",
                        "accounts": "owner",
                        "referrals": "rate",
                    }[key]
                )
        for name, value in expected.items():
            if name in by_identity:
                assert by_identity[name] == value, (key, name)
    assert "[[" not in saved  # still inline


def test_the_case_table_is_large_enough() -> None:
    assert len(CASES) >= 25


async def test_typing_step_one_notes_keeps_each_incidents_keys_and_comment_in_the_app(
    store: ClientStore,
) -> None:
    """Issue 18.1 as a user meets it: two incidents out of date order, each with a key of its own."""
    from breakup_tui.app import BreakupApp
    from tests.helpers import settle, tab_to, type_text

    store.prepare()
    path = store.folder / "acme.toml"
    path.write_text(
        TABLES_FILE.replace('name = "Acme Studio"', 'name = "Acme Studio"\n[progress]\ncurrent = "decide"')
    )
    app = BreakupApp(open_client="acme")
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "#decide-notes")
        await type_text(pilot, "Sure now")
        await settle(pilot)
        await press(pilot, "ctrl+q")
    saved = path.read_text()
    incidents = tomllib.loads(saved)["decide"]["incidents"]
    assert [i["date"] for i in incidents] == sorted(i["date"] for i in incidents)
    assert lost_or_moved(saved, TABLES_LINES, frozenset()) == []
    assert tomllib.loads(saved)["decide"]["notes"] == "Sure now"
