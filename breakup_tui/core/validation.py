"""Checks on what the user types, shared by the forms and the command line. Each returns a message or None."""

from __future__ import annotations

import re
from collections.abc import Callable

from breakup_tui.core.i18n import t, tn

MAX_NAME = 200
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def client_name_problem(name: str, is_taken: Callable[[str], bool]) -> str | None:
    if not name.strip():
        return t("new_client.name_required")
    if len(name) > MAX_NAME:
        return tn("new_client.name_too_long", MAX_NAME)
    if is_taken(name):
        return t("new_client.name_taken")
    return None


def email_problem(email: str) -> str | None:
    """An empty address is allowed (it can be added later); a malformed one is not."""
    if email.strip() and not _EMAIL.match(email.strip()):
        return t("new_client.email_invalid")
    return None


def addresses_problem(value: str) -> str | None:
    """One address, or several separated by commas (an empty field is allowed)."""
    addresses = [address.strip() for address in value.split(",")]
    if len(addresses) > 1 and not all(addresses):
        return t("new_client.email_invalid")
    for address in addresses:
        problem = email_problem(address)
        if problem:
            return problem
    return None
