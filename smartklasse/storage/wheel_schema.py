"""Schema additions for the wheel: which tasks were picked in the current fair round."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage.transactions import execute_script

wheel = Migrations("smartklasse.wheel")


@wheel()
def m001_fair_picks(db: Database) -> None:
    """Remember picked tasks per class and wheel, so fairness survives a restart.

    ``class_id`` is '' when spinning without any class; no foreign key for that reason,
    but rows of a deleted class are removed by the trigger.
    """
    execute_script(
        db,
        """
        CREATE TABLE wheel_fair_picks (
            class_id TEXT NOT NULL,
            wheel_id TEXT NOT NULL,
            task_id TEXT NOT NULL,
            picked_at TEXT NOT NULL,
            PRIMARY KEY (class_id, wheel_id, task_id)
        );
        CREATE TRIGGER wheel_fair_picks_class_deleted AFTER DELETE ON classes
        BEGIN
            DELETE FROM wheel_fair_picks WHERE class_id = OLD.id;
        END;
        """,
    )
