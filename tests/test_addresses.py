"""The letter's To field: one address or several separated by commas, or nothing yet."""

from __future__ import annotations

import pytest

from breakup_tui.core.i18n import t
from breakup_tui.core.validation import addresses_problem


@pytest.mark.parametrize("value", ["", "anna@acme.example", "anna@acme.example, billing@acme.example"])
def test_no_address_one_or_several_are_accepted(value: str) -> None:
    assert addresses_problem(value) is None


@pytest.mark.parametrize(
    "value", ["anna", "anna@acme.example,", "anna@acme.example,, b@acme.example", "a@b, nope"]
)
def test_a_wrong_or_empty_address_in_the_list_is_refused(value: str) -> None:
    assert addresses_problem(value) == t("new_client.email_invalid")
