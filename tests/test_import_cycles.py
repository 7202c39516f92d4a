"""No module of the app or of the benchmarks imports, however indirectly, one that imports it back."""

from __future__ import annotations

import grimp
import pytest


def cycles(package: str) -> list[list[str]]:
    """The groups of modules that import each other (strongly connected components of the import graph).

    Imports inside functions and under ``TYPE_CHECKING`` count too: each still ties the two modules.
    """
    graph = grimp.build_graph(package, cache_dir=None)
    order: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = lowest[module] = len(order)
        stack.append(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in order:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in stack:
                lowest[module] = min(lowest[module], order[imported])
        if lowest[module] == order[module]:
            group = [stack.pop()]
            while group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in order:
            visit(module)
    return found


@pytest.mark.parametrize("package", ["breakup_tui", "benchmarks"])
def test_no_import_cycle(package: str) -> None:
    assert cycles(package) == []
