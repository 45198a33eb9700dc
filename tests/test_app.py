"""The command line: ``--version`` says what the teacher runs."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import qVersion

from smartklasse import __version__
from smartklasse.app import main


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
