"""At every start: unfinished backups are removed and old backups rotate out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.settings import Settings
from smartklasse.storage import backups, classes
from smartklasse.ui import application
from smartklasse.ui.application import schedule_daily_backup, start


def test_partials_removed_and_rotation_runs_though_no_backup_is_due(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    classes.create_class(db, "7B", ["Ola Nordmann"])
    folder = data_dir / "backups"
    today = clock.now().replace(tzinfo=None)
    # A backup was already taken today, so none is due; 30 older daily ones are there.
    backups.make_backup(db.conn, folder, backups.KIND_DAILY, today)
    for days in range(1, 200, 3):
        backups.make_backup(db.conn, folder, backups.KIND_DAILY, today - dt.timedelta(days=days))
    # A backup killed half-way left its copy (with the pupils in it) and its journal.
    partial = folder / (backups.backup_name(today, backups.KIND_DAILY, 9) + ".partial")
    partial.write_bytes(Path(str(data_dir / "smartklasse.sqlite3")).read_bytes())
    (folder / (partial.name + "-journal")).write_bytes(b"x")
    assert not backups.backup_due(folder)
    before = len(backups.list_backup_paths(folder))
    schedule_daily_backup(data_dir)
    QThreadPool.globalInstance().waitForDone(20_000)
    assert not list(folder.glob("*.partial*"))
    after = backups.list_backup_paths(folder)
    assert len(after) < before
    assert len(after) <= backups.KEEP_DAYS + backups.KEEP_WEEKS


def test_the_days_backup_is_taken_once_the_window_is_up(
    qtbot: QtBot, db: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It starts after the window, so copying a large file does not hold up the first paint.
    classes.create_class(db, "7B", ["Ola Nordmann"])
    db.close()
    monkeypatch.setattr(application, "BACKUP_DELAY_MS", 50)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start(app, data_dir, Settings())
    assert window is not None
    folder = data_dir / "backups"
    qtbot.waitUntil(lambda: not backups.backup_due(folder), timeout=10_000)
    QThreadPool.globalInstance().waitForDone(20_000)
    [info] = [backups.inspect_backup(p) for p in backups.list_backup_paths(folder)]
    assert info.kind == backups.KIND_DAILY and info.class_names == ("7B",)
    window.context.db.close()
    window.deleteLater()
