"""A damaged data file is refused without being written to, moved aside, and a backup offered."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from smartklasse.storage import backups, classes, log
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import (
    DamagedDatabaseError,
    LockedDatabaseError,
    MissingDatabaseError,
    NewerDatabaseError,
    NotOurDatabaseError,
    StorageError,
    move_aside,
    open_database,
    replace_with_backup,
)


def _filled(path: Path, entries: int = 200) -> None:
    """A real database with a class and enough entries to span many pages."""
    db = open_database(path)
    seed_catalogues(db)
    class_id = classes.create_class(db, "7B", [f"Elev {i}" for i in range(25)])
    for i in range(entries):
        log.add_entry(db, class_id, wheel_id=None, task_id=None, task_text=f"oppgave {i} " * 10)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, error: type[StorageError]) -> StorageError:
    before = _digest(path)
    with pytest.raises(error) as info:
        open_database(path, lock_timeout=0.2)
    # The refused file is byte for byte what it was, and nothing was logged to write into it.
    assert _digest(path) == before
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return info.value


def test_truncated_file_is_refused_unchanged(data_dir: Path) -> None:
    # A copy cut short (full disk, broken USB stick) is reported as damaged, never "repaired".
    path = data_dir / "smartklasse.sqlite3"
    _filled(path)
    data = path.read_bytes()
    for cut in (len(data) // 2, 4096 * 3, len(data) - 4096):
        path.write_bytes(data[:cut])
        _refused(path, DamagedDatabaseError)


def test_random_garbage_is_refused(data_dir: Path) -> None:
    # Random bytes where the data file should be.
    path = data_dir / "smartklasse.sqlite3"
    path.write_bytes(os.urandom(50_000))
    _refused(path, DamagedDatabaseError)


def test_scrambled_middle_is_refused(data_dir: Path) -> None:
    # A real database with garbage written over its middle pages.
    path = data_dir / "smartklasse.sqlite3"
    _filled(path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = os.urandom(8192)
    path.write_bytes(bytes(data))
    _refused(path, DamagedDatabaseError)


def test_text_file_is_refused(data_dir: Path) -> None:
    # Someone saved a text document under the data file's name.
    path = data_dir / "smartklasse.sqlite3"
    path.write_text("Elevliste 7B\nOla\nKari\n" * 100, encoding="utf-8")
    _refused(path, DamagedDatabaseError)


def test_zero_filled_file_is_refused(data_dir: Path) -> None:
    # A file of zeros (what some file systems leave after a power cut).
    path = data_dir / "smartklasse.sqlite3"
    path.write_bytes(bytes(64 * 1024))
    _refused(path, DamagedDatabaseError)


def test_other_programs_database_is_refused(data_dir: Path) -> None:
    # A valid SQLite file that belongs to another program is not ours to migrate.
    path = data_dir / "smartklasse.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    _refused(path, NotOurDatabaseError)


def test_newer_version_is_refused(data_dir: Path) -> None:
    # A file with a migration this version does not know came from a newer app.
    path = data_dir / "smartklasse.sqlite3"
    _filled(path, entries=3)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('smartklasse.core', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    error = _refused(path, NewerDatabaseError)
    assert isinstance(error, NewerDatabaseError)
    assert error.unknown == ["smartklasse.core/m999_from_the_future"]


@pytest.fixture
def exclusive_holder(data_dir: Path) -> Iterator[Path]:
    """Another program holding an exclusive transaction on our file."""
    path = data_dir / "smartklasse.sqlite3"
    _filled(path, entries=3)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield path
    other.execute("ROLLBACK")
    other.close()


def test_locked_database_is_reported_as_locked(exclusive_holder: Path) -> None:
    # While another program holds the write lock, opening says "in use", not "damaged".
    with pytest.raises(LockedDatabaseError):
        open_database(exclusive_holder, lock_timeout=0.2)


def test_locked_database_opens_once_released(data_dir: Path) -> None:
    # When the other program lets go, "Try again" works and the data is all there.
    path = data_dir / "smartklasse.sqlite3"
    _filled(path, entries=3)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(LockedDatabaseError):
        open_database(path, lock_timeout=0.2)
    other.execute("ROLLBACK")
    other.close()
    db = open_database(path)
    assert db.execute("SELECT COUNT(*) FROM log_entries").fetchone()[0] == 3
    db.close()


def test_damaged_file_moved_aside_and_newest_good_backup_restored(data_dir: Path) -> None:
    # The recovery path: the damaged file keeps its bytes under a timestamped name,
    # a damaged newer backup is skipped, and the newest good backup becomes the data.
    import datetime as dt

    path = data_dir / "smartklasse.sqlite3"
    _filled(path, entries=7)
    db = open_database(path)
    backups_dir = data_dir / "backups"
    good = backups.make_backup(db.conn, backups_dir, "daily", dt.datetime(2026, 11, 25, 8, 0))
    db.close()
    broken = backups_dir / backups.backup_name(dt.datetime(2026, 11, 26, 8, 0), "daily")
    broken.write_bytes(b"not a database" * 100)
    path.write_bytes(os.urandom(20_000))
    garbage = _digest(path)
    (data_dir / "smartklasse.sqlite3-wal").write_bytes(b"stale wal")

    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    moved = move_aside(path, "damaged", dt.datetime(2026, 11, 26, 10, 15))
    assert moved.name == "smartklasse.sqlite3.damaged-20261126-101500"
    assert _digest(moved) == garbage
    assert (data_dir / "smartklasse.sqlite3.damaged-20261126-101500-wal").exists()
    assert not (data_dir / "smartklasse.sqlite3-wal").exists()

    newest = backups.newest_usable_backup(backups_dir)
    assert newest is not None and newest.path == good
    restored: Database = replace_with_backup(path, newest.path)
    assert restored.execute("SELECT COUNT(*) FROM log_entries").fetchone()[0] == 7
    assert restored.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    restored.close()


def _with_backup(data_dir: Path, entries: int = 5) -> Path:
    """A real data file with ``entries`` entries and one good backup of it; the backup's path."""
    import datetime as dt

    path = data_dir / "smartklasse.sqlite3"
    _filled(path, entries=entries)
    db = open_database(path)
    made = backups.make_backup(db.conn, data_dir / "backups", "daily", dt.datetime(2026, 11, 25))
    db.close()
    return made


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_missing_or_empty_file_with_backups_is_damage_not_a_first_start(
    data_dir: Path, how: str
) -> None:
    # The data file is gone (or 0 bytes) but there are backups: no empty file is made in
    # its place (which later start-up backups would copy over the good ones).
    backup = _with_backup(data_dir)
    before = _digest(backup)
    path = data_dir / "smartklasse.sqlite3"
    path.unlink()
    if how == "empty":
        path.write_bytes(b"")
    with pytest.raises(MissingDatabaseError):
        open_database(path)
    assert path.exists() == (how == "empty")
    assert not path.exists() or path.stat().st_size == 0
    assert _digest(backup) == before
    newest = backups.newest_usable_backup(data_dir / "backups")
    assert newest is not None and newest.path == backup


