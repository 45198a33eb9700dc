"""Deleting, the one way: for good, as data protection law expects.

Pupils, classes and old log entries are deleted here and nowhere else, and a
deletion is final: nothing keeps the deleted rows for an undo.
``PRAGMA secure_delete`` (set on every connection) zeroes the deleted rows;
:func:`purge_deleted_data` then empties the write-ahead log and rebuilds the
file, so the deleted bytes are gone from the live database. Backups keep them
until they rotate out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.storage.transactions import write_transaction


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
    marks = ", ".join("?" * len(ids))
    with write_transaction(db):
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
    purge_deleted_data(db)
    return removed


def delete_class_for_good(db: Database, class_id: str) -> None:
    """Delete a class with its pupils, log, periods and star walls, then purge the file."""
    with write_transaction(db):
        # Cascades (and the fair-picks trigger) reach every table that belongs to a class.
        db.execute("DELETE FROM classes WHERE id = ?", [class_id])
    purge_deleted_data(db)


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
