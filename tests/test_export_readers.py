"""Every export read back by an independent reader, over hostile names and texts."""

from __future__ import annotations

import email
import json
from email import policy
from email.message import EmailMessage

import pytest

from breakup_tui.cli import main
from breakup_tui.core.settings import Settings
from breakup_tui.export import ExportRefused, ExportSource, render
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.settings import save_settings
from tests.conftest import NOW, TODAY, Dirs
from tests.factories import filled_plan

NAMES = [
    "Zoë Smith, Design Studio",
    "Renée (Studio R)",
    'Sam "the Pen" Rivera',
    "Back\\slash; semi: colon",
    "Ana 🎨 Studio",
    "\u200fمصمم\u200f Rivera",
    "<Sam> @ Rivera",
]


def draft(settings: Settings, to: str = "jane@acme.example") -> str:
    plan = filled_plan()
    plan.writing.to = to
    return render("letter", "eml", ExportSource(plan, settings, "acme-studio", TODAY, NOW))


@pytest.mark.parametrize("reader", [policy.default, policy.SMTP], ids=["default", "smtp"])
@pytest.mark.parametrize("name", NAMES)
def test_any_display_name_comes_back_exactly(name: str, reader: policy.Policy) -> None:
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    text = draft(Settings(your_name=name, email="sam@rivera.example"), to=f'"{quoted}" <jane@acme.example>')
    message = email.message_from_string(text, policy=reader)
    assert isinstance(message, EmailMessage)
    for header in ("From", "To"):
        [address] = message[header].addresses
        assert address.display_name == name
        assert not message[header].defects
    assert message["From"].addresses[0].addr_spec == "sam@rivera.example"
    assert message["To"].addresses[0].addr_spec == "jane@acme.example"


def test_a_draft_with_an_id_a_date_and_76_character_lines() -> None:
    plan = filled_plan()
    plan.writing.body = "Caro cliente, è stato un piacere lavorare insieme. " * 20
    text = render("letter", "eml", ExportSource(plan, Settings(email="sam@rivera.example"), "a", TODAY, NOW))
    message = email.message_from_string(text, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Message-ID"].startswith("<") and message["Message-ID"].endswith("@rivera.example>")
    assert message["Date"].datetime == NOW
    assert max(len(line) for line in text.split("\r\n")) <= 76
    assert message.get_content().startswith("Caro cliente, è stato")


@pytest.mark.parametrize(
    "to",
    [
        "jane@",
        "@acme.example",
        "group: jane@acme.example;",
        "=?utf-8?q?Jane?= <jane@acme.example>",
        "jane@acme.example, spy@evil.example",
        "jane doe@acme.example",
    ],
)
def test_a_bad_recipient_is_one_clear_refusal(to: str) -> None:
    with pytest.raises(ExportRefused) as refusal:
        draft(Settings(email="sam@rivera.example"), to=to)
    assert "\n" not in str(refusal.value) and "recipient" in str(refusal.value)


@pytest.mark.parametrize("field", ["your_name", "email"])
def test_a_newline_in_any_header_value_is_refused(field: str) -> None:
    values = {"your_name": "Sam", "email": "sam@rivera.example"}
    values[field] += "\nBcc: spy@evil.example"
    with pytest.raises(ExportRefused, match="line break"):
        draft(Settings(**values))


def test_a_newline_in_the_subject_is_refused() -> None:
    plan = filled_plan()
    plan.writing.subject = "Ending\r\nBcc: spy@evil.example"
    with pytest.raises(ExportRefused, match="line break"):
        render("letter", "eml", ExportSource(plan, Settings(), "a", TODAY, NOW))


@pytest.mark.parametrize(
    "what,fmt",
    [
        ("letter", "txt"),
        ("letter", "md"),
        ("letter", "eml"),
        ("plan", "md"),
        ("plan", "json"),
        ("calendar", "ics"),
    ],
)
def test_every_export_refuses_a_secret_in_the_plan_or_the_signature(what: str, fmt: str) -> None:
    plan = filled_plan()
    plan.decide.notes = "Their WordPress login: admin / DB_PASSWORD=hunter2Q7x!"
    with pytest.raises(ExportRefused, match=r"decide\.notes"):
        render(what, fmt, ExportSource(plan, Settings(), "a", TODAY, NOW))
    signed = Settings(signature="Sam\npassword: Tr0ub4dor&3xQ")
    with pytest.raises(ExportRefused, match=r"settings\.signature"):
        render(what, fmt, ExportSource(filled_plan(), signed, "a", TODAY, NOW))


def test_the_cli_refuses_a_secret_and_a_bad_address_in_one_line(
    store: ClientStore, dirs: Dirs, capsys: pytest.CaptureFixture[str]
) -> None:
    save_settings(locate(dirs.data, dirs.config), Settings(your_name="Sam", email="sam@rivera.example"))
    plan = filled_plan()
    plan.writing.to = "jane@"
    store.create(plan)
    assert main(["export", "acme studio", "--format", "eml"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "jane@" in err
    # Typed in the app it would be refused; here it came in by a hand edit of the file.
    secret = filled_plan("Beta Ltd")
    secret.converse.outcome = "LATER"
    client_file = dirs.clients / f"{store.create(secret)}.toml"
    hand_edited = client_file.read_text().replace('"LATER"', '"api_token: sk_live_4eC39HqLyjWDarjtT1zdp7dc"')
    client_file.write_text(hand_edited)
    assert main(["export", "beta ltd"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "converse.outcome" in err


HOSTILE_TEXTS = [
    "Zoë Smith, Design Studio",
    'Renée "R" (Studio R) <b>bold</b> <script>x</script>',
    "# heading\n1. item\n- item",
    "Ana 🎨 \u200fمصمم\u200f \u202eevil",
    "two\nlines\r\nand CRLF",
]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_the_plan_as_json_and_the_letter_body_keep_hostile_text_exactly(text: str) -> None:
    from tests.factories import hostile_plan

    plan = hostile_plan(text)
    source = ExportSource(plan, Settings(your_name="Sam", email="sam@rivera.example"), "x", TODAY, NOW)
    data = json.loads(render("plan", "json", source))
    assert data["decide"]["notes"] == text and data["client"]["name"] == text
    plan.writing.body = f"Dear client,\n\n{text}\n"
    plan.writing.subject = "Wrapping up"
    message = email.message_from_string(render("letter", "eml", source), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert text.replace("\r\n", "\n") in message.get_content().replace("\r\n", "\n")
    assert message["X-Unsent"] == "1" and not message.defects
