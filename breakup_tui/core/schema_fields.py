"""How a plan's dataclass field is kept in the client file: its kind, its limits and its one-line meaning.

Each field of the plan's dataclasses is declared with one of the helpers below
(``name: str = text("the client's name")``); the helper stores a ``FileKey`` in
the field's metadata. Reading, writing, the keys the app owns, the JSON Schema
and the documented key tables are all derived from these, so a new key is
declared once, here, beside its type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, Field, dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

METADATA = "breakup_tui.file_key"


class Kind(StrEnum):
    VERSION = "version"
    TEXT = "text"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    DAY = "day"
    MOMENT = "moment"
    TEXTS = "texts"
    MONEY = "money"
    TABLE = "table"
    TABLES = "tables"
    CHOICE_MAP = "choice_map"


@dataclass(frozen=True)
class FileKey:
    """What one key of the file holds; the defaults come from the dataclass field itself."""

    kind: Kind
    doc: str
    # The key's name in the file, when it is not the field's.
    name: str = ""
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    # A choice read back as a member of this enumeration.
    enum: type[StrEnum] | None = None
    # A table or a list of tables: the dataclass of its entries.
    of: type | None = None
    # A table of choices: its fixed keys, what each is called in the docs, and an unlisted key's value.
    keys: tuple[str, ...] = ()
    placeholder: str = ""
    absent: str = ""
    required: bool = False
    # The catalogue message when a required key is missing or blank.
    missing: str = "file_error.missing"
    # False: left out of the file while it holds its default.
    written_when_default: bool = True
    # Applied to the value as read (an older form of the value turned into today's).
    upgrade: Callable[[Any], Any] | None = None
    # Checked before the other keys of its table (wholly, or only that it is a table), so that a file
    # with several faults names the same one first as earlier versions did.
    read_first: bool = False
    shape_first: bool = False


@dataclass(frozen=True)
class KeyField:
    """A dataclass field with its file key: the pair the reader, writer and generators walk."""

    attribute: str
    key: FileKey
    default: Any

    @property
    def name(self) -> str:
        return self.key.name or self.attribute


def _declare(key: FileKey, default: Any = MISSING, factory: Any = MISSING) -> Any:
    metadata = {METADATA: key}
    if factory is not MISSING:
        return field(default_factory=factory, metadata=metadata)
    if default is not MISSING:
        return field(default=default, metadata=metadata)
    return field(metadata=metadata)


def version(doc: str, current: int) -> int:
    return _declare(FileKey(Kind.VERSION, doc, required=True, low=1), current)  # type: ignore[no-any-return]


def text(doc: str, default: str = "", *, required: bool = False, **options: Any) -> str:
    """A text; a required one has no default, and a non-empty default also stands for an empty value."""
    key = FileKey(Kind.TEXT, doc, required=required, **options)
    return _declare(key) if required else _declare(key, default)  # type: ignore[no-any-return]


def optional_text(doc: str, **options: Any) -> str | None:
    return _declare(FileKey(Kind.TEXT, doc, **options), None)  # type: ignore[no-any-return]


def integer(doc: str, low: int, high: int, default: int | None = None) -> Any:
    return _declare(FileKey(Kind.INTEGER, doc, low=low, high=high), default)


def boolean(doc: str) -> bool:
    return _declare(FileKey(Kind.BOOLEAN, doc), False)  # type: ignore[no-any-return]


def choice(doc: str, choices: tuple[str, ...], default: str | None) -> Any:
    return _declare(FileKey(Kind.CHOICE, doc, choices=choices), default)


def enum_choice(doc: str, default: E) -> E:
    kind = type(default)
    key = FileKey(Kind.CHOICE, doc, choices=tuple(m.value for m in kind), enum=kind)
    return _declare(key, default)  # type: ignore[no-any-return]


def day(doc: str, *, required: bool = False) -> Any:
    key = FileKey(Kind.DAY, doc, required=required)
    return _declare(key) if required else _declare(key, None)


def moment(doc: str) -> datetime | None:
    return _declare(FileKey(Kind.MOMENT, doc), None)  # type: ignore[no-any-return]


def texts(doc: str) -> list[str]:
    return _declare(FileKey(Kind.TEXTS, doc), factory=list)  # type: ignore[no-any-return]


def money(doc: str) -> Decimal:
    return _declare(FileKey(Kind.MONEY, doc), Decimal("0"))  # type: ignore[no-any-return]


def table(of: type[T], doc: str, *, required: bool = False, written_when_default: bool = True) -> T:
    key = FileKey(Kind.TABLE, doc, of=of, required=required, written_when_default=written_when_default)
    return _declare(key) if required else _declare(key, factory=of)  # type: ignore[no-any-return]


def tables(of: type[T], doc: str, *, name: str = "", read_first: bool = False) -> list[T]:
    key = FileKey(Kind.TABLES, doc, of=of, name=name, read_first=read_first)
    return _declare(key, factory=list)  # type: ignore[no-any-return]


def choice_map(doc: str, keys: tuple[str, ...], absent: str, *, placeholder: str, **options: Any) -> Any:
    """A table with one choice per fixed key (``choices`` or an ``enum``); a key left out holds ``absent``."""
    kind = options.get("enum")
    if kind is not None:
        options["choices"] = tuple(m.value for m in kind)
    key = FileKey(Kind.CHOICE_MAP, doc, keys=keys, absent=absent, placeholder=placeholder, **options)
    first = kind(absent) if kind is not None else absent
    return _declare(key, factory=lambda: dict.fromkeys(keys, first))


# Worked out once per class (see key_fields); a dict, as the classes are their own keys.
_key_fields: dict[type, tuple[KeyField, ...]] = {}
_reading_order: dict[type, tuple[KeyField, ...]] = {}


def key_fields(cls: type) -> tuple[KeyField, ...]:
    """The fields of the dataclass ``cls`` kept in the file, in the order they are written.

    The format's version opens the file, whatever its place in the class. Worked out once per
    class: every read and save walks these, and a class's fields do not change while it runs
    (the defaults kept here are only compared with, or are plain text and numbers).
    """
    known = _key_fields.get(cls)
    if known is None:
        found = [
            KeyField(f.name, key, _default_of(f))
            for f in fields(cls)
            if isinstance(key := f.metadata.get(METADATA), FileKey)
        ]
        known = _key_fields[cls] = tuple(sorted(found, key=lambda k: k.key.kind is not Kind.VERSION))
    return known


def reading_order(cls: type) -> tuple[KeyField, ...]:
    """The fields of ``cls`` in the order they are checked: the version, then what is read first."""
    known = _reading_order.get(cls)
    if known is None:
        first = sorted(key_fields(cls), key=lambda k: k.key.kind is not Kind.VERSION and not k.key.read_first)
        known = _reading_order[cls] = tuple(first)
    return known


def _default_of(f: Field[Any]) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    return None


def listed(ids: tuple[str, ...]) -> str:
    """Ids as a key's meaning names them: "`a`, `b`"."""
    return ", ".join(f"`{i}`" for i in ids)
