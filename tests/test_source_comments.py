"""Comments give reasons, not references to documents and trackers that are not in the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A section of a design document, a tracker's issue number, or a requirement code such as D4 or W1/W2.
REFERENCE = re.compile(
    r"DESIGN\b|§(?! ?\d+\.\d)|\bissue \d+"  # an RFC's numbered section (§6.7) is a public reference
    r"|\((?:[CDNOPTW]\d+)(?:[-–,/ ]+[CDNOPTW]?\d+)*\)|\b[CDNOPTW]\d:"
)


def referencing_lines(root: Path) -> list[str]:
    files = [*root.glob("breakup_tui/**/*.py"), *root.glob("benchmarks/**/*.py"), *root.glob("tests/*.py")]
    files += [*root.glob("breakup_tui/locales/*.toml"), *root.glob("docs/*.md"), root / "README.md"]
    return [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(files)
        if path.name != Path(__file__).name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if REFERENCE.search(line)
    ]


def test_no_comment_cites_an_outside_document_or_requirement_code() -> None:
    assert referencing_lines(ROOT) == []
