"""Refusing secrets (DESIGN §10): the plan holds labels for accounts, never a password, token or key.

``secret_problem(text)`` returns a message that says what was found and what to
write instead, or None when the text looks harmless. ``secrets_in_plan(plan)``
runs it over every piece of text in a plan, so the store can refuse to write one.

The rules lean towards letting ordinary sentences through ("I will hand over the
password manager entries", "the password is in the shared vault"): a false alarm
on a sentence blocks the user, while the labels-only design already keeps most
secrets out.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from breakup_tui.core.i18n import t

_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d", re.IGNORECASE
)
# scheme://user:password@host, and secrets carried in a query string (?token=..., &api_key=...).
_URL_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.\-]*://[^\s/:@]+:[^\s/@]+@", re.IGNORECASE)
_URL_SECRET_PARAMETER = re.compile(
    r"[?&](?:access_token|auth|token|api[_-]?key|key|secret|password|passwd|pwd|sig|signature)=[^\s&#]{6,}",
    re.IGNORECASE,
)

# Words that announce a secret, in English and Italian.
_SECRET_WORDS = (
    r"pass(?:word|wd|code|phrase)|pwd|pw|pin|secret|client[\s_\-]?secret|api[\s_\-]?key|"
    r"access[\s_\-]?key|secret[\s_\-]?key|private[\s_\-]?key|(?:auth[\s_\-]?|access[\s_\-]?)?token|"
    r"parola\s+d['’]ordine|chiave\s+(?:api|di\s+accesso|segreta|privata)|codice\s+(?:pin|di\s+accesso)"
)
# "password: hunter2", "api_key = abc": a label, a colon or equals sign, then the value.
_LABELLED = re.compile(rf"(?<![\w-])(?:{_SECRET_WORDS})\s*[:=]\s*(?P<value>\S+)(?P<rest>.*)", re.IGNORECASE)
# "the password is hunter2", "la password è Ciao1234".
_SPELLED_OUT = re.compile(
    rf"(?<![\w-])(?:{_SECRET_WORDS})\s+(?:is|was|è|era)\s+(?P<value>\S+)", re.IGNORECASE
)

_KNOWN_TOKENS = re.compile(
    r"(?<![\w])(?:"
    r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_\-]{20,}|"
    r"sk-[A-Za-z0-9_\-]{20,}|sk_(?:live|test)_[A-Za-z0-9]{16,}|rk_(?:live|test)_[A-Za-z0-9]{16,}|"
    r"xox[abprse]-[A-Za-z0-9\-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{30,}|"
    r"npm_[A-Za-z0-9]{30,}|pypi-[A-Za-z0-9_\-]{50,}|hf_[A-Za-z0-9]{30,}|dop_v1_[a-f0-9]{40,}|"
    r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{20,}|SG\.[\w\-]{16,}\.[\w\-]{16,}|"
    r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"
    r")"
    r"|hooks\.slack\.com/services/[A-Za-z0-9/]+|discord(?:app)?\.com/api/webhooks/\d+/[\w\-]+"
    r"|\bBearer\s+[A-Za-z0-9_\-.=+/]{16,}",
)
# A long unbroken run of token characters, not part of a path, address or host name.
_LONG_RUN = re.compile(r"(?<![\w/.@:\-])[A-Za-z0-9_\-+/=]{32,}(?![\w.@])")
_HEX = re.compile(r"[0-9a-fA-F]+")
_EDGE_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’«»"


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def _looks_random(run: str) -> bool:
    """Long, mixed letters and digits, and varied: a token rather than a slug or a word."""
    digits = sum(ch.isdigit() for ch in run)
    letters = sum(ch.isalpha() for ch in run)
    if digits < 4 or letters < 4:
        return False
    parts = [p for p in re.split(r"[-_]", run) if p]
    # A slug of words ("my-long-project-name-2026") or a UUID is not a secret.
    if len(parts) > 2 and all(len(p) <= 12 for p in parts):
        return False
    if _HEX.fullmatch(run):
        return True
    return _entropy(run) >= 3.5


def _letter_digit_switches(word: str) -> int:
    return sum(
        1 for a, b in itertools.pairwise(word) if a.isalpha() != b.isalpha() and b.isalnum() and a.isalnum()
    )


def _looks_like_password(word: str) -> bool:
    """A word that nobody writes in a sentence: letters and digits mixed up, or symbols inside."""
    word = word.strip(_EDGE_PUNCTUATION)
    if not word or "@" in word or "://" in word:
        return False
    has_digit = any(ch.isdigit() for ch in word)
    has_letter = any(ch.isalpha() for ch in word)
    inner_symbol = any(not ch.isalnum() and ch not in "-'’." for ch in word)
    long_number = word.isdigit() and len(word) >= 4  # a PIN
    return (has_digit and has_letter) or (inner_symbol and (has_digit or has_letter)) or long_number


def _scrambled(word: str) -> bool:
    """A stand-alone made-up password such as ``xK9#mP2vL8q!``: letters and digits switch again and again."""
    word = word.strip(_EDGE_PUNCTUATION)
    if len(word) < 8 or "@" in word or "/" in word:
        return False
    mixed_case = any(ch.isupper() for ch in word) and any(ch.islower() for ch in word)
    symbol = any(not ch.isalnum() for ch in word)
    return _letter_digit_switches(word) >= 4 and (mixed_case or symbol)


