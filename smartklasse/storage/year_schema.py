"""Schema for the SMART year: advent calendars, the game library, games played, doors opened.

Calendars and games are catalogues like the wheels: the shipped ones (``resources/year``)
are copied into the database when the tables are made, and the teacher edits the copies.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage.transactions import execute_script

year = Migrations("smartklasse.year")


@year()
def m001_calendars_and_games(db: Database) -> None:
    """Calendars, games, games played (each one log entry), doors opened, summary notes."""
    execute_script(
        db,
        """
        CREATE TABLE advent_calendars (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            names TEXT NOT NULL,
            items TEXT NOT NULL,
            door_order TEXT NOT NULL DEFAULT 'standard',
            door_days TEXT NOT NULL DEFAULT 'weekdays',
            builtin INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE games (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            space TEXT NOT NULL,
            texts TEXT NOT NULL,
            credit TEXT NOT NULL DEFAULT '',
            builtin INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE game_plays (
            entry_id TEXT PRIMARY KEY REFERENCES log_entries(id) ON DELETE CASCADE,
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            game_id TEXT NOT NULL,
            played_on TEXT NOT NULL
        );
        CREATE INDEX game_plays_class ON game_plays(class_id, played_on);
        CREATE TABLE advent_doors_opened (
            class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            calendar_id TEXT NOT NULL,
            day TEXT NOT NULL,
            PRIMARY KEY (class_id, calendar_id, day)
        );
        CREATE TABLE practice_notes (
            class_id TEXT PRIMARY KEY REFERENCES classes(id) ON DELETE CASCADE,
            text TEXT NOT NULL DEFAULT '',
            reflections TEXT NOT NULL DEFAULT '[]',
            show_names INTEGER NOT NULL DEFAULT 0
        );
        """,
    )
    # Imported here: the calendars and games are only needed when this migration runs, not
    # at every start (the migration list is read before the first paint).
    from smartklasse.storage import advent, games

    advent.seed_calendars(db)
    games.seed_games(db)
