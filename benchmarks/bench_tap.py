"""The tap: "Ferdig" to a committed log entry, against one raw INSERT + COMMIT.

Both write to the same copy of the large database with the app's connection settings
(WAL, synchronous FULL, page cache, foreign keys), taking turns so both see the same disk.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from benchmarks.common import repeats, row, settle_disk, working_copy
from smartklasse.storage import log
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.classes import create_class, list_classes, list_pupils
from smartklasse.storage.database import configure_connection, open_database

RAW_INSERT = (
    "INSERT INTO log_entries (id, class_id, wheel_id, task_id, task_text, whole_class, "
    "entry_date, created_at, reflection_me, reflection_others) VALUES (?,?,?,?,?,?,?,?,?,?)"
)


def _measure(path: Path) -> tuple[float, float, float]:
    db = open_database(path)
    settle_disk()
    seed_catalogues(db)
    if not list_classes(db):
        create_class(db, "7B", [f"Elev {n}" for n in range(25)])
    class_id = list_classes(db)[0].id
    pupil_ids = [p.id for p in list_pupils(db, class_id)[:3]]
    strength_ids = [r[0] for r in db.execute("SELECT id FROM strengths LIMIT 2").fetchall()]
    task_id, wheel_id, texts = db.execute(
        "SELECT id, wheel_id, texts FROM wheel_tasks LIMIT 1"
    ).fetchone()

    # The floors' connection has the app's settings (WAL, synchronous FULL, its page cache,
    # foreign keys): with SQLite's small default cache the floor read pages the app's
    # connection keeps, and looked slower than the least work it stands for.
    raw = sqlite3.connect(str(path), isolation_level=None)
    configure_connection(Database(raw, execute_plugins=False))

    def tap() -> None:
        log.add_entry(
            db,
            class_id,
            wheel_id=wheel_id,
            task_id=task_id,
            task_text=texts,
            pupil_ids=pupil_ids,
            strength_ids=strength_ids,
        )

    def insert() -> None:
        raw.execute("BEGIN")
        raw.execute(
            RAW_INSERT,
            (
                uuid.uuid4().hex,
                class_id,
                wheel_id,
                task_id,
                texts,
                0,
                "2025-03-03",
                "2025-03-03T10:00:00+01:00",
                "",
                "",
            ),
        )
        raw.execute("COMMIT")

    def same_rows() -> None:
        # What add_entry writes, as bare SQL: the floor for the tap's own data model.
        entry_id = uuid.uuid4().hex
        raw.execute("BEGIN")
        raw.execute(
            RAW_INSERT,
            (
                entry_id,
                class_id,
                wheel_id,
                task_id,
                texts,
                0,
                "2025-03-03",
                "2025-03-03T10:00:00+01:00",
                "",
                "",
            ),
        )
        raw.executemany(
            "INSERT INTO log_entry_pupils VALUES (?, ?)", [(entry_id, p) for p in pupil_ids]
        )
        raw.executemany(
            "INSERT INTO log_entry_strengths VALUES (?, ?)", [(entry_id, s) for s in strength_ids]
        )
        raw.execute("COMMIT")

    taps: list[float] = []
    inserts: list[float] = []
    rows: list[float] = []
    try:
        for index in range(repeats(60) + 3):  # three warm-up rounds
            for job, times in ((tap, taps), (insert, inserts), (same_rows, rows)):
                started = time.perf_counter()
                job()
                if index >= 3:
                    times.append((time.perf_counter() - started) * 1000)
    finally:
        raw.close()
        db.close()
    return statistics.median(taps), statistics.median(inserts), statistics.median(rows)


def run(large_db: Path | None) -> list[dict[str, Any]]:
    """Median tap time beside the median raw insert (and beside raw SQL writing the same rows)."""
    if large_db:
        tap_ms, raw_ms, rows_ms = _measure(working_copy(large_db, "tap"))
        what = "tap “Ferdig” → committed (3 pupils, 2 strengths), large database"
    else:
        with tempfile.TemporaryDirectory() as tmp:
            tap_ms, raw_ms, rows_ms = _measure(Path(tmp) / "smartklasse.sqlite3")
        what = "tap “Ferdig” → committed (3 pupils, 2 strengths)"
    return [
        row(what, tap_ms, "raw INSERT + COMMIT (WAL, synchronous FULL)", raw_ms, goal="≤ 1.5×"),
        # The floor is one row; the tap writes six into three tables (eight b-trees),
        # so this second floor shows what is left to the code rather than the data model.
        row("  the same tap", tap_ms, "raw SQL writing the same 6 rows, one COMMIT", rows_ms),
    ]
