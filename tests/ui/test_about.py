"""The About box names the versions underneath the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from smartklasse import __version__
from smartklasse.settings import Settings
from smartklasse.ui import application


def test_about_shows_app_qt_pyside_sqlite_and_python_versions(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = application.start(app, data_dir, Settings())
    assert window is not None
    qtbot.addWidget(window)
    shown: list[str] = []

    def about(parent: QWidget, title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "about", about)
    window.about_action.trigger()
    (text,) = shown
    assert f"SMART klasse {__version__}" in text
    assert f"Qt {qVersion()}" in text
    assert f"SQLite {sqlite3.sqlite_version}" in text
    assert "PySide6 6." in text
    assert "Python 3." in text
