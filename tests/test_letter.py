"""The letter the client receives: what it says, what it never says, and the user's own edits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from breakup_tui.core.codec import plan_from_data, plan_to_data
from breakup_tui.core.fingerprint import letter_fingerprint
from breakup_tui.core.formatting import format_day, format_money, word_count
from breakup_tui.core.letter import (
    body_is_stale,
    generated_letter,
    keep_mine,
    length_verdict,
    letter_for,
    record_body_edit,
    regenerate,
)
from breakup_tui.core.plan import Incident, Invoice, Plan, Project, Pushback, Verdict
from breakup_tui.core.settings import Settings
from breakup_tui.core.tone import check_tone
from tests.conftest import TODAY
from tests.factories import filled_plan

SENDER = Settings(your_name="Sam Rivera", business="Rivera Design", email="sam@rivera.example")


def body_of(plan: Plan, settings: Settings = SENDER) -> str:
    return generated_letter(plan, settings, TODAY).body


def test_the_letter_states_the_terms_of_the_ending() -> None:
    body = body_of(filled_plan())
    assert body.startswith("Dear Jane,")
    # The computed last day: the meeting on 2 December plus two weeks.
    assert "Wednesday 16 December 2026" in body
    assert "I will finish Website redesign by 10 December 2026." in body
    # Due on 22 December, after the last day: handed over by the last day at the latest.
    assert "I will hand over Newsletter templates by 16 December 2026" in body
    assert "INV-104 (€1,200.00, due 30 November 2026)" in body
    assert "INV-105 (€450.50, due 18 December 2026)" in body
    assert "In total, €1,650.50 is outstanding." in body
    assert "WordPress admin" in body
    assert "Mario Rossi (WordPress, mario@example.com)" in body
    assert "pass work your way" in body  # keep_referring
    assert "Thank you for three good years of work together." in body
    assert body.rstrip().endswith("Best regards,\nSam Rivera\nRivera Design")


def test_the_subject_names_the_last_day() -> None:
    subject = generated_letter(filled_plan(), SENDER, TODAY).subject
    assert subject == "Ending our collaboration: last day 16 December 2026"


def test_paid_invoices_are_left_out_and_totals_are_per_currency() -> None:
    plan = filled_plan()
    plan.notice.invoices = [
        Invoice("INV-1", Decimal("100"), "EUR", date(2026, 12, 1), paid=True),
        Invoice("INV-2", Decimal("200.50"), "EUR", date(2026, 12, 2)),
        Invoice("INV-3", Decimal("300"), "EUR", None),
        Invoice("US-9", Decimal("75"), "usd", date(2026, 12, 5)),
    ]
    body = body_of(plan)
    assert "INV-1 " not in body
    assert "INV-3 (€300.00)" in body  # no due date: the amount alone
    assert "In total, €500.50 and $75.00 are outstanding." in body


def test_a_single_unpaid_invoice_has_no_separate_total() -> None:
    plan = filled_plan()
    plan.notice.invoices = plan.notice.invoices[:1]
    assert "In total" not in body_of(plan)


def test_none_of_the_private_fields_reach_the_letter() -> None:
    plan = filled_plan()
    markers = {
        "decide.notes": "ZEBRA1",
        "decide.other_reasons": "ZEBRA2",
        "decide.incidents": "ZEBRA3",
        "converse.expectations": "ZEBRA4",
        "converse.what_changed": "ZEBRA5",
        "converse.why_better": "ZEBRA6",
        "converse.outcome": "ZEBRA7",
        "waffle.commitment": "ZEBRA8",
        "waffle.pushback.answer": "ZEBRA9",
        "waffle.pushback.text": "ZEBRA10",
        "thank.reason_if_asked": "ZEBRA11",
    }
    plan.decide.notes = markers["decide.notes"]
    plan.decide.other_reasons = [markers["decide.other_reasons"]]
    plan.decide.incidents.append(Incident(date(2026, 11, 1), "negative", markers["decide.incidents"]))
    plan.converse.expectations = markers["converse.expectations"]
    plan.converse.what_changed = markers["converse.what_changed"]
    plan.converse.why_better = markers["converse.why_better"]
    plan.converse.outcome = markers["converse.outcome"]
    plan.waffle.commitment = markers["waffle.commitment"]
    plan.waffle.pushback.append(
        Pushback("other", markers["waffle.pushback.answer"], markers["waffle.pushback.text"])
    )
    plan.thank.reason_if_asked = markers["thank.reason_if_asked"]
    for language in ("en", "it"):
        plan.client.language = language
        letter = generated_letter(plan, SENDER, TODAY)
        text = letter.subject + letter.body
        assert "ZEBRA" not in text, language
        # Nor the catalogue names of the reasons ("late", "haggling"...), nor the gut check.
        assert "late_payment" not in text and "haggling" not in text
        assert "4/5" not in text


def test_the_generated_letter_passes_the_tone_checker() -> None:
    for language in ("en", "it"):
        plan = filled_plan()
        plan.client.language = language
        plan.thank.thanks = ""  # the catalogue's own thanks
        letter = generated_letter(plan, SENDER, TODAY)
        assert check_tone(letter.subject + "\n" + letter.body, language) == []


def test_the_italian_letter_writes_dates_and_money_the_italian_way() -> None:
    plan = filled_plan()
    plan.client.language = "it"
    plan.thank.thanks = ""
    letter = generated_letter(plan, SENDER, TODAY)
    assert letter.body.startswith("Gentile Jane,")
    assert "mercoledì 16 dicembre 2026" in letter.body
    assert "INV-104 (1.200,00 €, in scadenza il 30 novembre 2026)" in letter.body
    assert "In totale, l'importo da saldare è di 1.650,50 €." in letter.body
    assert "Website redesign entro il 10 dicembre 2026" in letter.body
    assert letter.subject.endswith("ultimo giorno 16 dicembre 2026")
    assert "Cordiali saluti," in letter.body


def test_the_letter_follows_the_clients_language_not_the_interface() -> None:
    from breakup_tui.core.i18n import set_language

    set_language("it")
    assert body_of(filled_plan()).startswith("Dear Jane,")


def test_formatting_for_each_language() -> None:
    assert format_day(date(2026, 12, 18), "en") == "18 December 2026"
    assert format_day(date(2026, 12, 18), "it") == "18 dicembre 2026"
    assert format_money(Decimal("1200"), "EUR", "en") == "€1,200.00"
    assert format_money(Decimal("1200"), "EUR", "it") == "1.200,00 €"
    assert format_money(Decimal("5"), "not a code", "en") == "5 not a code"


def test_no_contact_no_projects_no_invoices_gives_a_plain_letter() -> None:
    plan = Plan.new("Corvo & Co")
    plan.decide.verdict = Verdict.END
    plan.options.handover = dict.fromkeys(plan.options.handover, "not_applicable")
    body = body_of(plan, Settings())
    assert body.startswith("Hello,")
    assert "finish" not in body and "nvoice" not in body and "Before my last day" not in body
    assert body.rstrip().endswith("Best regards,")


def test_handover_items_done_and_todo_are_told_apart() -> None:
    plan = filled_plan()
    plan.options.handover.update(files="done", domains="not_applicable")
    body = body_of(plan)
    assert "I have already sent you all the project files and written down how everything is set up." in body
    assert "domains" not in body


def test_a_signature_replaces_the_name_and_business() -> None:
    settings = Settings(your_name="Sam", business="Rivera Design", signature="Sam R.\nrivera.example")
    assert body_of(filled_plan(), settings).rstrip().endswith("Best regards,\nSam R.\nrivera.example")


def test_user_text_with_braces_or_markup_is_kept_as_written() -> None:
    plan = filled_plan()
    plan.client.contact = "Ana {contact} [bold]"
    plan.notice.projects = [Project("Site {due} [/]", date(2026, 12, 10), "finish")]
    body = body_of(plan)
    assert "Dear Ana," in body
    assert "Site {due} [/] by 10 December 2026" in body
    plan.client.greeting = "Ana {contact} [bold]"
    assert "Dear Ana {contact} [bold]," in body_of(plan)


def test_a_fading_relationship_gets_a_short_friendly_note() -> None:
    plan = filled_plan()
    plan.decide.verdict = Verdict.FADE
    plan.notice.last_day = None
    plan.thank.thanks = ""
    letter = generated_letter(plan, SENDER, TODAY)
    assert letter.subject == "Thank you"
    assert "last working day" not in letter.body
    assert "INV-104" not in letter.body and "Website redesign" not in letter.body
    assert "Mario Rossi" in letter.body
    assert word_count(letter.body) < 100


# -- the hand-edited body ------------------------------------------------------


def test_a_hand_edited_body_survives_regeneration_of_everything_else() -> None:
    plan = filled_plan()
    generated = body_of(plan)
    mine = generated.replace("Thank you for three good years", "Thanks for three great years")
    assert record_body_edit(plan.writing, mine, generated)
    assert plan.writing.body == mine and plan.writing.based_on == letter_fingerprint(generated)

    # An earlier step changes: the generated letter moves on, the user's body does not.
    plan.notice.last_day = date(2026, 12, 23)
    plan.client.contact = "Janet Doe"
    letter = letter_for(plan, SENDER, TODAY)
    assert letter.body == mine
    assert letter.subject.endswith("23 December 2026")
    fresh = body_of(plan)
    assert "Wednesday 23 December 2026" in fresh
    assert body_is_stale(plan.writing, fresh)

    keep_mine(plan.writing, fresh)
    assert not body_is_stale(plan.writing, fresh)
    assert letter_for(plan, SENDER, TODAY).body == mine


def test_regenerating_keeps_the_users_version_as_a_copy() -> None:
    plan = filled_plan()
    generated = body_of(plan)
    record_body_edit(plan.writing, "My own words.", generated)
    plan.notice.last_day = date(2026, 12, 23)
    regenerate(plan.writing)
    assert plan.writing.body is None and plan.writing.based_on is None
    assert plan.writing.previous_body == "My own words."
    assert "23 December 2026" in letter_for(plan, SENDER, TODAY).body


def test_the_letter_is_stored_once_and_the_copy_only_while_it_can_be_restored() -> None:
    plan = filled_plan()
    generated = body_of(plan)
    record_body_edit(plan.writing, "My own words.", generated)
    data = plan_to_data(plan)["writing"]
    # The generated letter is remembered by its fingerprint, not as a second copy.
    assert generated not in data.values() and data["based_on"].startswith("sha256:")
    regenerate(plan.writing)
    assert plan.writing.previous_body == "My own words."
    # A new hand edit: the old copy can no longer be restored, so it is not kept.
    record_body_edit(plan.writing, "Newer words.", body_of(plan))
    assert plan.writing.previous_body is None
    assert list(plan_to_data(plan)["writing"]).count("body") == 1


def test_an_older_file_holding_the_whole_generated_letter_still_notices_a_change() -> None:
    plan = filled_plan()
    generated = body_of(plan)
    data = plan_to_data(plan)
    data["writing"].update(body="Mine.", based_on=generated)
    migrated = plan_from_data(data)
    assert migrated.writing.based_on == letter_fingerprint(generated)
    assert not body_is_stale(migrated.writing, generated)
    assert body_is_stale(migrated.writing, generated + " changed")


def test_typing_the_generated_text_back_is_not_a_hand_edit() -> None:
    plan = filled_plan()
    generated = body_of(plan)
    assert not record_body_edit(plan.writing, generated, generated)
    assert plan.writing.body is None
    record_body_edit(plan.writing, generated + "P.S.", generated)
    assert record_body_edit(plan.writing, generated, generated)
    assert plan.writing.body is None and plan.writing.based_on is None


def test_the_users_subject_wins_over_the_generated_one() -> None:
    plan = filled_plan()
    plan.writing.subject = "Our work together"
    assert letter_for(plan, SENDER, TODAY).subject == "Our work together"


@pytest.mark.parametrize(
    ("language", "words", "verdict"),
    [
        ("en", 10, "short"),
        ("en", 249, "short"),
        ("en", 250, "long"),
        ("en", 400, "too_long"),
        # Italian says the same in about a tenth more words, so its gauge allows for it.
        ("it", 260, "short"),
        ("it", 275, "long"),
        ("it", 440, "too_long"),
    ],
)
def test_the_length_gauge_is_per_language(language: str, words: int, verdict: str) -> None:
    assert length_verdict("word " * words, language) == (words, verdict)
