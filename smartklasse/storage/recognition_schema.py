"""Schema additions for recognition: the pupil of the week, strength cards, scaling checks."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage.transactions import execute_script

recognition = Migrations("smartklasse.recognition")


@recognition()
def m001_recognition(db: Database) -> None:
    """Weeks with their pupil, pupils away, recognitions, strength cards, scaling checks.

    Everything about a pupil goes with the pupil (ON DELETE CASCADE), and with the class.
    A week whose pupil is deleted loses its row and gets a new pupil when next shown.
    """
    execute_script(
        db,
        """
        CREATE TABLE recognition_weeks (
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            week_start TEXT NOT NULL,
            pupil_id TEXT REFERENCES pupils(id) ON DELETE CASCADE,
            show_name INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (class_id, week_start)
        );
        CREATE TABLE recognition_week_away (
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            week_start TEXT NOT NULL,
            pupil_id TEXT NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            PRIMARY KEY (class_id, week_start, pupil_id)
        );
        CREATE TABLE recognitions (
            id TEXT PRIMARY KEY,
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            pupil_id TEXT NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            week_start TEXT NOT NULL,
            strength_id TEXT NOT NULL REFERENCES strengths(id),
            sentence TEXT NOT NULL DEFAULT '',
            giver_kind TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_recognitions_pupil ON recognitions(pupil_id, week_start);
        CREATE TABLE strength_cards (
            id TEXT PRIMARY KEY,
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            pupil_id TEXT NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            strength_id TEXT NOT NULL REFERENCES strengths(id),
            reason TEXT NOT NULL DEFAULT '',
            given_on TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_strength_cards_pupil ON strength_cards(pupil_id, given_on);
        -- Skalering: anonymous counts of pupils at each number 1-5 during a star wall round.
        CREATE TABLE scaling_checks (
            id TEXT PRIMARY KEY,
            round_id TEXT NOT NULL REFERENCES star_rounds(id) ON DELETE CASCADE,
            checked_on TEXT NOT NULL,
            at_1 INTEGER NOT NULL DEFAULT 0,
            at_2 INTEGER NOT NULL DEFAULT 0,
            at_3 INTEGER NOT NULL DEFAULT 0,
            at_4 INTEGER NOT NULL DEFAULT 0,
            at_5 INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_scaling_checks_round ON scaling_checks(round_id, checked_on);
        """,
    )
