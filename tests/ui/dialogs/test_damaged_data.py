"""At start, a missing, empty or WAL-only data file is told as damage and a backup offered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smartklasse.storage import backups, classes, log
from smartklasse.storage.database import open_database
from smartklasse.ui.dialogs.damaged_data import RecoveryBox, open_or_recover


def _data_with_backup(data_dir: Path) -> Path:
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    class_id = classes.create_class(db, "7B", ["Ola", "Kari"])
    log.add_entry(db, class_id, wheel_id=None, task_id=None, task_text="Hjelp en venn")
    backups.make_backup(db.conn, data_dir / "backups", "daily", dt.datetime(2026, 11, 25, 8))
    db.close()
    return path


@pytest.mark.parametrize("how", ["missing", "empty", "wal-only"])
def test_lost_data_file_offers_the_backup_and_keeps_everything(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    path = _data_with_backup(data_dir)
    wal = path.with_name(path.name + "-wal")
    path.unlink()
    if how == "empty":
        path.write_bytes(b"")
    if how == "wal-only":
        wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    shown: list[RecoveryBox] = []

    def choose_backup(box: RecoveryBox) -> int:
        shown.append(box)
        assert box.backup_button is not None
        box.backup_button.click()
        return 0

    monkeypatch.setattr(RecoveryBox, "exec", choose_backup)
    db = open_or_recover(path)
    assert db is not None
    (box,) = shown
    assert "mangler eller er tom" in box.text()
    assert "Ingenting er slettet" in box.text()
    assert "sikkerhetskopien" in box.informativeText()
    # The backup became the data: the class and its entry are back.
    assert db.execute("SELECT COUNT(*) FROM log_entries").fetchone()[0] == 1
    db.close()
    kept = sorted(p.name for p in data_dir.iterdir() if ".missing-" in p.name)
    if how == "wal-only":
        assert any(name.endswith("-wal") for name in kept)  # the orphan -wal is kept
    if how == "empty":
        assert any(not name.endswith(("-wal", "-shm")) for name in kept)
