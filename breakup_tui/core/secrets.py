"""Refusing secrets: the plan holds labels for accounts, never a password, token or key.

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
from breakup_tui.core.secret_words import (
    ABOUT_A_SECRET,
    LABEL_ENDINGS,
    LABEL_PAIRS,
    LABEL_WORDS,
    POINTING_WORDS,
    STATE_WORDS,
)

_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d|AGE-SECRET-KEY-1",
    re.IGNORECASE,
)

# ---- Values: what follows a label ----
# Placeholders for a secret kept elsewhere: masks, template and environment variables, "none".
_PLACEHOLDER = re.compile(
    r"\*+|•+|x{3,}|\.{3}|…|-+|<[^>]*>|\[[^\]]*\]|\{\{.*\}\}|\$\{[^}]*\}|\$[A-Za-z_]\w*|%\(\w+\)s|%\w+%"
    r"|n/?a|none|null|nil|tbd|todo|redacted|hidden|omitted|empty|unset|nessuna|nessuno",
    re.IGNORECASE,
)
# English participles ("revoked", "changed") and Italian ones ("scaduta", "cambiato") describe, never hold.
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ata|ato|ita|ito|uta|uto)", re.IGNORECASE)
_EDGE_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’«»"

_WORD = r"[^\W\d][\w'’.\-]*+"
# "name: value", "name = value", JSON's "name": "value"; the value is only looked at, so that
# "user=admin password=hunter2" is read as two assignments.
_ASSIGNMENT = re.compile(
    rf"(?<![\w?&/.\-'’])[\"']?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?)[\"']?"
    r"[ \t]*(?:=>|:=|[:=])(?!//)[ \t]*"
    r"(?=(?P<value>[^\n]*))"
)
# "the password is swordfish", "la password del server è Tramonto!".
_SPELLED_OUT = re.compile(
    rf"(?<![\w'’])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,4}}?)"
    r"[ \t]+(?:is|was|è|era)[ \t]+(?P<value>\S+)(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
# "password Summer2026!", "PIN 7734": a label, a space, a value that no sentence holds.
_BARE = re.compile(
    r"(?<![\w\-])(?P<label>password|passwd|pwd|pin|token|api[ _\-]?key)[ \t]+(?P<value>\S+)", re.I
)

# ---- Credentials in addresses, headers and commands ----
_URL_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.\-]*://[^\s/:@]*:[^\s/@]+@", re.IGNORECASE)
# user:password@host without a scheme; mailto:, sip: and tel: name a person, not a login.
_BARE_CREDENTIALS = re.compile(
    r"(?<![\w/:@.%+\-])(?P<user>[^\W\d][\w.\-+%]*):(?P<password>[^\s/@:]{3,})@[\w\-]+"
)
_CONTACT_SCHEMES = frozenset({"mailto", "sip", "sips", "tel", "xmpp", "im", "news"})
_QUERY_PARAMETER = re.compile(r"[?&](?P<name>[\w.\-]+)=(?P<value>[^\s&#]+)")
_QUERY_SECRET_NAMES = frozenset({"key", "sig", "signature", "auth", "code_verifier", "x-amz-signature"})
_AUTH_HEADER = re.compile(
    r"\bAuthorization[ \t]*:[ \t]*(?:(?:Basic|Bearer|Token|Digest|ApiKey)[ \t]+)?(?P<value>\S{6,})",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\bBearer[ \t]+(?P<value>[\w\-.=+/~]{12,})")
_BASIC = re.compile(r"\bBasic[ \t]+(?P<value>[A-Za-z0-9+/]{6,}={0,2})(?![\w=])")
# Command-line flags that carry a password or token:
# --password=x, --token x, sshpass -p x, curl -u user:pass.
_CLI_FLAGS = re.compile(
    r"(?<!\S)--(?:password|passwd|pass|pwd|token|api[\-_]?key|secret|client[\-_]secret)"
    r"(?:=|[ \t]+)(?P<value>\S+)"
    r"|\bsshpass[ \t]+-p[ \t]*(?P<sshpass>\S+)"
    r"|(?<!\S)(?:-u|--user)[ \t]+['\"]?[^\s:'\"]+:(?P<user_password>[^\s'\"]+)"
    r"|(?<!\S)-p[ \t]+(?P<quote>['\"])(?P<quoted>[^'\"]+)(?P=quote)",
    re.IGNORECASE,
)
# -pSECRET glued to the flag: only the database clients read -p that way
# (elsewhere -p is a port or "make parents").
_GLUED_PASSWORD_FLAG = re.compile(
    r"\b(?:mysql|mysqldump|mysqladmin|mariadb)\b.*?(?<!\S)-p(?P<value>[^\s-]\S*)", re.I
)

# ---- Token shapes ----
# Prefixes that issuers put on their tokens so that leaks can be found; JWTs; webhook addresses.
_KNOWN_TOKENS = re.compile(
    r"(?<![\w])(?:"
    r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_\-]{20,}|"
    r"sk-[A-Za-z0-9_\-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|"
    r"xox[abprse]-[A-Za-z0-9\-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{30,}|ya29\.[\w\-]{20,}|"
    r"npm_[A-Za-z0-9]{30,}|pypi-[A-Za-z0-9_\-]{50,}|hf_[A-Za-z0-9]{30,}|dop_v1_[a-f0-9]{40,}|"
    r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{20,}|SG\.[\w\-]{16,}\.[\w\-]{16,}|sq0(?:atp|csp)-[\w\-]{20,}|"
    r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"
    r")"
    r"|hooks\.slack\.com/services/[A-Za-z0-9/]+|discord(?:app)?\.com/api/webhooks/\d+/[\w\-]+"
    r"|AccountKey=[\w+/=]{20,}",
)
# A long unbroken run of token characters, not part of a path, address or host name.
_LONG_RUN = re.compile(r"(?<![\w/.@:\-])[A-Za-z0-9_\-+/=]{32,}(?![\w.@])")
# A public key is meant to be shared: its long base64 run is no secret.
_PUBLIC_KEY = re.compile(
    r"\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-\w+|sk-ssh-\w+@\S+)[ \t]+[A-Za-z0-9+/=]{32,}"
)
# Hexadecimal alone is how commits, hashes and UUIDs are written: an identifier unless labelled.
_HEX = re.compile(r"[0-9a-fA-F]+")


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def _looks_random(run: str) -> bool:
    """Long, mixed letters and digits, and varied: a token rather than a slug, a word or a hash."""
    digits = sum(ch.isdigit() for ch in run)
    letters = sum(ch.isalpha() for ch in run)
    if digits < 4 or letters < 4 or _HEX.fullmatch(run):
        return False
    parts = [p for p in re.split(r"[-_]", run) if p]
    # A slug of words ("my-long-project-name-2026") or a UUID is not a secret.
    if len(parts) > 2 and all(len(p) <= 12 for p in parts):
        return False
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
    """A stand-alone made-up password such as ``xK9#mP2vL8q!``: letters, digits and a symbol, mixed up.

    Without a symbol, a short mix (``A1b2C3d4``, a design file's id, a tax code) is most often an identifier.
    """
    word = word.strip(_EDGE_PUNCTUATION).lstrip("#")
    if len(word) < 8 or "@" in word or "/" in word:
        return False
    symbol = any(not ch.isalnum() and ch not in "-_.:'’" for ch in word)  # "sha256:…" labels a hash
    # At least three letters: a time stamp such as 2026-11-30T09:00:00+01:00 is all digits and signs.
    return symbol and sum(ch.isalpha() for ch in word) >= 3 and _letter_digit_switches(word) >= 2


def _words_of(name: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)  # camelCase -> camel Case
    return [w for w in re.split(r"[\s_.\-'’\"]+", spaced.lower()) if w]


def _names_a_secret(name: str) -> bool:
    words = _words_of(name)
    if not words or any(w in ABOUT_A_SECRET for w in words):
        return False
    if any(w in LABEL_WORDS or (len(w) > 6 and w.endswith(LABEL_ENDINGS)) for w in words):
        return True
    pairs = set(itertools.pairwise(words)) | {(w, "") for w in words}
    # "chiave di accesso" and "parola d'ordine": the linking words are left out of the pair.
    linked = {(a, c) for a, b, c in zip(words, words[1:], words[2:], strict=False) if b in {"di", "d"}}
    return bool((pairs | linked) & LABEL_PAIRS)


def _describes(word: str, *, states: bool = True) -> bool:
    """``word`` starts a sentence or a state ("in the vault", "expired"), not a secret."""
    lower = word.lower()
    if lower in POINTING_WORDS:
        return True
    return states and (lower in STATE_WORDS or bool(_PARTICIPLE.fullmatch(word)))


def _assigned_secret(value: str) -> bool:
    """Whether what follows ``name:`` or ``name =`` is a secret."""
    value = value.strip()
    if value[:1] in {'"', "'"}:
        # A quoted value is taken literally ("password": "x"), unless it is a placeholder or points elsewhere.
        quoted = value[1:].split(value[0], 1)[0].strip()
        return (
            bool(quoted)
            and not _PLACEHOLDER.fullmatch(quoted)
            and not _describes(quoted.split()[0], states=False)
        )
    word, _, rest = value.partition(" ")
    if _PLACEHOLDER.fullmatch(value) or _PLACEHOLDER.fullmatch(word):
        return False
    word = word.strip(_EDGE_PUNCTUATION)
    if not word or _PLACEHOLDER.fullmatch(word) or _describes(word):
        return False
    rest = rest.strip()
    # "password: hunter2" stands alone; "password: swordfish, ask Jane" ends at a comma.
    return _looks_like_password(word) or not rest or rest[0] in ",;()/|"


def _spelled_out_secret(value: str, rest: str) -> bool:
    word = value.strip(_EDGE_PUNCTUATION)
    if not word or _PLACEHOLDER.fullmatch(word) or _describes(word):
        return False
    return _looks_like_password(word) or not rest.strip() or value[-1] in ".,;!)"


def _labelled_secret(text: str) -> bool:
    for match in _ASSIGNMENT.finditer(text):
        if _names_a_secret(match.group("name")) and _assigned_secret(match.group("value")):
            return True
    for match in _SPELLED_OUT.finditer(text):
        if _names_a_secret(match.group("name")) and _spelled_out_secret(
            match.group("value"), match.group("rest")
        ):
            return True
    for match in _BARE.finditer(text):
        value = match.group("value").strip(_EDGE_PUNCTUATION)
        if match.group("label").lower() == "pin":
            if value.isdigit() and 4 <= len(value) <= 8:
                return True
        elif len(value) >= 6 and _looks_like_password(value) and not value.isdigit():
            return True
    return False


def _basic_credentials(value: str) -> bool:
    import binascii

    try:
        decoded = binascii.a2b_base64(value).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return ":" in decoded and decoded.isprintable()


def _credentials_in_address(text: str) -> bool:
    return any(m.group("user").lower() not in _CONTACT_SCHEMES for m in _BARE_CREDENTIALS.finditer(text))


def _secret_in_query(text: str) -> bool:
    for match in _QUERY_PARAMETER.finditer(text):
        name, value = match.group("name"), match.group("value")
        if not (_names_a_secret(name) or name.lower() in _QUERY_SECRET_NAMES) or _PLACEHOLDER.fullmatch(
            value
        ):
            continue
        # "?key=homepage-hero" names a picture; "?token=9f8e7d6c5b4a" is one.
        if (
            _looks_random(value)
            or _looks_like_password(value)
            or name.lower() in {"password", "passwd", "pwd"}
        ):
            return True
    return False


def _password_flag(text: str) -> bool:
    for match in _CLI_FLAGS.finditer(text):
        value = next(v for v in match.group("value", "sshpass", "user_password", "quoted") if v is not None)
        if not _PLACEHOLDER.fullmatch(value.strip("'\"")):
            return True
    return any(not _PLACEHOLDER.fullmatch(m.group("value")) for m in _GLUED_PASSWORD_FLAG.finditer(text))


def _auth_header(text: str) -> bool:
    for match in _AUTH_HEADER.finditer(text):
        if not _PLACEHOLDER.fullmatch(match.group("value")):
            return True
    if any(any(ch.isdigit() for ch in m.group("value")) for m in _BEARER.finditer(text)):
        return True
    return any(_basic_credentials(m.group("value")) for m in _BASIC.finditer(text))


def _random_run(text: str) -> bool:
    public = {m.span() for m in _PUBLIC_KEY.finditer(text)}
    for match in _LONG_RUN.finditer(text):
        if any(start <= match.start() < end for start, end in public):
            continue
        if _looks_random(match.group(0)):
            return True
    return False


def secret_problem(text: str) -> str | None:
    """Why ``text`` must not be stored (a message for the user), or None."""
    if not text:
        return None
    if _PRIVATE_KEY.search(text):
        return t("secrets.private_key")
    if _URL_CREDENTIALS.search(text) or _credentials_in_address(text):
        return t("secrets.url_credentials")
    if _KNOWN_TOKENS.search(text) or _auth_header(text) or _secret_in_query(text):
        return t("secrets.token")
    if _password_flag(text) or _labelled_secret(text):
        return t("secrets.password")
    if _random_run(text):
        return t("secrets.token")
    # Checked piece by piece, so identifiers such as UUIDs pass.
    # Control characters part words too: an escape sequence is not a password.
    words = re.split(r"[\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+", text)
    if any(_scrambled(piece) for word in words for piece in re.split(r"[-_]", word)):
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
