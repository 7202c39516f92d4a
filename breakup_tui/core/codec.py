"""Turning a plan into plain TOML-ready data and back, checking every value on the way in.

The reading lives in ``plan_reader``, the writing in ``plan_writer`` and the
keys the app owns in ``file_keys``; all three follow the field declarations of
the plan's dataclasses. This module is the one place the rest of the app
imports them from.
"""

from __future__ import annotations

from breakup_tui.core.file_keys import ITEM_KEYS, KNOWN_KEYS
from breakup_tui.core.plan_reader import check_schema_version, plan_from_data, referrals_from_data
from breakup_tui.core.plan_writer import plan_to_data, referral_to_data
from breakup_tui.core.table_reader import FutureSchemaError, PlanError

__all__ = [
    "ITEM_KEYS",
    "KNOWN_KEYS",
    "FutureSchemaError",
    "PlanError",
    "check_schema_version",
    "plan_from_data",
    "plan_to_data",
    "referral_to_data",
    "referrals_from_data",
]