def test_wal_only_file_keeps_its_wal(data_dir: Path) -> None:
    # Only the -wal is left (the main file was deleted by a cleaner): it holds the newest
    # entries, so SQLite is not let near it; moving aside keeps it under the new name.
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    class_id = classes.create_class(db, "7B", ["Ola"])
    log.add_entry(db, class_id, wheel_id=None, task_id=None, task_text="Nyeste")
    wal = path.with_name(path.name + "-wal")
    wal_bytes = wal.read_bytes()
    assert wal_bytes
    db.close()
    path.unlink()
    wal.write_bytes(wal_bytes)
    with pytest.raises(MissingDatabaseError):
        open_database(path)
    assert wal.read_bytes() == wal_bytes
    assert not path.exists()
    moved = move_aside(path, MissingDatabaseError.reason)
    assert moved.with_name(moved.name + "-wal").read_bytes() == wal_bytes
    assert not wal.exists()
    # The teacher chose to start with no data: now (and only now) a new file is made.
    fresh = open_database(path, fresh=True)
    assert fresh.execute("SELECT COUNT(*) FROM classes").fetchone()[0] == 0
    fresh.close()


def test_first_start_still_makes_a_new_file(data_dir: Path) -> None:
    db = open_database(data_dir / "smartklasse.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM classes").fetchone()[0] == 0
    db.close()


def test_foreign_file_with_a_classes_table_is_refused_untouched(data_dir: Path) -> None:
    # Another school program's SQLite file happens to have a "classes" table.
    path = data_dir / "smartklasse.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE classes (id INTEGER PRIMARY KEY, title TEXT, room TEXT)")
    conn.execute("CREATE TABLE teachers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO classes (title, room) VALUES ('7B', 'A2')")
    conn.commit()
    conn.close()
    _refused(path, NotOurDatabaseError)
    assert not path.with_name(path.name + "-shm").exists()


def test_our_id_with_a_table_missing_its_columns_is_refused(data_dir: Path) -> None:
    # A file that claims to be ours with every migration applied, but whose pupils table
    # lost a column (hand-edited), is refused before anything is written.
    path = data_dir / "smartklasse.sqlite3"
    _filled(path, entries=1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("ALTER TABLE pupils DROP COLUMN archived_at")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    error = _refused(path, NotOurDatabaseError)
    assert "pupils" in str(error)
