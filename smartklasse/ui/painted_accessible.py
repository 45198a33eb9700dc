"""Painted widgets for screen readers: one accessible child per painted part.

The wheel and the star wall paint their parts (segments, stars) themselves, so Qt sees one
widget with no children. Each feature gives its widget a QAccessibleWidget (installed with
:func:`install`) whose children are :class:`PaintedPart` objects: named, placed on screen
and in the state of what is painted. A part can offer one :class:`PressAction`, what a
click on it does.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QWindow,
)
from PySide6.QtWidgets import QWidget


class PressAction(QAccessibleActionInterface):
    """A part's one action, Qt's standard "Press" (what a click does), named for the listener.

    Assistive technology finds it through ``interface_cast`` (see :class:`PaintedPart`) and
    calls ``doAction``; the AT-SPI bridge lists it as the part's action.
    """

    def __init__(self, name: str, description: str, press: Callable[[], None]) -> None:
        super().__init__()
        self._name = name
        self._description = description
        self._press = press

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt API
        return [QAccessibleActionInterface.pressAction()]

    def localizedActionName(self, name: str) -> str:  # noqa: N802 - Qt API
        return self._name if name == QAccessibleActionInterface.pressAction() else ""

    def localizedActionDescription(self, name: str) -> str:  # noqa: N802 - Qt API
        return self._description if name == QAccessibleActionInterface.pressAction() else ""

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt API
        if name == QAccessibleActionInterface.pressAction():
            self._press()

    def keyBindingsForAction(self, _name: str) -> list[str]:  # noqa: N802 - Qt API
        return []


# PySide6's stubs say object(), window(), child(), childAt(), focusChild() never return None,
# where Qt's API returns nullptr for "none": hence the [override] ignores below.
class PaintedPart(QAccessibleInterface):
    """One painted part of a widget: a leaf child of the widget's accessible ``owner``.

    Subclasses give ``role``, ``text``, ``rect`` (in screen coordinates) and ``state``, and
    may return a :class:`PressAction` from ``press_action``.
    """

    def __init__(self, owner: QAccessibleInterface, index: int) -> None:
        super().__init__()
        self.owner = owner
        self.index = index
        self._action: PressAction | None = None

    def press_action(self) -> PressAction | None:
        """The part's action, or None (the default: a part that only shows something)."""
        return None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        # Qt's actionInterface() is interface_cast(ActionInterface) cast to the C++ type: the
        # address of a live QAccessibleActionInterface, or null. PySide passes a VoidPtr through
        # unchanged (a plain int or None crashes), and the part keeps the action alive.
        if kind == QAccessible.InterfaceType.ActionInterface:
            if self._action is None:
                self._action = self.press_action()
            if self._action is not None:
                return shiboken6.VoidPtr(shiboken6.getCppPointer(self._action)[0])
        return shiboken6.VoidPtr(0)

    def isValid(self) -> bool:  # noqa: N802 - Qt API
        return self.owner.isValid() and self.index < self.owner.childCount()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.owner.window()

    def parent(self) -> QAccessibleInterface:
        return self.owner

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt API
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802 - Qt API
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def relations(self, *_match: int) -> list[tuple[QAccessibleInterface, int]]:  # type: ignore[override]
        return []

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:  # noqa: N802 - Qt API
        return None


_FACTORIES: dict[type[QWidget], Callable[[QWidget], QAccessibleInterface]] = {}


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    for widget_class, make in _FACTORIES.items():
        if isinstance(obj, widget_class):
            return make(obj)
    return None


def install(widget_class: type[QWidget], make: Callable[[QWidget], QAccessibleInterface]) -> None:
    """Have Qt ask ``make`` for the accessible interface of every ``widget_class`` (once)."""
    if not _FACTORIES:
        QAccessible.installFactory(_factory)
    _FACTORIES.setdefault(widget_class, make)
