"""Spin boxes a finger can use: big − and + buttons beside the number."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from smartklasse.i18n import _
from smartklasse.ui.style import scaled

#: Width and height of the − and + buttons (a fingertip on a board; at least 44 px).
STEP_BUTTON = 48


def with_step_buttons(spin: QSpinBox) -> QWidget:
    """Put ``spin`` between a − and a + button and return the row to lay out instead of it.

    The styled spin box has no arrows a finger can hit, so the buttons do the stepping;
    each is greyed out at its end of the range. ``spin`` keeps its value, range and signals.
    """
    row = QWidget(spin.parentWidget())
    row.setObjectName(f"{spin.objectName()}_row")
    spin.setParent(row)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    name = spin.accessibleName() or spin.objectName()
    less = _step_button("−", f"{spin.objectName()}_less", _("Less: {name}").format(name=name), row)
    more = _step_button("+", f"{spin.objectName()}_more", _("More: {name}").format(name=name), row)
    less.clicked.connect(spin.stepDown)
    more.clicked.connect(spin.stepUp)

    def update() -> None:
        less.setEnabled(spin.isEnabled() and spin.value() > spin.minimum())
        more.setEnabled(spin.isEnabled() and spin.value() < spin.maximum())

    spin.valueChanged.connect(lambda _v: update())
    update()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(less)
    layout.addWidget(spin, 1)
    layout.addWidget(more)
    return row


def _step_button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    button.setAutoRepeat(True)
    button.setAutoDefault(False)
    side = max(STEP_BUTTON, scaled(STEP_BUTTON))
    button.setMinimumSize(side, side)
    return button
