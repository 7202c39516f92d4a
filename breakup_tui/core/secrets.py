"""Refusing secrets (DESIGN §10): the plan holds labels for accounts, never a password, token or key.

``secret_problem(text)`` returns a message that says what was found and what to
write instead, or None when the text looks harmless.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from breakup_tui.core.i18n import t

_PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|CERTIFICATE)[A-Z ]*-----")
_URL_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.\-]*://[^\s/:@]+:[^\s/@]+@", re.IGNORECASE)
# "password: hunter2", "pwd = x", "api key: ...", "la password è ..."
_ASSIGNED_SECRET = re.compile(
    r"\b(pass(word|wd|code|phrase)?|pwd|pin|secret|api[\s_\-]?key|access[\s_\-]?key|token|"
    r"parola\s+d['’]ordine|chiave)\s*(:|=|\bis\b|\bè\b)\s*\S+",
    re.IGNORECASE,
)
_KNOWN_TOKENS = re.compile(
    r"\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-[A-Za-z0-9_\-]{20,}|"
    r"xox[abprs]-[A-Za-z0-9\-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{30,}|glpat-[A-Za-z0-9_\-]{20,})"
)
_LONG_RUN = re.compile(r"(?<![\w/.@:])[A-Za-z0-9_\-+/=]{32,}(?![\w.@])")


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
    # A slug of words ("my-long-project-name-2026") is not a secret.
    if len(parts) > 2 and all(len(p) <= 12 for p in parts):
        return False
    return _entropy(run) >= 3.5


def secret_problem(text: str) -> str | None:
    if not text:
        return None
    if _PRIVATE_KEY.search(text):
        return t("secrets.private_key")
    if _URL_CREDENTIALS.search(text):
        return t("secrets.url_credentials")
    if _ASSIGNED_SECRET.search(text):
        return t("secrets.password")
    if _KNOWN_TOKENS.search(text):
        return t("secrets.token")
    if any(_looks_random(m.group(0)) for m in _LONG_RUN.finditer(text)):
        return t("secrets.token")
    return None
