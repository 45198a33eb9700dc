"""Schema for the strengths feature: the strength of the week.

Usage counts need no new index: they start from ``idx_log_class_date`` and
read ``log_entry_strengths`` through its primary key (see
``strength_usage.query_plans``).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage.migrations import register

strengths = register(Migrations("smartklasse.strengths"))


@strengths()
def m001_strength_of_week(db: Database) -> None:
    """One pinned strength per class."""
    db.executescript(
        """
        -- At most one strength of the week per class; unpinning deletes the row.
        CREATE TABLE strength_of_week (
            class_id TEXT PRIMARY KEY REFERENCES classes(id) ON DELETE CASCADE,
            strength_id TEXT NOT NULL REFERENCES strengths(id),
            pinned_at TEXT NOT NULL
        );
        """
    )
