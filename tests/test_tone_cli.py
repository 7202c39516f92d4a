"""``breakup-tui tone``: any text checked with the letter's rules, as a Unix filter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from breakup_tui.core.tone import check_tone

HEDGED = "Thank you for the work.\nMaybe we could stop in December."


def tone(*args: str, given: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "breakup_tui", "tone", *args],
        input=given if given is not None else b"",
        capture_output=True,
        timeout=60,
    )


def test_a_warning_is_printed_at_its_line_and_column_and_exits_1(tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(HEDGED, encoding="utf-8")
    result = tone(str(reply))
    assert result.returncode == 1
    first, suggestion, *_ = result.stdout.decode().splitlines()
    [finding] = check_tone(HEDGED, "en")
    assert first == f"2:1  {finding.rule_id}  {finding.message}"
    assert suggestion.strip() == f"try: {finding.suggestion}"


def test_clean_text_exits_0_with_no_output() -> None:
    result = tone("-", given=b"Thank you for three good years of work together.")
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")


def test_json_has_the_documented_shape_and_offsets() -> None:
    result = tone("--json", given=HEDGED.encode())
    assert result.returncode == 1
    [entry] = json.loads(result.stdout)
    assert set(entry) == {"rule", "family", "severity", "start", "end", "text", "message", "suggestion"}
    assert entry["severity"] == "warning" and entry["family"] == "hedging"
    assert HEDGED[entry["start"] : entry["end"]] == entry["text"] == "Maybe"


def test_italian_rules_with_lang_and_stdin_without_a_file() -> None:
    result = tone("--lang", "it", "--json", given=b"Forse potremmo chiudere a dicembre.")
    assert result.returncode == 1
    [entry] = json.loads(result.stdout)
    assert entry["text"] == "Forse" and entry["rule"] == check_tone("Forse", "it")[0].rule_id


def test_no_finding_in_json_is_an_empty_array() -> None:
    result = tone("--json", given=b"Thank you.")
    assert result.returncode == 0 and json.loads(result.stdout) == []


def test_an_undecodable_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Perché no".encode("latin-1"))
    result = tone(str(latin))
    err = result.stderr.decode()
    assert result.returncode == 2 and err.count("\n") == 1 and "UTF-8" in err
    assert "Traceback" not in err


def test_bad_usage_and_a_missing_file_exit_2(tmp_path: Path) -> None:
    assert tone("--nope").returncode == 2
    missing = tone(str(tmp_path / "nowhere.txt"))
    assert missing.returncode == 2 and missing.stderr.decode().count("\n") == 1


def test_advice_alone_is_printed_but_exits_0() -> None:
    result = tone("--json", given=b"My apologies for the short notice.")
    findings = json.loads(result.stdout)
    assert findings and {f["severity"] for f in findings} == {"advice"}
    assert result.returncode == 0
