"""The migration sets, in the order they are applied, and what a file has applied.

Each feature keeps its schema changes in its own named
:class:`sqlite_utils.migrations.Migrations` set (in a ``*_schema`` module), so
features never fight over a single numbered list. :data:`MIGRATION_SETS` is the
one list of them: ``core`` first, the features build on it. To add a set, write
its module and add one line to the list below.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils.migrations import Migrations

from smartklasse.storage import (
    log_schema,
    recognition_schema,
    schema,
    strengths_schema,
    wheel_schema,
    year_schema,
)

#: Every migration set, applied in this order when a database is opened.
MIGRATION_SETS: tuple[Migrations, ...] = (
    schema.core,
    log_schema.log_reports,
    strengths_schema.strengths,
    wheel_schema.wheel,
    year_schema.year,
    recognition_schema.recognition,
)


def applied_names(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """The (set, migration) names recorded in this file; empty for a new file."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not found:
        return set()
    return {
        (row[0], row[1])
        for row in conn.execute("SELECT migration_set, name FROM _sqlite_migrations")
    }


def known_names() -> set[tuple[str, str]]:
    """The (set, migration) names this version of the app knows."""
    return {(s.name, m.name) for s in MIGRATION_SETS for m in s._migrations}


def unknown_migrations(conn: sqlite3.Connection) -> list[str]:
    """Migrations applied to this file that this version of the app does not know."""
    return sorted(f"{s}/{n}" for (s, n) in applied_names(conn) - known_names())
