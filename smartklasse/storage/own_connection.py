"""A connection of its own for work off the UI thread (SQLite connections stay in their thread)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from sqlite_utils import Database

from smartklasse.storage.database import configure_connection

Result = TypeVar("Result")


def database_path(db: Database) -> str:
    """The file behind a connection, so a worker thread can open its own."""
    return str(db.execute("PRAGMA database_list").fetchone()[2])


def with_own_connection(path: str, job: Callable[[Database], Result]) -> Result:
    """Run ``job`` on a fresh connection to ``path`` (for worker threads), then close it."""
    db = Database(sqlite3.connect(path, timeout=5.0))
    try:
        configure_connection(db)
        return job(db)
    finally:
        db.close()
