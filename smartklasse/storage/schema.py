"""The core schema: classes, pupils, catalogues, the log, star walls and periods."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage.transactions import execute_script

core = Migrations("smartklasse.core")


@core()
def m001_initial(db: Database) -> None:
    """Create the first version of every table."""
    execute_script(
        db,
        """
        CREATE TABLE classes (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            archived_at TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE pupils (
            id TEXT PRIMARY KEY,
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            archived_at TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_pupils_class ON pupils(class_id, position);

        -- The teacher's editable copy of the strength catalogue.
        -- names/descriptions are JSON objects keyed by language code.
        CREATE TABLE strengths (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            colour TEXT NOT NULL,
            symbol TEXT NOT NULL DEFAULT '',
            names TEXT NOT NULL,
            descriptions TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            custom INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE wheels (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            colour TEXT NOT NULL,
            names TEXT NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            archived_at TEXT
        );
        CREATE TABLE wheel_tasks (
            id TEXT PRIMARY KEY,
            wheel_id TEXT NOT NULL REFERENCES wheels(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            texts TEXT NOT NULL
        );
        CREATE INDEX idx_wheel_tasks_wheel ON wheel_tasks(wheel_id, position);

        -- A class's working period on the wheel (default Monday to Friday).
        CREATE TABLE periods (
            id TEXT PRIMARY KEY,
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_periods_class ON periods(class_id, start_date);
        CREATE TABLE period_tasks (
            period_id TEXT NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
            task_id TEXT NOT NULL,
            PRIMARY KEY (period_id, task_id)
        );

        -- One completed task, with who did it, the strengths used and the reflection.
        -- task_text keeps what the task said when it was done, should the wheel change later.
        CREATE TABLE log_entries (
            id TEXT PRIMARY KEY,
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            wheel_id TEXT,
            task_id TEXT,
            task_text TEXT NOT NULL DEFAULT '',
            whole_class INTEGER NOT NULL DEFAULT 0,
            entry_date TEXT NOT NULL,
            created_at TEXT NOT NULL,
            reflection_me TEXT NOT NULL DEFAULT '',
            reflection_others TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_log_class_date ON log_entries(class_id, entry_date);
        CREATE INDEX idx_log_task ON log_entries(task_id, entry_date);
        CREATE TABLE log_entry_pupils (
            entry_id TEXT NOT NULL REFERENCES log_entries(id) ON DELETE CASCADE,
            pupil_id TEXT NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            PRIMARY KEY (entry_id, pupil_id)
        );
        CREATE INDEX idx_log_pupils_pupil ON log_entry_pupils(pupil_id);
        CREATE TABLE log_entry_strengths (
            entry_id TEXT NOT NULL REFERENCES log_entries(id) ON DELETE CASCADE,
            strength_id TEXT NOT NULL REFERENCES strengths(id),
            PRIMARY KEY (entry_id, strength_id)
        );
        CREATE INDEX idx_log_strengths_strength ON log_entry_strengths(strength_id);

        CREATE TABLE star_walls (
            id TEXT PRIMARY KEY,
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            goal TEXT NOT NULL,
            max_per_day INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0,
            archived_at TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_star_walls_class ON star_walls(class_id, position);
        CREATE TABLE star_wall_strengths (
            wall_id TEXT NOT NULL REFERENCES star_walls(id) ON DELETE CASCADE,
            strength_id TEXT NOT NULL REFERENCES strengths(id),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (wall_id, strength_id)
        );
        CREATE TABLE star_rounds (
            id TEXT PRIMARY KEY,
            wall_id TEXT NOT NULL REFERENCES star_walls(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            target INTEGER NOT NULL,
            started_on TEXT NOT NULL,
            finished_on TEXT
        );
        CREATE INDEX idx_star_rounds_wall ON star_rounds(wall_id, number);
        CREATE TABLE stars (
            id TEXT PRIMARY KEY,
            round_id TEXT NOT NULL REFERENCES star_rounds(id) ON DELETE CASCADE,
            awarded_on TEXT NOT NULL,
            created_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_stars_round ON stars(round_id, awarded_on);
        """,
    )
