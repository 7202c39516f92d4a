"""``python -m breakup_tui.schema [DOC]``: write client.schema.json again, and DOC's key tables if given."""

from __future__ import annotations

import sys
from pathlib import Path

from breakup_tui.schema.generate import write_client_schema, write_key_tables

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    write_client_schema(HERE / "client.schema.json")
    for doc in argv:
        write_key_tables(Path(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
