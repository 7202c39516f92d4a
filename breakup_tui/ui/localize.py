"""Key descriptions in the interface language.

Bindings are declared with catalogue keys as descriptions. ``localized(cls)``
returns a subclass whose bindings carry the translated text; the subclass
keeps the class name, so CSS written for the class still applies. Switching
language builds fresh screens from the new language's subclasses.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import TypeVar

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

from breakup_tui.core.i18n import catalogue, current_language

N = TypeVar("N", bound=DOMNode)


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


@cache
def _localized(cls: type[N], language: str) -> type[N]:
    namespace = {
        "BINDINGS": translate_bindings(list(cls.BINDINGS), language),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
    }
    return type(cls.__name__, (cls,), namespace)


def localized(cls: type[N]) -> type[N]:
    """``cls`` with its key descriptions in the current interface language."""
    return _localized(cls, current_language())
