"""``breakup-tui export`` run as the user runs it: the letter follows the verdict, the tense and the dates.

Each test starts the real command in a separate process, with the data and
settings folders of the test; the dates are relative to the real today, since
that process reads the real clock.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

from breakup_tui.core.plan import Verdict
from breakup_tui.store.clients import ClientStore
from tests.factories import filled_plan


def export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "breakup_tui", "--lang", "en", "export", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_kept_client_has_no_letter_but_still_has_a_plan(store: ClientStore) -> None:
    plan = filled_plan("Corvo & Co")
    plan.decide.verdict = Verdict.KEEP
    store.create(plan)
    letter = export("Corvo & Co")
    assert letter.returncode == 1
    assert letter.stdout == ""
    assert len(letter.stderr.strip().splitlines()) == 1
    assert "keep this client" in letter.stderr
    for what in ("plan", "calendar"):
        assert export("Corvo & Co", "--what", what).returncode == 0


def test_an_undecided_client_gets_a_draft_and_one_warning(store: ClientStore) -> None:
    plan = filled_plan("Bellini SRL")
    plan.decide.verdict = Verdict.UNDECIDED
    store.create(plan)
    result = export("Bellini SRL")
    assert result.returncode == 0
    assert result.stdout.startswith("To: ")
    assert result.stderr.strip().splitlines() == [
        "breakup-tui: warning: no verdict yet for “Bellini SRL”; this letter is only a draft"
    ]


def test_a_meeting_still_to_come_is_not_written_as_past(store: ClientStore) -> None:
    today = date.today()
    plan = filled_plan()
    plan.converse.meeting_on = today + timedelta(days=3)
    store.create(plan)
    result = export("Acme Studio")
    assert result.returncode == 0, result.stderr
    assert "discussed" not in result.stdout
    assert "I have decided to end our collaboration" in result.stdout

    second = filled_plan("Acme Past")
    second.converse.meeting_on = today - timedelta(days=1)
    store.create(second)
    yesterday = today - timedelta(days=1)
    assert f"As we discussed on {yesterday.day} {yesterday:%B %Y}," in export("Acme Past").stdout


def test_an_invoice_due_yesterday_is_written_as_overdue(store: ClientStore) -> None:
    today = date.today()
    plan = filled_plan()
    plan.notice.invoices = plan.notice.invoices[:1]
    plan.notice.invoices[0].due = today - timedelta(days=1)
    plan.notice.last_day = today + timedelta(days=14)
    store.create(plan)
    result = export("Acme Studio")
    assert result.returncode == 0, result.stderr
    yesterday = today - timedelta(days=1)
    assert f"has been overdue since {yesterday.day} {yesterday:%B %Y}; please settle it" in result.stdout
