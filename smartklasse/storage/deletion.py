"""Deleting, the one way: for good, as data protection law expects.

Pupils, classes and old log entries are deleted here and nowhere else, and a
deletion is final: nothing keeps the deleted rows for an undo.
``PRAGMA secure_delete`` (set on every connection) zeroes the deleted rows;
:func:`purge_deleted_data` then empties the write-ahead log and rebuilds the
file, so the deleted bytes are gone from the live database. Each deletion is
also written down as pending for the backups (:func:`pending_backup_purges`);
:func:`purge_backup` removes it from one backup at a time (the UI runs it in
the background with progress, and again at the next start if it was stopped).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.paths import BACKUPS_DIR_NAME
from smartklasse.storage.backups import list_backup_paths
from smartklasse.storage.own_connection import database_path
from smartklasse.storage.transactions import write_transaction

#: In the backups folder: what is deleted but may still be in backups.
PENDING_NAME = "pending-deletions.json"


@dataclass
class PendingPurge:
    """Pupils and classes deleted for good that backups may still hold."""

    pupil_ids: list[str] = field(default_factory=list)
    class_ids: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.pupil_ids or self.class_ids)


def _backups_dir(db: Database) -> Path | None:
    path = database_path(db)
    return Path(path).parent / BACKUPS_DIR_NAME if path else None


def pending_backup_purges(backups_dir: Path) -> PendingPurge:
    """What is still to be removed from the backups (empty when nothing is)."""
    try:
        data = json.loads((backups_dir / PENDING_NAME).read_text(encoding="utf-8"))
        return PendingPurge(
            [str(i) for i in data.get("pupil_ids", [])],
            [str(i) for i in data.get("class_ids", [])],
        )
    except (OSError, ValueError, AttributeError):
        return PendingPurge()


def _write_pending(backups_dir: Path, pending: PendingPurge) -> None:
    target = backups_dir / PENDING_NAME
    if not pending:
        target.unlink(missing_ok=True)
        return
    backups_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=backups_dir, prefix=".pending-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"pupil_ids": pending.pupil_ids, "class_ids": pending.class_ids}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _note_pending(
    db: Database, pupil_ids: Sequence[str] = (), class_ids: Sequence[str] = ()
) -> None:
    backups_dir = _backups_dir(db)
    if backups_dir is None or not backups_dir.is_dir():
        return
    pending = pending_backup_purges(backups_dir)
    pending.pupil_ids = list(dict.fromkeys([*pending.pupil_ids, *pupil_ids]))
    pending.class_ids = list(dict.fromkeys([*pending.class_ids, *class_ids]))
    _write_pending(backups_dir, pending)


def _delete_rows(db: Database, pupil_ids: Sequence[str], class_ids: Sequence[str]) -> int:
    """The deletion itself, in the caller's transaction; returns the entries deleted."""
    removed = 0
    ids = list(dict.fromkeys(pupil_ids))
    if ids:
        marks = ", ".join("?" * len(ids))
        # Entries logged for named pupils only (not the whole class) that would be left
        # with nobody once these pupils go: they are about them alone, so they go too.
        cursor = db.execute(
            "DELETE FROM log_entries WHERE whole_class = 0 "
            f"AND id IN (SELECT entry_id FROM log_entry_pupils WHERE pupil_id IN ({marks})) "
            "AND NOT EXISTS (SELECT 1 FROM log_entry_pupils other "
            f"WHERE other.entry_id = log_entries.id AND other.pupil_id NOT IN ({marks}))",
            [*ids, *ids],
        )
        removed = max(cursor.rowcount, 0)
        # ON DELETE CASCADE removes the pupils' remaining links.
        db.execute(f"DELETE FROM pupils WHERE id IN ({marks})", ids)
    for class_id in dict.fromkeys(class_ids):
        # Cascades (and the fair-picks trigger) reach every table that belongs to a class.
        db.execute("DELETE FROM classes WHERE id = ?", [class_id])
    return removed


def delete_pupils_for_good(db: Database, pupil_ids: Sequence[str]) -> int:
    """Delete pupils and every row about them, then purge the file; return entries deleted.

    Goes: the pupils, their links to log entries, and the entries (with their
    reflections and strengths) that were logged for these pupils alone. Entries
    shared with other pupils keep the others; whole-class entries stay. Their
    recognitions, strength cards and weeks as pupil of the week go with them (ON
    DELETE CASCADE in the recognition tables). One transaction, then
    :func:`purge_deleted_data`.
    """
    ids = list(dict.fromkeys(pupil_ids))
    if not ids:
        return 0
    with write_transaction(db):
        removed = _delete_rows(db, ids, ())
    purge_deleted_data(db)
    _note_pending(db, pupil_ids=ids)
    return removed


def delete_class_for_good(db: Database, class_id: str) -> None:
    """Delete a class with its pupils, log, periods and star walls, then purge the file."""
    with write_transaction(db):
        _delete_rows(db, (), [class_id])
    purge_deleted_data(db)
    _note_pending(db, class_ids=[class_id])


def purge_backup(path: Path, pending: PendingPurge) -> None:
    """Remove what ``pending`` names from one backup file, leaving nothing of it in the file.

    A file that cannot be opened as a database is left alone (it holds nothing readable).
    """
    try:
        conn = sqlite3.connect(str(path), timeout=10.0)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError:
            return
        if not {"pupils", "classes", "log_entries", "log_entry_pupils"} <= tables:
            return
        db = Database(conn, execute_plugins=False)
        with write_transaction(db):
            _delete_rows(db, pending.pupil_ids, pending.class_ids)
        conn.execute("VACUUM")
    finally:
        conn.close()


def files_to_purge(data_dir: Path, database_name: str) -> list[Path]:
    """Every copy of the data that may hold deleted rows: the backups, and the files moved
    aside at start (``smartklasse.sqlite3.damaged-…``, which may still open)."""
    aside = [
        path
        for path in sorted(data_dir.glob(f"{database_name}.*"))
        if path.is_file() and not path.name.endswith(("-wal", "-shm", "-journal"))
    ]
    return [*list_backup_paths(data_dir / BACKUPS_DIR_NAME), *aside]


def finish_backup_purges(backups_dir: Path, done: PendingPurge) -> None:
    """Every backup has been purged of ``done``: strike it from the pending list."""
    pending = pending_backup_purges(backups_dir)
    pending.pupil_ids = [i for i in pending.pupil_ids if i not in done.pupil_ids]
    pending.class_ids = [i for i in pending.class_ids if i not in done.class_ids]
    _write_pending(backups_dir, pending)


def delete_entries_older_than(db: Database, months: int, today: dt.date | None = None) -> int:
    """Delete log entries dated more than ``months`` months before ``today``; return how many.

    ``months`` <= 0 means keep everything (the default retention setting).
    """
    if months <= 0:
        return 0
    today = today or clock.today()
    year, month = today.year, today.month - months
    while month <= 0:
        month += 12
        year -= 1
    # The same day of the month, clamped to the month's length (31 March - 1 month = 28/29 Feb).
    day = today.day
    while True:
        try:
            cutoff = dt.date(year, month, day)
            break
        except ValueError:
            day -= 1
    with write_transaction(db):
        cursor = db.execute("DELETE FROM log_entries WHERE entry_date < ?", [cutoff.isoformat()])
    removed = max(cursor.rowcount, 0)
    if removed:
        purge_deleted_data(db)
    return removed


def purge_deleted_data(db: Database) -> None:
    """Make deleted data leave the live file: checkpoint, rebuild, and empty the WAL.

    The deletions above call it themselves. It rewrites the file, so it must
    not run inside a transaction.
    """
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