def _labelled_secret(text: str) -> bool:
    for match in _LABELLED.finditer(text):
        value = match.group("value").strip(_EDGE_PUNCTUATION)
        rest = match.group("rest").strip()
        if not value:
            continue
        # "password: in the shared vault" is a sentence; "password: hunter2" stands alone.
        if _looks_like_password(value) or not rest or rest[0] in ",;)/|":
            return True
    return any(_looks_like_password(m.group("value")) for m in _SPELLED_OUT.finditer(text))


def secret_problem(text: str) -> str | None:
    """Why ``text`` must not be stored (a message for the user), or None."""
    if not text:
        return None
    if _PRIVATE_KEY.search(text):
        return t("secrets.private_key")
    if _URL_CREDENTIALS.search(text):
        return t("secrets.url_credentials")
    if _URL_SECRET_PARAMETER.search(text) or _KNOWN_TOKENS.search(text):
        return t("secrets.token")
    if _labelled_secret(text):
        return t("secrets.password")
    if any(_looks_random(m.group(0)) for m in _LONG_RUN.finditer(text)):
        return t("secrets.token")
    # Checked piece by piece, so identifiers such as UUIDs pass.
    if any(_scrambled(piece) for word in text.split() for piece in re.split(r"[-_]", word)):
        return t("secrets.password")
    return None


@dataclass(frozen=True)
class SecretFound:
    """Where in the plan a secret-looking value sits (a dotted path, as in the file) and why."""

    where: str
    problem: str


def _texts(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _texts(getattr(value, f.name), f"{path}.{f.name}" if path else f.name)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index + 1}]")


# A client's name is how the user tells clients apart: it is kept exactly as typed,
# whatever it looks like (a name such as "K9-X2Y4Z7" must not stop the app).
IDENTITY_FIELDS = frozenset({"client.name"})
# Written by the app, never by the user: the fingerprint of a generated letter (a hash by design).
APP_FIELDS = frozenset({"writing.based_on"})


def secrets_in(record: Any) -> list[SecretFound]:
    """Every text in ``record`` (a plan, a referral, any dataclass) that looks like a secret."""
    found = []
    for where, text in _texts(record, ""):
        if where in IDENTITY_FIELDS or where in APP_FIELDS:
            continue
        problem = secret_problem(text)
        if problem:
            found.append(SecretFound(where, problem))
    return found
