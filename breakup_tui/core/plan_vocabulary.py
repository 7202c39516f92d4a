"""The words a plan is made of: its steps, statuses, verdicts and every fixed list of ids it chooses from."""

from __future__ import annotations

from enum import StrEnum

# The seven steps, in the order the user walks them.
STEP_IDS: tuple[str, ...] = (
    "decide",
    "converse",
    "notice",
    "options",
    "waffle",
    "thank",
    "writing",
)

LANGUAGES: tuple[str, ...] = ("en", "it")


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_NEEDED = "not_needed"


class Verdict(StrEnum):
    UNDECIDED = "undecided"
    END = "end"
    KEEP = "keep"
    FADE = "fade"


# Reasons to end it; incidents use the same kinds.
REASONS: tuple[str, ...] = (
    "late_payment",
    "ignores_contract",
    "haggling",
    "negative",
    "too_little_work",
    "outgrown",
)

CHANNELS: tuple[str, ...] = ("call", "video", "in_person")
PROJECT_PLANS: tuple[str, ...] = ("finish", "hand_over")
HANDOVER_ITEMS: tuple[str, ...] = (
    "files",
    "accounts",
    "domains",
    "documentation",
    "brief_replacement",
    "interview_help",
)
# Every item starts undecided: only what the user chose to do (or did) becomes a promise.
HANDOVER_UNDECIDED = "undecided"
HANDOVER_STATES: tuple[str, ...] = (HANDOVER_UNDECIDED, "todo", "done", "not_applicable")
# How an Italian letter speaks to the client; English has one form for all three.
ADDRESS_FORMS: tuple[str, ...] = ("voi", "lei", "tu")
DEFAULT_ADDRESS = "voi"
PUSHBACK_KINDS: tuple[str, ...] = (
    "more_money",
    "one_more_project",
    "cant_manage",
    "guilt",
    "discount",
    "other",
)
# What the user made of each wrap-up item after the letter.
WRAPUP_STATES: tuple[str, ...] = ("todo", "done", "not_needed")
