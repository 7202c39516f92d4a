"""The calendar as a calendar program keeps it: read back with icalendar, under hostile text too."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from breakup_tui.cli import main
from breakup_tui.core.notice import effective_last_day
from breakup_tui.core.plan import Plan, Verdict
from breakup_tui.core.settings import Settings
from breakup_tui.core.working_days import is_working_day
from breakup_tui.export import ExportSource, render
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.settings import load_settings, save_settings
from tests.conftest import NOW, TODAY, Dirs
from tests.factories import filled_plan

HOSTILE_NAMES = [
    "Acme\nBEGIN:VEVENT\nSUMMARY:injected\nEND:VEVENT",
    "Acme\r\nX-INJECTED:1",
    "Acme\rStudio",
    "Acme\x1b]2;title\x07\x00\x0b\x0c\x7f\x85 Studio",
    "Acme\u2028Studio\u2029",
    "BEGIN:VEVENT",
]


def calendar_of(plan: Plan, *, country: str | None = "IT", installation: str = "a1b2") -> icalendar.Calendar:
    settings = Settings(installation_id=installation)
    text = render("calendar", "ics", ExportSource(plan, settings, "acme-studio", TODAY, NOW, country))
    return icalendar.Calendar.from_ical(text)


def christmas_plan() -> Plan:
    plan = filled_plan()
    plan.notice.invoices[1].due = date(2026, 12, 18)  # chased a week later: Christmas Day
    plan.notice.projects[1].due = date(2026, 12, 23)  # a hand-over due after the last day
    return plan


def test_every_reminder_is_on_a_working_day_with_an_alarm_the_day_before_at_nine() -> None:
    events = calendar_of(christmas_plan()).walk("VEVENT")
    reminders = [e for e in events if e.walk("VALARM")]
    assert len(reminders) == len(events) - 2  # the two invoices' own due dates are not reminders
    for event in reminders:
        day = event.decoded("DTSTART")
        assert is_working_day(day, "IT"), (event["SUMMARY"], day)
        (alarm,) = event.walk("VALARM")
        assert alarm["ACTION"] == "DISPLAY"
        assert day - timedelta(days=1) + timedelta(hours=9) == day + alarm.decoded("TRIGGER")


def test_the_chase_lands_after_christmas_and_each_hand_over_by_the_last_day() -> None:
    plan = christmas_plan()
    last_day = effective_last_day(plan, TODAY, "IT")
    assert last_day is not None
    by_uid = {str(e["UID"]).split("@")[0]: e.decoded("DTSTART") for e in calendar_of(plan).walk("VEVENT")}
    assert by_uid["acme-studio-invoice-inv-105-chase"] == date(2026, 12, 28)
    for project in plan.notice.projects:
        if project.plan == "hand_over":
            slug = project.name.lower().replace(" ", "-")
            assert by_uid[f"acme-studio-project-{slug}"] <= last_day


def test_sequence_and_last_modified_follow_the_plans_last_change() -> None:
    plan = filled_plan()
    plan.progress.updated = NOW
    first = calendar_of(plan).walk("VEVENT")
    plan.progress.updated = NOW + timedelta(hours=2)
    later = calendar_of(plan).walk("VEVENT")
    for before, after in zip(first, later, strict=True):
        assert int(after["SEQUENCE"]) > int(before["SEQUENCE"]) >= 0
        assert after.decoded("LAST-MODIFIED") > before.decoded("LAST-MODIFIED")


def test_uids_are_stable_across_exports_and_differ_between_installations() -> None:
    plan = filled_plan()

    def uids(installation: str) -> list[str]:
        return [str(e["UID"]) for e in calendar_of(plan, installation=installation).walk("VEVENT")]

    assert uids("a1b2") == uids("a1b2")
    assert len(set(uids("a1b2"))) == len(uids("a1b2"))
    assert set(uids("a1b2")).isdisjoint(uids("d4e5f6"))


def test_the_cli_makes_the_installation_id_once_and_keeps_it(store: ClientStore, dirs: Dirs) -> None:
    store.create(filled_plan())
    ics = dirs.data / "dates.ics"
    assert main(["export", "Acme Studio", "--what", "calendar", "-o", str(ics)]) == 0
    installation = load_settings(store.locations).installation_id
    assert len(installation) >= 16
    first = ics.read_text()
    assert main(["export", "Acme Studio", "--what", "calendar", "-o", str(ics)]) == 0
    assert load_settings(store.locations).installation_id == installation
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(first).walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in icalendar.Calendar.from_ical(ics.read_text()).walk("VEVENT")]
    assert all(installation in uid for uid in uids)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_no_text_adds_a_line_a_property_or_an_event(name: str) -> None:
    plan = filled_plan(name)
    plan.notice.projects[0].name = name
    plan.notice.invoices[0].number = name
    settings = Settings(installation_id="a1b2\nc3")
    text = render("calendar", "ics", ExportSource(plan, settings, "acme\nstudio", TODAY, NOW, "IT"))
    reference = render("calendar", "ics", ExportSource(filled_plan(), settings, "acme", TODAY, NOW, "IT"))
    # Long lines are folded (CRLF and a space); unfolded, each property is still one line.
    lines, reference_lines = unfolded(text), unfolded(reference)
    assert [line.split(":")[0] for line in lines] == [line.split(":")[0] for line in reference_lines]
    assert not any(0 < ord(c) < 32 and c not in "\r\n" for c in text)
    calendar = icalendar.Calendar.from_ical(text)
    assert len(calendar.walk("VEVENT")) == len(icalendar.Calendar.from_ical(reference).walk("VEVENT"))
    assert "X-INJECTED" not in calendar.walk("VEVENT")[0]
    assert "Acme" in str(calendar["X-WR-CALNAME"]) or "BEGIN" in str(calendar["X-WR-CALNAME"])


def unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


SCRIPT = """
import sys
from datetime import date, datetime, timezone
from breakup_tui.core.plan import Plan
from breakup_tui.core.settings import Settings
from breakup_tui.export import ExportSource, render
from tests.factories import filled_plan
plan = filled_plan("Acme\\nBEGIN:VEVENT\\nSUMMARY:injected\\nEND:VEVENT\\nX-A:1")
now = datetime(2026, 11, 26, 10, tzinfo=timezone.utc)
source = ExportSource(plan, Settings(installation_id="x"), "acme", date(2026, 11, 26), now, "IT")
sys.stdout.write(render("calendar", "ics", source))
"""


def test_hostile_names_are_harmless_under_python_optimised() -> None:
    done = subprocess.run(
        [sys.executable, "-O", "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 0, done.stderr
    calendar = icalendar.Calendar.from_ical(done.stdout)
    assert len(calendar.walk("VEVENT")) == 8
    assert "SUMMARY:injected" not in done.stdout.replace("\r\n ", "").splitlines()


def test_list_json_gives_the_working_day_before_christmas_in_italy(
    store: ClientStore, capsys: pytest.CaptureFixture[str]
) -> None:
    save_settings(store.locations, Settings(country="IT"))
    plan = Plan.new("Natale")
    plan.decide.verdict = Verdict.END
    plan.converse.meeting_on = date(2026, 12, 11)
    plan.notice.weeks = 2  # ends on Friday 25 December 2026
    store.create(plan)
    assert main(["list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["last_day"] == "2026-12-24"
    # No country, another answer: the list is not served from the Italian cache.
    save_settings(store.locations, Settings())  # no country and no locale: weekends only
    assert main(["list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["last_day"] == "2026-12-25"


def test_a_calendar_that_cannot_be_built_is_one_line(
    store: ClientStore, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from breakup_tui.export import ics

    store.create(filled_plan())

    def broken(_: object) -> str:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(ics, "_calendar_text", broken)
    assert main(["export", "Acme Studio", "--what", "calendar"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "boom second line" in err
