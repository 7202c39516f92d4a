"""Message catalogues: every user-facing string comes from here, in each language.

One TOML file per language in ``breakup_tui/locales``; nested tables become
dotted keys (``home.title``). Beside each, a JSON file holds the same messages
already flattened, with the digest of the TOML it was made from: parsing TOML
took a tenth of a bare Textual app's start, reading JSON takes half a millisecond.
A JSON file that does not match its TOML is ignored, so an edit to a catalogue
shows at once; ``python -m breakup_tui.schema`` writes them again. The interface language is a process-wide
setting; the letter's language is chosen per client through ``catalogue()``.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from breakup_tui.core.plan_vocabulary import ADDRESS_FORMS, LANGUAGES
from breakup_tui.core.plan_vocabulary import DEFAULT_ADDRESS as DEFAULT_FORM

# The catalogues ship inside the package, as files beside its modules.
LOCALES = Path(__file__).resolve().parent.parent / "locales"
DEFAULT_LANGUAGE = "en"
_current = DEFAULT_LANGUAGE

# Italian speaks to the client as a company (voi), one person formally (Lei) or
# informally (tu). A phrase that changes with the form is a table with exactly
# those three keys; it stays one entry, so both catalogues keep the same keys.


class _KeepMissing(dict[str, Any]):
    """Leaves an unknown ``{placeholder}`` visible instead of raising mid-screen."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, /, **values: Any) -> str:
    """``text`` with its placeholders filled; one without a value stays visible as written."""
    return text.format_map(_KeepMissing(values))


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping) and set(value) == set(ADDRESS_FORMS):
            flat[dotted] = dict(value)
        elif isinstance(value, Mapping):
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


class Catalogue:
    """The messages of one language."""

    def __init__(self, language: str, messages: dict[str, Any]) -> None:
        self.language = language
        self.messages = messages

    def t(self, key: str, /, **values: Any) -> str:
        text = self.messages.get(key)
        if not isinstance(text, str):
            return key
        if not values:
            return text
        return text.format_map(_KeepMissing(values))

    def plural(self, key: str, count: int, /, **values: Any) -> str:
        """The form of ``key`` that fits ``count`` (``key.one`` or ``key.other``), with ``{n}`` filled in.

        A counted message is a table in the catalogue, one entry per plural
        category of the language, so "1 week" and "2 weeks" are both written
        out in full rather than built from pieces.
        """
        category = plural_category(self.language, count)
        chosen = f"{key}.{category}"
        if not isinstance(self.messages.get(chosen), str):
            chosen = f"{key}.other"
        return self.t(chosen, n=count, **values)

    def phrase(self, key: str, form: str, /, **values: Any) -> str:
        """``key`` in the form of address ``form``; a phrase the same in every form is a plain string."""
        text = self.in_form(self.messages.get(key), form)
        if not isinstance(text, str):
            return key
        return text.format_map(_KeepMissing(values)) if values else text

    def plural_phrase(self, key: str, count: int, form: str, /, **values: Any) -> str:
        """The counted message ``key`` (see ``plural``), in the form of address ``form``."""
        chosen = f"{key}.{plural_category(self.language, count)}"
        if chosen not in self.messages:
            chosen = f"{key}.other"
        return self.phrase(chosen, form, n=count, **values)

    def raw_in_form(self, key: str, form: str, default: Any = None) -> Any:
        """A non-text entry (a list of suggestions) in the form of address ``form``."""
        value = self.in_form(self.messages.get(key), form)
        return default if value is None else value

    @staticmethod
    def in_form(value: Any, form: str) -> Any:
        if isinstance(value, dict) and set(value) == set(ADDRESS_FORMS):
            return value.get(form, value[DEFAULT_FORM])
        return value

    def raw(self, key: str, default: Any = None) -> Any:
        """A non-text entry (a list of suggestions, a table of rules)."""
        return self.messages.get(key, default)

    def section(self, prefix: str) -> dict[str, Any]:
        """Every entry under ``prefix.``, keyed by the rest of its name."""
        head = prefix + "."
        return {k[len(head) :]: v for k, v in self.messages.items() if k.startswith(head)}


def plural_category(language: str, count: int) -> str:
    """The CLDR plural category of a whole number: English and Italian both say "one" only for 1."""
    return "one" if abs(count) == 1 else "other"


@cache
def catalogue(language: str) -> Catalogue:
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    source = (LOCALES / f"{language}.toml").read_bytes()
    try:
        compiled = (LOCALES / f"{language}.json").read_text(encoding="utf-8")
    except OSError:
        compiled = ""
    return Catalogue(language, messages_of(source, compiled))


def messages_of(source: bytes, compiled: str) -> dict[str, Any]:
    """The flattened messages of a catalogue's TOML ``source``: from ``compiled`` when it was made
    from exactly that source, else parsed from the TOML."""
    try:
        made = json.loads(compiled) if compiled else {}
    except ValueError:
        made = {}
    if isinstance(made, dict) and made.get("source") == _digest(source):
        return dict(made["messages"])
    return _flatten(tomllib.loads(source.decode("utf-8")))


def compiled_catalogue(source: bytes) -> str:
    """The JSON shipped beside a catalogue: its messages flattened, and the digest of ``source``."""
    messages = _flatten(tomllib.loads(source.decode("utf-8")))
    return json.dumps({"source": _digest(source), "messages": messages}, ensure_ascii=False, indent=0) + "\n"


def _digest(source: bytes) -> str:
    return hashlib.sha256(source).hexdigest()


def set_language(language: str) -> None:
    global _current
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def t(key: str, /, **values: Any) -> str:
    """Translate ``key`` into the interface language."""
    return catalogue(_current).t(key, **values)


def tn(key: str, count: int, /, **values: Any) -> str:
    """Translate the counted message ``key`` into the interface language, for ``count``."""
    return catalogue(_current).plural(key, count, **values)


def language_from_environment(env: Mapping[str, str]) -> str | None:
    """The language the locale variables ask for, if we have it.

    ``LANGUAGE`` (a colon-separated list of preferences, "it:en") comes first and
    counts by its first entry; then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``, as
    gettext reads them. The first variable that is set decides, even when it
    names a language we lack, so that ``LC_ALL=de_DE`` is not overruled by ``LANG``.
    """
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if name == "LANGUAGE":
            value = value.split(":")[0]
        if value:
            code = value[:2].lower()
            return code if code in LANGUAGES else None
    return None


def choose_language(flag: str | None, setting: str | None, env: Mapping[str, str]) -> str:
    """The flag first, then the settings file, then the environment, else English."""
    for candidate in (flag, setting, language_from_environment(env)):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE
