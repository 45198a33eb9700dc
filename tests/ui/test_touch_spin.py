"""Spin boxes (goal, stars per day, retention) can be changed with a finger."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from smartklasse.settings import Settings
from smartklasse.ui.dialogs.settings import SettingsDialog


def test_retention_has_big_minus_and_plus_buttons(qtbot: QtBot) -> None:
    # On a touch board the teacher taps + and −; each is at least 44 px and stops at the ends.
    dialog = SettingsDialog(Settings(), None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.findChild(QSpinBox, "retention_spin")
    row = dialog.findChild(QWidget, "retention_spin_row")
    assert spin is not None and row is not None
    less = row.findChild(QPushButton, "retention_spin_less")
    more = row.findChild(QPushButton, "retention_spin_more")
    assert less is not None and more is not None
    for button in (less, more):
        assert button.isVisible()
        assert button.width() >= 44 and button.height() >= 44
    assert spin.value() == 0
    assert not less.isEnabled()
    more.click()
    more.click()
    assert spin.value() == 2
    assert less.isEnabled()
    less.click()
    assert spin.value() == 1
    assert less.accessibleName().startswith("Færre")
