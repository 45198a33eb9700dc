"""The painted wheel for screen readers: one accessible child per segment.

Qt sees the wheel as one widget; this interface gives it a child per task (named by the
task's text, with its state: picked in this round, done this period, and focused), and
the widget raises a focus event for the child the arrow keys move to. Each child's action
("Open") does what a click on the segment does.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from smartklasse.i18n import _, ngettext
from smartklasse.ui import painted_accessible
from smartklasse.ui.painted_accessible import PaintedPart, PressAction


class WheelWidget(Protocol):
    """What this module reads from the painted wheel (ui/wheel/widget.py)."""

    def texts(self) -> tuple[str, ...]: ...
    def picked(self) -> tuple[bool, ...]: ...
    def progress(self) -> tuple[int, ...]: ...
    def focused_segment(self) -> int: ...
    def hasFocus(self) -> bool: ...  # noqa: N802 - Qt API
    def segment_centre(self, index: int) -> QPointF: ...
    def segment_at(self, point: QPointF) -> int | None: ...
    def wheel_circle(self) -> tuple[float, float, float]: ...
    def mapToGlobal(self, point: QPoint) -> QPoint: ...  # noqa: N802 - Qt API
    def mapFromGlobal(self, point: QPoint) -> QPoint: ...  # noqa: N802 - Qt API
    def activate_segment(self, index: int) -> None: ...


class SegmentAccessible(PaintedPart):
    """One task of the wheel as a screen reader sees it; its action opens the task."""

    def __init__(self, wheel: WheelAccessible, index: int) -> None:
        super().__init__(wheel, index)
        self._wheel = wheel

    def _widget(self) -> WheelWidget:
        return self._wheel.wheel_widget()

    def press_action(self) -> PressAction:
        return PressAction(
            _("Open"),
            _("Choose who did the task"),
            lambda: self._widget().activate_segment(self.index),
        )

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        widget = self._widget()
        if not self.isValid():
            return ""
        if kind == QAccessible.Text.Name:
            return widget.texts()[self.index]
        if kind == QAccessible.Text.Description:
            return segment_description(widget, self.index)
        return ""

    def rect(self) -> QRect:
        widget = self._widget()
        centre = widget.segment_centre(self.index).toPoint()
        _cx, _cy, radius = widget.wheel_circle()
        half = max(1, round(radius * 0.2))
        local = QRect(centre - QPoint(half, half), centre + QPoint(half, half))
        return QRect(widget.mapToGlobal(local.topLeft()), local.size())

    def state(self) -> QAccessible.State:
        widget = self._widget()
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.checkable = True
        state.focused = widget.hasFocus() and widget.focused_segment() == self.index
        state.selected = _picked(widget, self.index)
        state.checked = _done(widget, self.index) > 0
        return state


def _picked(widget: WheelWidget, index: int) -> bool:
    picked = widget.picked()
    return index < len(picked) and picked[index]


def _done(widget: WheelWidget, index: int) -> int:
    progress = widget.progress()
    return progress[index] if index < len(progress) else 0


def segment_description(widget: WheelWidget, index: int) -> str:
    """What a screen reader says after a task's text: picked, and done how many times."""
    parts: list[str] = []
    if _picked(widget, index):
        parts.append(_("picked in this round"))
    done = _done(widget, index)
    if done:
        parts.append(ngettext("done {n} time", "done {n} times", done).format(n=done))
    else:
        parts.append(_("not done yet"))
    return ", ".join(parts)


class WheelAccessible(QAccessibleWidget):
    """The wheel: a list whose items are its tasks."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._segments: list[SegmentAccessible] = []

    def wheel_widget(self) -> WheelWidget:
        # The factory installs this accessible for the wheel widget only.
        return cast(WheelWidget, self.widget())

    def _segment(self, index: int) -> SegmentAccessible:
        while len(self._segments) <= index:
            self._segments.append(SegmentAccessible(self, len(self._segments)))
        return self._segments[index]

    def childCount(self) -> int:  # noqa: N802 - Qt API
        return len(self.wheel_widget().texts())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if 0 <= index < self.childCount():
            return self._segment(index)
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt API
        return child.index if isinstance(child, SegmentAccessible) else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        widget = self.wheel_widget()
        if widget.hasFocus() and self.childCount():
            return self._segment(widget.focused_segment())
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        widget = self.wheel_widget()
        index = widget.segment_at(widget.mapFromGlobal(QPoint(x, y)).toPointF())
        return self._segment(index) if index is not None and index >= 0 else None


def install(wheel_class: type[QWidget]) -> None:
    """Make Qt ask this module for the accessible interface of ``wheel_class`` (once)."""
    painted_accessible.install(wheel_class, WheelAccessible)


def announce_focus(widget: QWidget, index: int) -> None:
    """Tell assistive technology that the keyboard is on segment ``index``."""
    event = QAccessibleEvent(widget, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget, message: str) -> None:
    """Have the screen reader say ``message`` now (a QAccessibleAnnouncementEvent)."""
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
