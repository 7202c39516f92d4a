"""The demo's sample clients: every step has something to show, in each language."""

from __future__ import annotations

import pytest

from breakup_tui.core.i18n import catalogue
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import LANGUAGES, STEP_IDS, Status
from breakup_tui.core.samples import plan_mid_way, plan_ready_to_send, sample_settings
from tests.conftest import TODAY


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ready_client_has_every_step_filled(language: str) -> None:
    plan = plan_ready_to_send(language, TODAY)
    assert [plan.progress.status_of(s) for s in STEP_IDS] == [Status.DONE] * 6 + [Status.IN_PROGRESS]
    assert plan.decide.incidents and plan.decide.reasons
    assert plan.converse.outcome and plan.converse.meeting_on and plan.converse.meeting_on < TODAY
    assert plan.notice.projects and plan.notice.invoices
    assert plan.options.referrals and plan.options.accounts and plan.options.keep_referring
    assert plan.waffle.commitment and all(p.answer for p in plan.waffle.pushback)
    assert plan.thank.thanks and plan.thank.reason_if_asked
    assert plan.writing.to and plan.writing.subject
    assert effective_last_day(plan, TODAY) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_mid_way_client_stops_at_the_notice(language: str) -> None:
    plan = plan_mid_way(language, TODAY)
    assert plan.progress.current == "notice"
    assert plan.progress.status_of("options") is Status.NOT_STARTED
    assert plan.notice.stopping_point in [p.name for p in plan.notice.projects]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sample_word_comes_from_the_catalogue(language: str) -> None:
    texts = repr(
        [plan_mid_way(language, TODAY), plan_ready_to_send(language, TODAY), sample_settings(language)]
    )
    assert "demo." not in texts  # a missing key would show as its own name
    assert catalogue(language).t("demo.ready_name") in texts


def test_the_samples_differ_by_language() -> None:
    assert plan_mid_way("en", TODAY).client.name != plan_mid_way("it", TODAY).client.name
    assert plan_mid_way("it", TODAY).client.language == "it"
