"""A worker thread's own connection sees the app's data, is configured the same way, and closes."""

from __future__ import annotations

import threading

from sqlite_utils import Database

from smartklasse.storage import classes
from smartklasse.storage.own_connection import database_path, with_own_connection


def test_a_worker_thread_reads_the_data_through_its_own_connection(db: Database) -> None:
    # The log page's charts, profiles and exports run off the UI thread on such a connection.
    classes.create_class(db, "7B")
    path = database_path(db)
    seen: list[object] = []

    def work() -> None:
        seen.append(
            with_own_connection(
                path,
                lambda own: (
                    [c.name for c in classes.list_classes(own)],
                    own.execute("PRAGMA foreign_keys").fetchone()[0],
                ),
            )
        )

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == [(["7B"], 1)]
