"""The command line and start: ``--version`` says what the teacher runs; the desktop entry."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

from smartklasse import APP_ID, __version__
from smartklasse.app import main, set_app_identity


def test_version_names_the_app_qt_pyside_sqlite_and_python(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"SMART klasse {__version__} (")
    assert f"Qt {qVersion()}" in line
    assert f"SQLite {sqlite3.sqlite_version}" in line
    assert "PySide6 6." in line
    assert "Python 3." in line


def test_windows_are_tied_to_the_desktop_entry() -> None:
    # Wayland's app id and the taskbar grouping come from it.
    set_app_identity()
    assert QGuiApplication.desktopFileName() == APP_ID
