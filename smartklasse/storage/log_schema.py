"""Indexes for filtering and summing up the log (the Logg page and its reports)."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage.migrations import register

log_reports = register(Migrations("smartklasse.log_reports"))


@log_reports()
def m001_log_filter_indexes(db: Database) -> None:
    """Indexes the log filters and aggregates need (checked with EXPLAIN QUERY PLAN).

    - newest-first listing of a class, with ties broken by creation time and id
      (keyset paging walks this index backwards without a sort);
    - a wheel or a task within a class and period;
    - a pupil's entries and a strength's entries without visiting the table rows.
    """
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS idx_log_class_order
            ON log_entries(class_id, entry_date, created_at, id);
        CREATE INDEX IF NOT EXISTS idx_log_class_wheel
            ON log_entries(class_id, wheel_id, entry_date);
        CREATE INDEX IF NOT EXISTS idx_log_class_task
            ON log_entries(class_id, task_id, entry_date);
        CREATE INDEX IF NOT EXISTS idx_log_pupils_pupil_entry
            ON log_entry_pupils(pupil_id, entry_id);
        CREATE INDEX IF NOT EXISTS idx_log_strengths_strength_entry
            ON log_entry_strengths(strength_id, entry_id);
        """
    )
