"""What leaves the app, read back with independent readers: email, iCalendar and JSON parsers."""

from __future__ import annotations

import email
import json
import os
import stat
from datetime import date, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest

from breakup_tui.cli import main
from breakup_tui.core.plan import Plan
from breakup_tui.core.settings import Settings
from breakup_tui.export import FORMATS, ExportRefused, ExportSource, default_file_name, render, write_export
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import save_settings
from tests.conftest import NOW, TODAY, Dirs
from tests.factories import filled_plan

SENDER = Settings(your_name="Sam Rivera", business="Rivera Design", email="sam@rivera.example")


def source_for(plan: Plan, stem: str = "acme-studio", country: str | None = None) -> ExportSource:
    return ExportSource(plan, SENDER, stem, TODAY, NOW, country)


def read_eml(text: str) -> EmailMessage:
    message = email.message_from_string(text, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def events_of(text: str) -> dict[str, tuple[date, date, str]]:
    calendar = icalendar.Calendar.from_ical(text)
    return {
        str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND"), str(e["SUMMARY"]))
        for e in calendar.walk("VEVENT")
    }


def test_the_eml_is_a_draft_with_headers_and_a_utf8_body() -> None:
    plan = filled_plan()
    plan.client.contact = "Zoë Ça"
    plan.writing.subject = "Fine lavori — grazie €"
    text = render("letter", "eml", source_for(plan))
    assert text.isascii()  # every non-ASCII character is encoded, so any mail path carries it
    message = read_eml(text)
    assert message["To"] == "jane@acme.example"
    assert message["From"] == "Sam Rivera <sam@rivera.example>"
    assert message["Subject"] == "Fine lavori — grazie €"
    assert message["X-Unsent"] == "1"
    assert message["Date"].datetime == NOW
    body = message.get_content()
    assert body.startswith("Dear Zoë,")
    assert "€1,200.00" in body and "Wednesday 16 December 2026" in body


def test_a_header_cannot_be_injected_through_user_text() -> None:
    plan = filled_plan()
    plan.writing.to = "jane@acme.example\nBcc: spy@evil.example"
    with pytest.raises(ExportRefused, match="line break"):
        render("letter", "eml", source_for(plan))


def test_the_calendar_has_every_date_as_an_all_day_event_with_a_stable_uid() -> None:
    plan = filled_plan()
    text = render("calendar", "ics", source_for(plan, country="IT"))
    events = events_of(text)
    day = timedelta(days=1)
    expected = {
        "acme-studio-last-day@breakup-tui": date(2026, 12, 16),
        "acme-studio-revoke-access@breakup-tui": date(2026, 12, 17),
        "acme-studio-project-website-redesign@breakup-tui": date(2026, 12, 10),
        # Due after the last day: handed over by the last day.
        "acme-studio-project-newsletter-templates@breakup-tui": date(2026, 12, 16),
        "acme-studio-invoice-inv-104-due@breakup-tui": date(2026, 11, 30),
        "acme-studio-invoice-inv-104-chase@breakup-tui": date(2026, 12, 7),
        "acme-studio-invoice-inv-105-due@breakup-tui": date(2026, 12, 18),
        # A week after the due date is Christmas: the first working day after it.
        "acme-studio-invoice-inv-105-chase@breakup-tui": date(2026, 12, 28),
    }
    assert {uid: start for uid, (start, _, _) in events.items()} == expected
    for start, end, _ in events.values():
        assert type(start) is date and end == start + day
    assert "Chase invoice INV-104" in events["acme-studio-invoice-inv-104-chase@breakup-tui"][2]
    # Exporting again gives the same events, so a calendar updates rather than duplicates.
    assert events_of(render("calendar", "ics", source_for(plan, country="IT"))).keys() == events.keys()


def test_the_revoke_reminder_skips_the_weekend_and_paid_invoices_are_left_out() -> None:
    plan = filled_plan()
    plan.notice.last_day = date(2026, 12, 18)  # a Friday
    plan.notice.invoices[0].paid = True
    events = events_of(render("calendar", "ics", source_for(plan)))
    assert events["acme-studio-revoke-access@breakup-tui"][0] == date(2026, 12, 21)
    assert not any("inv-104" in uid for uid in events)


def test_the_plan_as_json_holds_everything_for_the_user() -> None:
    plan = filled_plan()
    plan.decide.notes = "private note"
    data = json.loads(render("plan", "json", source_for(plan)))
    assert data["client"]["name"] == "Acme Studio"
    assert data["last_day"] == "2026-12-16"
    assert data["decide"]["notes"] == "private note"
    assert data["notice"]["invoices"][0] == {
        "number": "INV-104",
        "amount": "1200.00",
        "currency": "EUR",
        "due": "2026-11-30",
        "paid": False,
    }
    assert data["letter"]["body"].startswith("Dear Jane,")


def test_the_plan_as_markdown_has_every_step_and_the_letter() -> None:
    text = render("plan", "md", source_for(filled_plan()))
    assert text.startswith("# Acme Studio: the plan")
    for heading in ("## 1 · Decide", "## 3 · Give notice", "## 7 · Put it in writing", "## The letter"):
        assert heading in text
    assert "Invoice 104 paid 45 days late" in text  # the user's own incident log
    assert "- [ ] Files" in text


def test_the_letter_as_text_and_markdown() -> None:
    plan = filled_plan()
    txt = render("letter", "txt", source_for(plan))
    assert txt.startswith("To: jane@acme.example\nSubject: Ending our collaboration")
    md = render("letter", "md", source_for(plan))
    assert "**Subject:** Ending our collaboration" in md
    # The signature keeps its line breaks in Markdown.
    assert "Best regards,  \nSam Rivera  \nRivera Design" in md


def test_a_format_that_does_not_fit_is_refused() -> None:
    with pytest.raises(ValueError):
        render("plan", "eml", source_for(filled_plan()))
    assert set(FORMATS) == {"letter", "plan", "calendar"}


def test_exported_files_are_private_and_replace_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / default_file_name("acme-studio", "plan", "md")
    target.write_text("old")
    os.chmod(target, 0o644)
    write_export(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# -- the command line ----------------------------------------------------------


@pytest.fixture
def acme(store: ClientStore, dirs: Dirs) -> str:
    save_settings(locate(dirs.data, dirs.config), SENDER)
    return store.create(filled_plan())


def test_cli_prints_the_letter_by_default(acme: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "acme studio"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("To: jane@acme.example")
    assert "Sam Rivera" in out


def test_cli_letter_is_in_the_clients_language_whatever_the_interface(
    store: ClientStore, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = filled_plan("Bellini SRL")
    plan.client.language = "it"
    store.create(plan)
    assert main(["--lang", "en", "export", "Bellini SRL"]) == 0
    out = capsys.readouterr().out
    assert "Oggetto:" in out and "1.200,00 €" in out


def test_cli_writes_each_kind_to_a_file(acme: str, tmp_path: Path) -> None:
    eml = tmp_path / "letter.eml"
    assert main(["export", acme, "--format", "eml", "-o", str(eml)]) == 0
    assert read_eml(eml.read_text())["X-Unsent"] == "1"
    assert stat.S_IMODE(eml.stat().st_mode) == 0o600
    ics = tmp_path / "dates.ics"
    assert main(["export", acme, "--what", "calendar", "-o", str(ics)]) == 0
    uids = events_of(ics.read_text())
    assert any(uid.startswith("acme-studio-last-day@") and uid.endswith(".breakup-tui") for uid in uids)
    plan_json = tmp_path / "plan.json"
    assert main(["export", acme, "--what", "plan", "--format", "json", "-o", str(plan_json)]) == 0
    assert json.loads(plan_json.read_text())["client"]["name"] == "Acme Studio"


def test_cli_plan_defaults_to_markdown(acme: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", acme, "--what", "plan"]) == 0
    assert capsys.readouterr().out.startswith("# Acme Studio: the plan")


def test_cli_a_missing_client_exits_1_with_one_line(acme: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "Nobody"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "Nobody" in captured.err


def test_cli_a_damaged_file_exits_1_with_one_line(
    store: ClientStore, dirs: Dirs, capsys: pytest.CaptureFixture[str]
) -> None:
    store.prepare()
    (dirs.clients / "broken.toml").write_text("schema_version = 1\n[client\n")
    assert main(["export", "broken"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "broken.toml" in err


def test_cli_a_format_that_does_not_fit_is_a_usage_error(
    acme: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", acme, "--what", "calendar", "--format", "txt"]) == 2
    err = capsys.readouterr().err
    assert "ics" in err


def test_cli_an_unwritable_output_exits_1(
    acme: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", acme, "-o", str(tmp_path / "missing" / "x.txt")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
