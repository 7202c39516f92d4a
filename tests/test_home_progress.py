"""The client list's Step column tells progress: the first step not done, a letter sent, kept, fading."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import DataTable

from breakup_tui.app import BreakupApp
from breakup_tui.core.plan import STEP_IDS, Plan, Status, Verdict
from breakup_tui.store.clients import ClientStore
from tests.factories import filled_plan
from tests.helpers import screen_text, settle


def all_done(plan: Plan) -> Plan:
    plan.progress.status.update({step: Status.DONE for step in STEP_IDS})
    return plan


@pytest.fixture
def clients(store: ClientStore) -> None:
    # Step 1 was the last one viewed, but steps 1 and 2 are done: the list says step 3.
    midway = filled_plan("Acme")
    midway.progress.current = "decide"
    store.create(midway)
    sent = all_done(Plan.new("Bellini"))
    sent.decide.verdict = Verdict.END
    sent.writing.sent_on = date(2026, 11, 2)
    store.create(sent)
    kept = Plan.new("Corvo")
    kept.decide.verdict = Verdict.KEEP
    kept.progress.status["decide"] = Status.DONE
    store.create(kept)
    fading = Plan.new("Delta")
    fading.decide.verdict = Verdict.FADE
    fading.progress.status["decide"] = Status.DONE
    store.create(fading)
    store.create(Plan.new("Elba"))


EXPECTED = {
    "en": ["3 Give notice", "sent 2 Nov", "kept", "fading", "1 Decide"],
    "it": ["3 Preavviso", "inviata il 2 nov", "si continua", "sta sfumando", "1 Decidere"],
}


@pytest.mark.usefixtures("clients")
@pytest.mark.parametrize("language", ["en", "it"])
async def test_the_step_column_tells_progress_in_words(language: str) -> None:
    app = BreakupApp(lang=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#clients", DataTable)
        steps = [str(table.get_row_at(row)[2]) for row in range(table.row_count)]
        assert steps == EXPECTED[language]
        shown = screen_text(app)
        assert [step for step in steps if step not in shown] == []  # none is cut
