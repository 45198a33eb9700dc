"""Deleting for good, as data protection law expects: pupils, classes, old log entries.

Unlike the undoable deletions in :mod:`classes` and :mod:`log`, these are
final. ``PRAGMA secure_delete`` (set on every connection) zeroes the deleted
rows; :func:`purge_deleted_data` then empties the write-ahead log and
rebuilds the file, so the deleted bytes are gone from the live database.
Backups keep them until they rotate out.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from smartklasse.domain import clock


def _orphan_entries_sql(pupil_clause: str) -> str:
    # Entries logged for named pupils only (not the whole class) that would be left
    # with nobody once the pupils go: they are about those pupils alone, so they go too.
    return (
        "DELETE FROM log_entries WHERE whole_class = 0 "
        "AND id IN (SELECT entry_id FROM log_entry_pupils WHERE " + pupil_clause + ") "
        "AND NOT EXISTS (SELECT 1 FROM log_entry_pupils other "
        "WHERE other.entry_id = log_entries.id AND NOT ("
        + pupil_clause.replace("pupil_id", "other.pupil_id")
        + "))"
    )


def delete_pupil_for_good(db: Database, pupil_id: str) -> int:
    """Delete a pupil, their links to log entries, and entries that were theirs alone.

    Entries shared with other pupils keep the others; whole-class entries stay.
    Returns how many log entries were deleted entirely. One transaction.
    """
    with db.atomic():
        cursor = db.execute(_orphan_entries_sql("pupil_id = ?"), [pupil_id, pupil_id])
        removed = max(cursor.rowcount, 0)
        # ON DELETE CASCADE removes the pupil's remaining links.
        db.execute("DELETE FROM pupils WHERE id = ?", [pupil_id])
    return removed


def delete_class_for_good(db: Database, class_id: str) -> None:
    """Delete a class with its pupils, log, periods and star walls, in one transaction."""
    with db.atomic():
        # Cascades reach every table that belongs to a class.
        db.execute("DELETE FROM classes WHERE id = ?", [class_id])


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
    with db.atomic():
        cursor = db.execute("DELETE FROM log_entries WHERE entry_date < ?", [cutoff.isoformat()])
    return max(cursor.rowcount, 0)


def purge_deleted_data(db: Database) -> None:
    """Make deleted data leave the live file: checkpoint, rebuild, and empty the WAL.

    Slow on a big file (it rewrites it), so call it after a big deletion,
    not after every small one.
    """
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
