"""The wrap-up list is derived from the plan, keeps its ticks when the plan changes, and ends the client."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from decimal import Decimal

import pytest

from breakup_tui.core.codec import plan_from_data, plan_to_data
from breakup_tui.core.plan import Invoice, Plan, Project, Verdict
from breakup_tui.core.reminder import payment_reminder, reminder_tone
from breakup_tui.core.settings import Settings
from breakup_tui.core.summary import ClientSummary
from breakup_tui.core.tone import check_tone
from breakup_tui.core.wrapup import (
    action_text,
    chase,
    ended_on,
    in_wrapup,
    next_action,
    set_state,
    start,
    toggle_done,
    toggle_not_needed,
    wrapup_events,
    wrapup_items,
)
from tests.factories import filled_plan

TODAY = date(2026, 12, 3)


def sent_plan() -> Plan:
    plan = filled_plan()
    plan.writing.sent_on = date(2026, 12, 3)
    plan.notice.last_day = date(2026, 12, 18)  # a Friday
    plan.options.handover = {
        "files": "todo",
        "accounts": "done",
        "domains": "not_applicable",
        "documentation": "undecided",  # may arrive from the letter's branch: not a choice
        "brief_replacement": "todo",
        "interview_help": "not_applicable",
    }
    return plan


def keys(plan: Plan) -> list[str]:
    return [item.key for item in wrapup_items(plan, TODAY)]


def by_key(plan: Plan, key: str):  # type: ignore[no-untyped-def]
    return next(item for item in wrapup_items(plan, TODAY) if item.key == key)


def test_the_list_follows_the_plan_projects_invoices_chosen_handover_and_the_last_day() -> None:
    plan = sent_plan()
    assert keys(plan) == [
        "project:Website redesign",
        "project:Newsletter templates",
        "invoice:INV-104",
        "invoice:INV-105",
        "handover:files",
        "handover:accounts",
        "handover:brief_replacement",
        "acknowledgement",
        "access",
        "check_in",
    ]
    website = by_key(plan, "project:Website redesign")
    assert (website.kind, website.due, website.state) == ("finish", date(2026, 12, 10), "todo")
    assert by_key(plan, "project:Newsletter templates").kind == "hand_over"
    assert by_key(plan, "invoice:INV-104").due == date(2026, 11, 30)
    # Already handed over in step 4: done from the start.
    assert by_key(plan, "handover:accounts").state == "done"
    assert by_key(plan, "handover:files").due == date(2026, 12, 18)
    # Own access goes the working day after the last one (Friday -> Monday).
    assert by_key(plan, "access").due == date(2026, 12, 21)
    check_in = by_key(plan, "check_in")
    assert check_in.optional and check_in.due is not None and check_in.due > date(2027, 3, 1)
    assert by_key(plan, "acknowledgement").optional


def test_a_plan_without_projects_invoices_or_handover_has_only_what_it_says() -> None:
    plan = Plan.new("Bare Client")
    plan.decide.verdict = Verdict.END
    plan.writing.sent_on = TODAY
    plan.notice.last_day = date(2026, 12, 18)
    plan.options.handover = dict.fromkeys(plan.options.handover, "not_applicable")
    assert keys(plan) == ["access"]
    plan.notice.last_day = None
    plan.decide.verdict = Verdict.FADE  # no last day at all
    assert keys(plan) == []
    # Nothing to do: ended the day the letter went out.
    assert ended_on(plan, wrapup_items(plan, TODAY)) == TODAY


def test_paid_invoices_and_unnamed_records_are_not_invented() -> None:
    plan = sent_plan()
    plan.notice.invoices.append(Invoice("INV-099", Decimal("10"), "EUR", date(2026, 10, 1), True))
    plan.notice.projects.append(Project("   "))
    assert "invoice:INV-099" not in keys(plan)
    assert "project:" not in " ".join(keys(plan)).replace("project:W", "").replace("project:N", "")


def test_not_in_wrap_up_until_sent_or_started_by_choice() -> None:
    plan = filled_plan()
    assert not in_wrapup(plan)
    assert start(plan, TODAY)
    assert in_wrapup(plan) and plan.wrapup.started_on == TODAY
    assert not start(plan, TODAY)  # once is enough
    kept = filled_plan()
    kept.decide.verdict = Verdict.KEEP
    assert not start(kept, TODAY) and not in_wrapup(kept)


def test_editing_the_plan_keeps_what_was_ticked() -> None:
    plan = sent_plan()
    toggle_done(plan, by_key(plan, "project:Website redesign"), TODAY)
    toggle_not_needed(plan, by_key(plan, "check_in"), TODAY)
    # The user edits the plan: a project is added before the ticked one, an invoice goes.
    plan.notice.projects.insert(0, Project("Logo refresh", date(2026, 12, 12), "finish"))
    plan.notice.invoices.pop()
    items = {item.key: item for item in wrapup_items(plan, TODAY)}
    assert items["project:Website redesign"].state == "done"
    assert items["project:Website redesign"].on == TODAY
    assert items["check_in"].state == "not_needed"
    assert items["project:Logo refresh"].state == "todo"
    assert "invoice:INV-105" not in items
    # Undoing the tick opens it again, without a date.
    toggle_done(plan, items["project:Website redesign"], TODAY)
    assert by_key(plan, "project:Website redesign").state == "todo"
    assert by_key(plan, "project:Website redesign").on is None


def test_ticks_survive_the_file_round_trip_and_old_files_gain_no_table() -> None:
    fresh = filled_plan()
    assert "wrapup" not in plan_to_data(fresh)
    plan = sent_plan()
    plan.options.handover["documentation"] = "not_applicable"  # no "undecided" in this format yet
    set_state(plan, "invoice:INV-104", "done", TODAY)
    chase(plan, by_key(plan, "invoice:INV-105"), TODAY)
    data = plan_to_data(plan)
    assert data["wrapup"]["items"][0] == {"key": "invoice:INV-104", "state": "done", "on": TODAY}
    again = plan_from_data(data)
    assert by_key(again, "invoice:INV-104").state == "done"
    assert by_key(again, "invoice:INV-105").chased_on == TODAY


def test_a_hand_edited_wrapup_table_is_checked() -> None:
    text = """
