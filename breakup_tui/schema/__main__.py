"""``python -m breakup_tui.schema [DOC]``: write client.schema.json and the catalogues' JSON again,
and DOC's key tables if given."""

from __future__ import annotations

import sys
from pathlib import Path

from breakup_tui.core.i18n import compiled_catalogue
from breakup_tui.core.plan import LANGUAGES
from breakup_tui.schema.generate import write_client_schema, write_key_tables

HERE = Path(__file__).parent
LOCALES = HERE.parent / "locales"


def write_compiled_catalogues() -> None:
    for language in LANGUAGES:
        source = (LOCALES / f"{language}.toml").read_bytes()
        (LOCALES / f"{language}.json").write_text(compiled_catalogue(source), encoding="utf-8")


def main(argv: list[str]) -> int:
    write_client_schema(HERE / "client.schema.json")
    write_compiled_catalogues()
    for doc in argv:
        write_key_tables(Path(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
