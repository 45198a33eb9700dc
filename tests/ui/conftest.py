"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

#: Finds the accessible object named ``name`` under a widget, as a screen reader walks to it.
AccessibleFinder = Callable[[QWidget, str], QAccessibleInterface | None]


def _find(root: QAccessibleInterface, name: str) -> QAccessibleInterface | None:
    if root.object() is not None and root.object().objectName() == name:
        return root
    for index in range(root.childCount()):
        child = root.child(index)
        if child is not None and (found := _find(child, name)) is not None:
            return found
    return None


@pytest.fixture
def find_accessible() -> AccessibleFinder:
    """Walk the accessibility tree down from a widget to the object named ``name``."""

    def find(widget: QWidget, name: str) -> QAccessibleInterface | None:
        root = QAccessible.queryAccessibleInterface(widget)
        assert root is not None
        return _find(root, name)

    return find
