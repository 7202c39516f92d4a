"""Key descriptions in the interface language.

Bindings are declared with catalogue keys as descriptions. A class that
derives from ``Localized`` is built, whenever it is instantiated, as a
subclass whose bindings carry the text of the language of that moment; the
subclass keeps the class name, so CSS written for the class still applies.
Switching language builds fresh screens, so they come in the new language.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Self, TypeVar, cast

from textual.binding import Binding, BindingType

from breakup_tui.core.i18n import catalogue, current_language


def translate_bindings(bindings: list[BindingType], language: str) -> list[BindingType]:
    messages = catalogue(language)
    translated: list[BindingType] = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            translated.append(
                dataclasses.replace(
                    binding,
                    description=messages.t(binding.description),
                    tooltip=messages.t(binding.tooltip) if binding.tooltip else "",
                )
            )
        else:
            translated.append(binding)
    return translated


def declared_bindings(cls: type) -> list[BindingType]:
    """The bindings our classes declare along ``cls``'s bases, the most basic first, as Textual merges."""
    return [
        binding
        for base in reversed(cls.__mro__)
        if base.__module__.startswith("breakup_tui.")
        for binding in base.__dict__.get("BINDINGS", [])
    ]


L = TypeVar("L", bound="Localized")

# One translated subclass per class and language, so Textual merges its bindings once.
_translated: dict[tuple[type, str], type] = {}


def translated_class(cls: type[L], language: str) -> type[L]:
    found = _translated.get((cls, language))
    if found is not None:
        return cast("type[L]", found)
    namespace = {
        "BINDINGS": translate_bindings(declared_bindings(cls), language),
        "translated_from": cls,
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
    }
    made = type(cls.__name__, (cls,), namespace)
    _translated[cls, language] = made
    return made


class Localized:
    """Put first among a screen's or widget's bases: its keys are then described in the current language."""

    # Set on the translated subclasses only: the class they translate.
    translated_from: ClassVar[type[Localized] | None] = None

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        target = cls if cls.translated_from is not None else translated_class(cls, current_language())
        # The translated subclass is a subclass of cls, so Python goes on to call its __init__.
        return super().__new__(target)
