"""The sizing system and the light palette, applied to every widget as Qt polishes it.

One place makes every control touch-sized and every scroll area finger-scrollable: the
application's style. Qt polishes each widget once before it is first shown (and again when
the style sheet changes), and calls :meth:`TouchStyle.polish` for it, whatever page or
dialog it is in, Qt's own dialogs included. Sizes set in code only ever make a control
larger than :func:`~smartklasse.ui.style.control_size`, or
:func:`~smartklasse.ui.style.pupil_size` in what is marked with
:func:`~smartklasse.ui.widgets.for_pupils`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QProxyStyle,
    QSlider,
    QTabBar,
    QTableView,
    QWidget,
)

from smartklasse.domain.colour import INK
from smartklasse.ui.style import (
    ACCENT,
    PAPER,
    PLACEHOLDER,
    control_size,
    current_factor,
    pupil_size,
)
from smartklasse.ui.widgets import is_for_pupils, kinetic

#: What a finger or a mouse operates; each is at least ``control_size`` in both directions.
INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QSlider,
    QTabBar,
)


class TouchStyle(QProxyStyle):
    """The platform's style with touch-sized controls and kinetic scrolling."""

    def polish(self, arg: object) -> None:
        """Size ``arg`` (a widget) for a finger; grab scroll areas for touch scrolling."""
        # One override for Qt's three polish() overloads (widget, application, palette).
        super().polish(arg)  # type: ignore[call-overload]
        if isinstance(arg, QWidget):
            fit_for_touch(arg)


def fit_for_touch(widget: QWidget) -> None:
    """Make ``widget`` at least touch-sized if it is a control, and touch-scrollable."""
    factor = current_factor()
    side = pupil_size(factor) if is_for_pupils(widget) else control_size(factor)
    if isinstance(widget, INTERACTIVE) and not _inside_spin_box(widget):
        own = _own_minimum(widget)
        _set_minimum(widget, QSize(max(own.width(), side), max(own.height(), side)))
    elif isinstance(widget, QMenuBar):
        own = _own_minimum(widget)
        _set_minimum(widget, QSize(own.width(), max(own.height(), side)))
    if isinstance(widget, QTableView):
        rows = widget.verticalHeader()
        rows.setMinimumSectionSize(side)
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), side))
    if isinstance(widget, QAbstractScrollArea):
        if isinstance(widget, QAbstractItemView):
            # Rows move by pixels under the finger, not in jumps of one row.
            widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            widget.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        kinetic(widget)


def _own_minimum(widget: QWidget) -> QSize:
    # The minimum the code set: what the widget has, unless it is what the style set last
    # (a smaller scale must be able to shrink a control back).
    applied, own = widget.property("_touch_applied"), widget.property("_touch_own")
    if isinstance(applied, QSize) and isinstance(own, QSize) and applied == widget.minimumSize():
        return own
    return widget.minimumSize()


def _set_minimum(widget: QWidget, size: QSize) -> None:
    widget.setProperty("_touch_own", _own_minimum(widget))
    widget.setMinimumSize(size)
    widget.setProperty("_touch_applied", size)


def _inside_spin_box(widget: QWidget) -> bool:
    # A spin box's own line edit is sized by the spin box.
    return isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox)


def light_palette() -> QPalette:
    """The app's own light palette, used whatever the system's colour scheme."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: PAPER,
        QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0eee9",
        QPalette.ColorRole.Text: INK,
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#dce8f8",
        QPalette.ColorRole.HighlightedText: "#0d47a1",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: INK,
        QPalette.ColorRole.PlaceholderText: PLACEHOLDER,
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.LinkVisited: "#0d47a1",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#f0eee9",
        QPalette.ColorRole.Mid: "#857d70",
        QPalette.ColorRole.Dark: "#5f6b78",
        QPalette.ColorRole.Shadow: INK,
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e6e6e"))
    return palette


def install(app: QApplication) -> None:
    """Give ``app`` the touch style and the light palette (once; later calls re-apply)."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Light)
    if app.property("smartklasse_touch_style") is not True:
        style = TouchStyle()
        app.setStyle(style)
        app.setProperty("smartklasse_touch_style", True)
    app.setPalette(light_palette())
