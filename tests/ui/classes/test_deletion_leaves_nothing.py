"""After deleting a pupil or a class, no file in the data folder holds their name.

The scan is over every file under the data folder (the database, its -wal, every
backup, settings, anything a feature adds), so a new table that forgets its
cascade, or a new file that keeps names, makes this fail.
"""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.settings import Settings
from smartklasse.storage import backups, classes, log
from smartklasse.storage import star_walls as sw
from smartklasse.storage.deletion import PENDING_NAME
from smartklasse.storage.modes import HAS_MODES
from smartklasse.ui.classes.page import ClassPage
from smartklasse.ui.context import AppContext
from smartklasse.ui.dialogs.end_of_year import EndOfYearDialog

GONE = "Zyxwåvu Qplmkjø"
GONE_CLASS = "Klasse Ørnqvist"


def files_holding(data_dir: Path, text: str) -> list[str]:
    """Every file under ``data_dir`` whose bytes hold ``text`` (UTF-8 or UTF-16)."""
    needles = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return [
        str(path.relative_to(data_dir))
        for path in sorted(data_dir.rglob("*"))
        if path.is_file() and any(n in path.read_bytes() for n in needles)
    ]


@pytest.fixture
def context(db: Database, data_dir: Path) -> Iterator[AppContext]:
    class_id = classes.create_class(db, "7B", [GONE, "Kari Nordmann", "Aisha Ali"])
    pupils = {p.name: p.id for p in classes.list_pupils(db, class_id)}
    gone_id = pupils[GONE]
    # Entries about the pupil alone, shared ones, reflections naming them, a star wall.
    log.add_entry(
        db,
        class_id,
        wheel_id=None,
        task_id=None,
        task_text="Hjelp en venn",
        pupil_ids=[gone_id],
        reflection_me=f"{GONE} ble glad",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id=None,
        task_id=None,
        task_text="Samarbeid",
        pupil_ids=[gone_id, pupils["Kari Nordmann"]],
    )
    sw.create_wall(db, class_id, "Vi hjelper hverandre", ["omsorg"], 10)
    other_class = classes.create_class(db, GONE_CLASS, ["Per Ørnqvist"])
    log.add_entry(db, other_class, wheel_id=None, task_id=None, task_text="Mot", pupil_ids=[])
    # Backups of every kind over the weeks, all holding the pupil and the class.
    now = clock.now().replace(tzinfo=None)
    for days, kind in [(0, "daily"), (1, "daily"), (9, "migration"), (30, "restore")]:
        backups.make_backup(db.conn, data_dir / "backups", kind, now - dt.timedelta(days=days))
    # A copy moved aside at an earlier start (it was locked once, say) holds them too.
    backups.make_backup(db.conn, data_dir / "aside", "daily", now)
    aside = next((data_dir / "aside").iterdir())
    aside.rename(data_dir / "smartklasse.sqlite3.locked-20261101-080000")
    (data_dir / "aside").rmdir()
    assert files_holding(data_dir, GONE)
    ctx = AppContext(db, data_dir, Settings(active_class_id=class_id))
    yield ctx


def wait_for_purge(qtbot: QtBot, data_dir: Path) -> None:
    qtbot.waitUntil(lambda: not (data_dir / "backups" / PENDING_NAME).exists(), timeout=30_000)


def test_deleted_pupil_leaves_no_file_with_their_name(
    qtbot: QtBot,
    context: AppContext,
    db: Database,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = ClassPage(context)
    qtbot.addWidget(page)
    page.on_shown()
    gone_id = next(p.id for p in classes.list_pupils(db, context.active_class_id) if p.name == GONE)
    progress: list[tuple[int, int]] = []
    context.backup_purge_progress.connect(lambda done, total: progress.append((done, total)))
    monkeypatch.setattr(page, "selected_pupil_ids", lambda: [gone_id])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_pupils()
    # The live file is clean at once; the backups follow in the background.
    assert "smartklasse.sqlite3" not in files_holding(data_dir, GONE)
    wait_for_purge(qtbot, data_dir)
    assert files_holding(data_dir, GONE) == []
    assert progress[0] == (0, 5) and progress[-1] == (5, 5)
    # What was not deleted is still in the backups: they still restore the class.
    assert len(files_holding(data_dir, "Kari Nordmann")) == 6
    for backup in backups.list_backup_paths(data_dir / "backups"):
        info = backups.inspect_backup(backup)
        assert info.usable


def test_class_deleted_at_end_of_year_leaves_no_file_with_its_name(
    qtbot: QtBot, context: AppContext, db: Database, data_dir: Path
) -> None:
    other = next(c for c in classes.list_classes(db) if c.name == GONE_CLASS)
    dialog = EndOfYearDialog(context)
    qtbot.addWidget(dialog)
    dialog.class_combo.setCurrentIndex(dialog.class_combo.findData(other.id))
    dialog.delete_radio.setChecked(True)
    dialog.confirm_check.setChecked(True)
    dialog.carry_out()
    wait_for_purge(qtbot, data_dir)
    assert files_holding(data_dir, GONE_CLASS) == []
    assert files_holding(data_dir, "Per Ørnqvist") == []


@pytest.mark.skipif(not HAS_MODES, reason="no Unix file modes")
def test_data_folder_and_files_are_the_teachers_only(context: AppContext, data_dir: Path) -> None:
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "backups").stat().st_mode) == 0o700
    for path in [
        data_dir / "smartklasse.sqlite3",
        *backups.list_backup_paths(data_dir / "backups"),
    ]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
