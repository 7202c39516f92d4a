"""``breakup-tui agenda``: open wrap-up actions of every client, overdue first, then soonest first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest

from breakup_tui.cli import main
from breakup_tui.core.plan import Invoice, Plan, Project, Verdict
from breakup_tui.core.wrapup import set_state
from breakup_tui.store.clients import ClientStore
from tests.conftest import TODAY, Dirs


def wrapping_up(name: str, today: date, *, project_in: int, invoice_in: int) -> Plan:
    """A client whose letter went out, with one project and one unpaid invoice, days from ``today``."""
    plan = Plan.new(name, email="a@example.com")
    plan.decide.verdict = Verdict.END
    plan.writing.sent_on = today
    plan.notice.last_day = today + timedelta(days=40)
    plan.options.handover = dict.fromkeys(plan.options.handover, "not_applicable")
    plan.notice.projects = [Project("Site", today + timedelta(days=project_in), "finish")]
    plan.notice.invoices = [Invoice("INV-1", Decimal("100"), "EUR", today + timedelta(days=invoice_in))]
    return plan


def test_agenda_orders_overdue_first_then_soonest_and_honours_days(
    store: ClientStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store.create(wrapping_up("Bellini", TODAY, project_in=3, invoice_in=-5))
    store.create(wrapping_up("Acme", TODAY, project_in=1, invoice_in=20))
    store.create(Plan.new("Not wrapping up"))
    assert main(["agenda"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{TODAY - timedelta(days=5)}  Bellini  Collect payment of INV-1  (overdue)",
        f"{TODAY + timedelta(days=1)}  Acme     Deliver Site",
        f"{TODAY + timedelta(days=3)}  Bellini  Deliver Site",
    ]
    assert main(["agenda", "--days", "30"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    assert main(["--lang", "it", "agenda", "--days", "0"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{TODAY - timedelta(days=5)}  Bellini  Incassa la fattura INV-1  (in ritardo)"
    ]


def test_agenda_json_and_ticked_items_leave_it(
    store: ClientStore, capsys: pytest.CaptureFixture[str]
) -> None:
    stem = store.create(wrapping_up("Acme", TODAY, project_in=1, invoice_in=-2))
    assert main(["agenda", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0] == {
        "client": "Acme",
        "file": stem,
        "action": "Collect payment of INV-1",
        "kind": "invoice",
        "due": (TODAY - timedelta(days=2)).isoformat(),
        "overdue": True,
    }
    assert [r["kind"] for r in rows] == ["invoice", "finish"]
    client = store.open(stem)
    set_state(client.plan, "invoice:INV-1", "done", TODAY)
    store.save(client)
    store.close(client)
    assert main(["agenda", "--json"]) == 0
    assert [r["kind"] for r in json.loads(capsys.readouterr().out)] == ["finish"]


def test_agenda_with_nothing_to_do(store: ClientStore, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda"]) == 0
    assert capsys.readouterr().out.strip() == "Nothing to wrap up in the next 14 days."
    assert main(["agenda", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["agenda", "--days", "-1"]) == 2


def test_agenda_as_a_process_from_the_summary_cache(dirs: Dirs, store: ClientStore) -> None:
    today = date.today()  # a real process: the real date
    store.create(wrapping_up("Acme", today, project_in=2, invoice_in=-1))

    def run() -> list[str]:
        env = {**os.environ, "BREAKUP_TUI_DATA_DIR": str(dirs.data)}
        done = subprocess.run(
            [sys.executable, "-m", "breakup_tui", "agenda"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.splitlines()

    first = run()
    assert first[0].startswith(f"{today - timedelta(days=1)}  Acme  Collect payment of INV-1")
    assert run() == first  # again, from the summary cache
