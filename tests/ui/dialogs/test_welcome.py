"""The welcome dialog can be filled in with the keyboard alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.settings import Settings
from smartklasse.ui.context import AppContext
from smartklasse.ui.dialogs.welcome import WelcomeDialog


def test_tab_leaves_the_names_field_instead_of_typing_a_tab(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    dialog = WelcomeDialog(AppContext(db, data_dir, Settings()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.names_edit.setFocus()
    qtbot.keyClicks(dialog.names_edit, "Åse Lærum")
    qtbot.keyClick(dialog.names_edit, Qt.Key.Key_Tab)
    assert dialog.names_edit.toPlainText() == "Åse Lærum"
    assert QApplication.focusWidget() is not dialog.names_edit
