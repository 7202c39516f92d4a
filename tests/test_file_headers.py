"""The comment at the top of every file the app creates points only at things an installed copy has."""

from __future__ import annotations

from breakup_tui.core.plan import Plan, Referral
from breakup_tui.store.clients import ClientStore
from breakup_tui.store.paths import locate
from breakup_tui.store.referrals import ReferralStore
from tests.conftest import Dirs


def header(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.startswith("#"))


def test_new_files_name_no_document_that_a_wheel_lacks(store: ClientStore, dirs: Dirs) -> None:
    stem = store.create(Plan.new("Acme"))
    ReferralStore(locate()).add(Referral("Mario Rossi", "mario@example.com", "WordPress"))
    for path in (dirs.clients / f"{stem}.toml", dirs.data / "referrals.toml"):
        top = header(path.read_text(encoding="utf-8"))
        assert top, path
        assert "docs/" not in top and ".md" not in top, top
