"""Open the app's database: WAL, foreign keys, migrations, and the refusal of newer files.

This is the one place that opens the SQLite file. Callers get a
:class:`sqlite_utils.Database` that is ready to use.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.paths import BACKUPS_DIR_NAME
from smartklasse.storage import migrations as migration_registry

#: Marks a SQLite file as ours (``PRAGMA application_id``), the bytes "SMKL".
APPLICATION_ID = 0x534D4B4C


class StorageError(Exception):
    """The database cannot be used; ``str(error)`` is for the log, the UI words it itself."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class NewerDatabaseError(StorageError):
    """The file was written by a newer version of the app; it is left untouched."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        super().__init__(path, "unknown migrations: " + ", ".join(unknown))
        self.unknown = unknown


class NotOurDatabaseError(StorageError):
    """The file is a SQLite database, but not one of ours."""


class DamagedDatabaseError(StorageError):
    """The file is not a readable SQLite database (truncated, garbage, encrypted...)."""


class LockedDatabaseError(StorageError):
    """Another program holds a lock on the database."""


def configure_connection(db: Database) -> None:
    """Apply the pragmas every connection to our database needs."""
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    # FULL makes a confirmed transaction survive a power cut, also in WAL mode.
    db.execute("PRAGMA synchronous = FULL")


def _applied_names(db: Database) -> set[tuple[str, str]]:
    if "_sqlite_migrations" not in db.table_names():
        return set()
    return {
        (row["migration_set"], row["name"])
        for row in db.query("SELECT migration_set, name FROM _sqlite_migrations")
    }


def _known_names(sets: list[Migrations]) -> set[tuple[str, str]]:
    return {(s.name, m.name) for s in sets for m in s._migrations}


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy of ``db`` to ``target`` with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def _check_readable(db: Database, path: Path) -> None:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = db.table_names()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LockedDatabaseError(path, str(exc)) from exc
        raise DamagedDatabaseError(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, str(exc)) from exc
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and "classes" not in tables):
        raise NotOurDatabaseError(path, f"application_id={app_id:#x}")


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises a :class:`StorageError` subclass when the file cannot be used; in
    that case the file has not been written to.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    try:
        # No sqlite-utils plugins: scanning every installed package for them costs
        # ~10 ms at each start, and no third-party code should touch our connection.
        db = Database(sqlite3.connect(str(path), timeout=5.0), execute_plugins=False)
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, str(exc)) from exc
    try:
        if existed:
            _check_readable(db, path)
        sets = migration_registry.all_sets()
        unknown = sorted(f"{s}/{n}" for (s, n) in _applied_names(db) - _known_names(sets))
        if unknown:
            raise NewerDatabaseError(path, unknown)
        configure_connection(db)
        pending = any(s.pending(db) for s in sets)
        if existed and pending and _applied_names(db):
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_to(db, path.parent / BACKUPS_DIR_NAME / f"before-migration-{stamp}.sqlite3")
        try:
            if db.journal_mode != "wal":
                db.enable_wal()
            if not existed:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for migration_set in sets:
                migration_set.apply(db)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise LockedDatabaseError(path, str(exc)) from exc
            raise
    except BaseException:
        db.close()
        raise
    return db
