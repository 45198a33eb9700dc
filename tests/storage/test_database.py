"""Opening the database: WAL, migrations (fresh and upgrade), refusing newer or foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage import classes, database, migrations
from smartklasse.storage.database import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotOurDatabaseError,
    open_database,
)


def test_fresh_database_is_migrated_in_wal_with_foreign_keys(data_dir: Path) -> None:
    # A first start creates every table, in WAL mode, with foreign keys enforced.
    db = open_database(data_dir / "smartklasse.sqlite3")
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"classes", "pupils", "log_entries", "stars"} <= set(db.table_names())
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.table("pupils").insert(
            {
                "id": "p",
                "class_id": "missing",
                "name": "X",
                "position": 0,
                "created_at": "2025-01-01",
            }
        )
    db.close()


def test_a_new_file_is_built_beside_and_saved_with_full_sync(data_dir: Path) -> None:
    # A copy left half-built by a crash is built again; the finished file is in place, alone.
    path = data_dir / "smartklasse.sqlite3"
    partial = data_dir / "smartklasse.sqlite3.new"
    partial.write_bytes(b"half a database")
    db = open_database(path)
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again for the app's saves
    assert db.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    db.close()
    assert sorted(p.name for p in data_dir.iterdir()) == ["smartklasse.sqlite3"]
    db = open_database(path)
    assert migrations.unknown_migrations(db.conn) == [] and classes.list_classes(db) == []
    db.close()


def test_every_migration_set_is_applied_core_first(data_dir: Path) -> None:
    # A new file gets every set in the list, in the list's order, core before the features.
    db = open_database(data_dir / "smartklasse.sqlite3")
    applied = [r["migration_set"] for r in db.query("SELECT * FROM _sqlite_migrations ORDER BY id")]
    db.close()
    assert list(dict.fromkeys(applied)) == [s.name for s in migrations.MIGRATION_SETS]
    assert applied[0] == "smartklasse.core"


def test_a_failing_migration_leaves_the_file_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # All pending migrations are one transaction: when one fails, the ones before it are undone.
    path = data_dir / "smartklasse.sqlite3"
    open_database(path).close()
    upgrade = Migrations("smartklasse.test-failing")

    @upgrade()
    def m001_fine(db: Database) -> None:
        db.execute("ALTER TABLE classes ADD COLUMN colour TEXT")

    @upgrade()
    def m002_broken(db: Database) -> None:
        db.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(migrations, "MIGRATION_SETS", (*migrations.MIGRATION_SETS, upgrade))
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    monkeypatch.undo()
    db = open_database(path)
    assert "colour" not in db.table("classes").columns_dict
    assert migrations.unknown_migrations(db.conn) == []
    db.close()


def test_reopening_keeps_data(data_dir: Path) -> None:
    # Closing and reopening the app keeps the classes and pupils.
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    class_id = classes.create_class(db, "7B", ["Åse", "Ørjan"])
    db.close()
    db = open_database(path)
    assert [p.name for p in classes.list_pupils(db, class_id)] == ["Åse", "Ørjan"]
    db.close()


def test_upgrade_runs_new_migration_after_backing_up(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An older database gets the new migration, and a copy is kept from before it ran.
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    classes.create_class(db, "7B", ["Kari"])
    db.close()

    upgrade = Migrations("smartklasse.test-upgrade")

    @upgrade()
    def m001_add_column(db: Database) -> None:
        db.execute("ALTER TABLE classes ADD COLUMN colour TEXT")

    monkeypatch.setattr(migrations, "MIGRATION_SETS", (*migrations.MIGRATION_SETS, upgrade))
    db = open_database(path)
    assert "colour" in db["classes"].columns_dict
    db.close()
    backups = list((data_dir / "backups").glob("*-migration.sqlite3"))
    assert len(backups) == 1
    old = Database(backups[0])
    assert "colour" not in old["classes"].columns_dict
    assert old["pupils"].count == 1
    old.close()


def test_newer_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    # A file written by a newer version (a migration we do not know) is not opened or changed.
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    db.table("_sqlite_migrations").insert(
        {"migration_set": "smartklasse.core", "name": "m999_future", "applied_at": "2030"}
    )
    db.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(path)
    assert "m999_future" in str(info.value)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(data_dir: Path) -> None:
    # Pointing the app at somebody else's SQLite file does not turn it into ours.
    path = data_dir / "smartklasse.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(NotOurDatabaseError):
        open_database(path)
    assert Database(path).table_names() == ["recipes"]


def test_garbage_file_is_reported_as_damaged(data_dir: Path) -> None:
    # A file of garbage is reported as damaged, and its bytes stay as they were.
    path = data_dir / "smartklasse.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert path.read_bytes() == b"this is not a database at all" * 100


def test_truncated_large_file_is_caught_without_reading_it_whole(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A school PC's big database is not read whole at start, yet a truncated copy of it
    # is still refused (its header says how long it must be) and left as it is.
    from smartklasse.storage import database

    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    class_id = classes.create_class(db, "7B")
    classes.add_pupils(db, class_id, [f"Elev {i} " + "x" * 60 for i in range(400)])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)
    open_database(path).close()  # whole and large: opens
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert path.read_bytes() == data[: len(data) // 2]


def test_a_checked_schema_is_not_rebuilt_at_each_start(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Building the reference schema costs a start-up; once a file's schema has been checked
    # by this version, the next start of the same file skips it.
    path = data_dir / "smartklasse.sqlite3"
    open_database(path).close()
    open_database(path).close()  # an existing file: checked in full, then remembered

    def no_reference(sets: object) -> None:
        raise AssertionError("the reference schema was built again")

    monkeypatch.setattr(database, "_reference_schema", no_reference)
    db = open_database(path)
    assert classes.list_classes(db) == []
    db.close()


def test_an_up_to_date_file_opens_without_a_write_transaction(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The usual start: every migration recorded and the schema as this version left it.
    path = data_dir / "smartklasse.sqlite3"
    open_database(path).close()

    def no_write(db: object) -> None:
        raise AssertionError("a write transaction was started")

    monkeypatch.setattr(database, "write_transaction", no_write)
    db = open_database(path)
    assert classes.list_classes(db) == []
    db.close()


def test_a_file_changed_by_hand_after_its_check_is_checked_again(data_dir: Path) -> None:
    # The remembered check covers only the schema it saw: a dropped column is still refused.
    path = data_dir / "smartklasse.sqlite3"
    open_database(path).close()
    open_database(path).close()
    conn = sqlite3.connect(path)
    before = conn.execute("PRAGMA user_version").fetchone()[0]
    assert before == database.schema_fingerprint(conn)
    conn.execute("ALTER TABLE classes DROP COLUMN archived_at")
    conn.commit()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == before
    conn.close()
    with pytest.raises(NotOurDatabaseError, match="classes"):
        open_database(path)
