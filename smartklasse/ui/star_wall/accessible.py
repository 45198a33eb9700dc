"""The painted star grid for screen readers: one accessible child per star place.

Qt sees the grid as one widget; this interface makes it a list with a child per place,
named with its number and the date the star was earned ("Stjerne 3 av 20: 14. november")
or that it is still to come, placed where the star is painted, and checked when earned.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol, cast

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from smartklasse.domain.star_grid import Rect, place_at
from smartklasse.domain.star_wall import star_place_name
from smartklasse.ui import painted_accessible
from smartklasse.ui.painted_accessible import PaintedPart


class StarGrid(Protocol):
    """What this module reads from the painted grid (ui/star_wall/grid.py)."""

    @property
    def target(self) -> int: ...
    def dates(self) -> tuple[dt.date, ...]: ...
    def places(self) -> list[Rect]: ...
    def mapToGlobal(self, point: QPoint) -> QPoint: ...  # noqa: N802 - Qt API
    def mapFromGlobal(self, point: QPoint) -> QPoint: ...  # noqa: N802 - Qt API


def place_rect(place: Rect) -> QRect:
    """A place's rectangle in whole pixels, in the grid's coordinates."""
    left, top = round(place.x), round(place.y)
    return QRect(
        left, top, round(place.x + place.width) - left, round(place.y + place.height) - top
    )


class StarAccessible(PaintedPart):
    """One star place: its number, its date (or "not earned yet"), where it is painted."""

    def __init__(self, grid: StarGridAccessible, index: int) -> None:
        super().__init__(grid, index)
        self._grid = grid

    def _day(self) -> dt.date | None:
        dates = self._grid.grid().dates()
        return dates[self.index] if self.index < len(dates) else None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        if kind != QAccessible.Text.Name or not self.isValid():
            return ""
        return star_place_name(self.index + 1, self._grid.grid().target, self._day())

    def rect(self) -> QRect:
        grid = self._grid.grid()
        places = grid.places()
        if self.index >= len(places):
            return QRect()
        local = place_rect(places[self.index])
        return QRect(grid.mapToGlobal(local.topLeft()), local.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        state.checkable = True
        state.checked = self._day() is not None
        state.invisible = self.rect().isEmpty()
        return state


class StarGridAccessible(QAccessibleWidget):
    """The star grid: a list whose items are its star places."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._stars: list[StarAccessible] = []

    def grid(self) -> StarGrid:
        # The factory installs this accessible for the star grid only.
        return cast(StarGrid, self.widget())

    def _star(self, index: int) -> StarAccessible:
        while len(self._stars) <= index:
            self._stars.append(StarAccessible(self, len(self._stars)))
        return self._stars[index]

    def childCount(self) -> int:  # noqa: N802 - Qt API
        return self.grid().target

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._star(index) if 0 <= index < self.childCount() else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt API
        return child.index if isinstance(child, StarAccessible) else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        grid = self.grid()
        point = grid.mapFromGlobal(QPoint(x, y))
        index = place_at(grid.places(), point.x(), point.y())
        return self._star(index) if index is not None else None


def install(grid_class: type[QWidget]) -> None:
    """Make Qt ask this module for the accessible interface of ``grid_class`` (once)."""
    painted_accessible.install(grid_class, StarGridAccessible)


def announce_changed(widget: QWidget, index: int) -> None:
    """Tell assistive technology that star place ``index`` has changed (earned or taken back)."""
    event = QAccessibleEvent(widget, QAccessible.Event.NameChanged)
    event.setChild(index)
    QAccessible.updateAccessibility(event)
