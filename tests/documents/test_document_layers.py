"""The printed-document layers stay apart: storage and printing never import each other.

Read from the source (the import statements), so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import smartklasse

PACKAGE = Path(smartklasse.__file__).parent


def imports_of(package: str) -> dict[str, set[str]]:
    """Each module of ``smartklasse.<package>`` with the modules it imports."""
    found: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("storage", ("smartklasse.printing", "smartklasse.documents", "reportlab", "PySide6")),
        ("printing", ("smartklasse.storage", "smartklasse.documents", "sqlite_utils", "PySide6")),
        ("domain", ("smartklasse.storage", "smartklasse.printing", "reportlab", "PySide6")),
        ("documents", ("smartklasse.ui", "PySide6")),
    ],
)
def test_layer_imports_nothing_it_must_not(package: str, forbidden: tuple[str, ...]) -> None:
    modules = imports_of(package)
    assert modules, package
    wrong = {
        module: sorted(name for name in names if name.startswith(forbidden))
        for module, names in modules.items()
    }
    assert {module: names for module, names in wrong.items() if names} == {}
