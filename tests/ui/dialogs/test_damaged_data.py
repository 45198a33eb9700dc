"""At start, a missing, empty or WAL-only data file is told as damage and a backup offered."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartklasse.paths import ROOT_DIR
from smartklasse.settings import Settings
from smartklasse.storage import backups, classes, log
from smartklasse.storage.database import open_database
from smartklasse.ui.application import start
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


OPEN_AS_NOBODY = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from smartklasse.i18n import set_language
    from smartklasse.storage.database import StorageError, open_database
    from smartklasse.ui.dialogs.damaged_data import storage_error_message

    set_language("nb")
    # Loaded as root (Python lives in root's folder), then run as "nobody", whom the
    # folder's file modes stop (root is never stopped by them).
    os.setgid(65534)
    os.setuid(65534)
    try:
        open_database(Path(sys.argv[1]))
    except StorageError as error:
        print(type(error).__name__)
        print(storage_error_message(error))
    else:
        print("opened")
    """
)


@pytest.mark.skipif(os.geteuid() != 0, reason="runs the app's open as the user nobody")
def test_read_only_data_is_told_as_read_only_not_damaged(tmp_path: Path) -> None:
    base = Path(tempfile.mkdtemp(prefix="sk-ro-"))
    try:
        base.chmod(0o755)
        data_dir = base / "data"
        data_dir.mkdir(mode=0o755)
        path = _data_with_backup(data_dir)
        # Readable by everyone, writable by its owner (root) only: read-only for "nobody".
        data_dir.chmod(0o755)
        path.chmod(0o644)
        before = path.read_bytes()
        script = base / "open.py"
        script.write_text(OPEN_AS_NOBODY, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(ROOT_DIR))
        done = subprocess.run(
            [sys.executable, str(script), str(path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            cwd="/",
        )
        kind, _, message = done.stdout.partition("\n")
        assert kind == "ReadOnlyDatabaseError", done.stderr
        assert "skrivebeskyttet" in message and "skadet" not in message
        assert path.read_bytes() == before
        assert not list(data_dir.glob("*.read-only-*"))
    finally:
        shutil.rmtree(base)


def test_nearly_full_disk_is_told_at_start(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 30 KB left on the disk: the app opens, and says at once that saving may fail.
    _data_with_backup(data_dir)
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9, 30_000)
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start(app, data_dir, Settings())
    assert window is not None
    box = window.start_fault_box
    assert box is not None
    assert "nesten full" in box.text() and str(data_dir) in box.text()
    window.close()
    window.deleteLater()
