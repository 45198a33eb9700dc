"""Schema for the strengths feature: the strength of the week, and a covering log index.

Usage counts read a class's entries in a date range and then
``log_entry_strengths`` through its primary key (see
``strength_usage.query_plans``). With the entry id in the index the entries
themselves are never read: the big view's figures got about 7× faster on a
60,000-entry log (benchmarks/bench_strengths.py).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage.transactions import execute_script

strengths = Migrations("smartklasse.strengths")


@strengths()
def m001_strength_of_week(db: Database) -> None:
    """One pinned strength per class, and the class/date/id index for usage counts."""
    execute_script(
        db,
        """
        -- At most one strength of the week per class; unpinning deletes the row.
        CREATE TABLE strength_of_week (
            class_id TEXT PRIMARY KEY REFERENCES classes(id) ON DELETE CASCADE,
            strength_id TEXT NOT NULL REFERENCES strengths(id),
            pinned_at TEXT NOT NULL
        );
        CREATE INDEX idx_log_class_date_entry ON log_entries(class_id, entry_date, id);
        """,
    )
