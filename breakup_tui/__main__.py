"""``python -m breakup_tui``."""

from breakup_tui.cli import main

raise SystemExit(main())
