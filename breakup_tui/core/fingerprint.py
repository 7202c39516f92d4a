"""A short fingerprint of a generated letter, so a hand edit can notice when the plan moved on.

The file keeps the fingerprint, not a second copy of the letter: the body is
stored once.
"""

from __future__ import annotations

from hashlib import sha256

PREFIX = "sha256:"


def letter_fingerprint(body: str) -> str:
    return PREFIX + sha256(body.encode("utf-8")).hexdigest()


def as_fingerprint(based_on: str | None) -> str | None:
    """``based_on`` as read: older files hold the whole letter, turned here into its fingerprint."""
    if based_on is None or based_on.startswith(PREFIX):
        return based_on
    return letter_fingerprint(based_on)