schema_version = 1
[client]
name = "Acme"
[[wrapup.items]]
key = "access"
state = "finished"
"""
    with pytest.raises(ValueError, match=r"wrapup\.items"):
        plan_from_data(tomllib.loads(text))


def test_a_chased_invoice_is_followed_up_a_week_later_and_a_paid_one_stays_listed() -> None:
    plan = sent_plan()
    invoice = by_key(plan, "invoice:INV-104")
    assert invoice.overdue(TODAY)
    assert chase(plan, invoice, TODAY)
    chased = by_key(plan, "invoice:INV-104")
    assert chased.due == TODAY + timedelta(days=7) and not chased.overdue(TODAY)
    assert action_text(chased.action(), "en") == "Follow up on the reminder for INV-104"
    assert not chase(plan, by_key(plan, "access"), TODAY)  # only invoices are chased
    # Paid during the wrap-up: the invoice is marked paid in the plan too, and stays on the list as done.
    toggle_done(plan, chased, TODAY)
    plan.notice.invoices[0].paid = True
    assert by_key(plan, "invoice:INV-104").state == "done"


def test_the_next_action_is_the_soonest_open_one_and_overdue_is_marked() -> None:
    plan = sent_plan()
    first = next_action(wrapup_items(plan, TODAY))
    assert first is not None and first.key == "invoice:INV-104" and first.overdue(TODAY)
    toggle_done(plan, first, TODAY)
    second = next_action(wrapup_items(plan, TODAY))
    assert second is not None and second.key == "project:Website redesign"
    assert not second.overdue(TODAY)
    assert action_text(second.action(), "it") == "Consegna Website redesign"


def test_the_client_is_ended_on_the_day_the_last_item_is_closed() -> None:
    plan = sent_plan()
    days = iter(TODAY + timedelta(days=n) for n in range(100))
    for item in wrapup_items(plan, TODAY):
        assert ended_on(plan, wrapup_items(plan, TODAY)) is None
        if item.open:
            day = next(days)
            if item.optional:
                toggle_not_needed(plan, item, day)
            else:
                toggle_done(plan, item, day)
    items = wrapup_items(plan, TODAY)
    assert all(not item.open for item in items)
    assert ended_on(plan, items) == day
    summary = ClientSummary.of("acme", plan, TODAY)
    assert summary.ended_on == day and summary.actions == ()


def test_the_summary_carries_the_open_actions_for_the_client_list_and_the_agenda() -> None:
    plan = sent_plan()
    summary = ClientSummary.of("acme", plan, TODAY)
    assert summary.ended_on is None
    assert [a.kind for a in summary.actions][:3] == ["finish", "hand_over", "invoice"]
    assert "handover" in [a.kind for a in summary.actions]
    assert ClientSummary.of("acme", filled_plan(), TODAY).actions == ()


def test_calendar_events_are_the_open_dated_items_with_stable_keys() -> None:
    plan = sent_plan()
    before = {e.key: e for e in wrapup_events(plan, TODAY, "en")}
    assert "wrapup-invoice-inv-104" in before
    assert before["wrapup-invoice-inv-104"].summary == "Acme Studio: Collect payment of INV-104"
    toggle_done(plan, by_key(plan, "invoice:INV-104"), TODAY)
    after = {e.key: e for e in wrapup_events(plan, TODAY, "en")}
    assert "wrapup-invoice-inv-104" not in after
    assert set(after) == set(before) - {"wrapup-invoice-inv-104"}
    assert wrapup_events(filled_plan(), TODAY) == []


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("form", [None, "lei", "voi", "tu"])
def test_the_payment_reminder_is_polite_in_the_clients_language_and_form(
    language: str, form: str | None
) -> None:
    plan = sent_plan()
    plan.client.language = language
    if form is not None:
        plan.client.address = form
    reminder = payment_reminder(plan, plan.notice.invoices[0], Settings(your_name="Ada Lovelace"))
    assert reminder.to == "jane@acme.example"
    assert "INV-104" in reminder.subject
    # The same greeting name as the letter: the contact's first name unless another was chosen.
    assert reminder.body.startswith(("Dear Jane,", "Hi Jane,", "Gentile Jane,", "Ciao Jane,"))
    assert ("1,200.00" if language == "en" else "1.200,00") in reminder.body
    assert ("30 November 2026" if language == "en" else "il 30 novembre 2026") in reminder.body
    assert reminder.body.rstrip().endswith("Ada Lovelace")
    assert reminder_tone(reminder) == []
    if language == "it":
        informal = form == "tu"
        assert ("Ti scrivo" in reminder.body) is informal
        # No form chosen means voi, the default for a company, as in the letter.
        assert ("Vi scrivo" in reminder.body) is (form in (None, "voi"))
        assert ("Le scrivo" in reminder.body) is (form == "lei")


def test_the_tone_checker_would_catch_a_blaming_reminder() -> None:
    # The check is real: the same rules flag blame when it is there.
    assert check_tone("You never pay on time and it is your fault.", "en")
