"""The reports against the log's size: one pupil's profile and all Logg chart data.

Runs on the generated databases of 10k, 100k and 1M entries (``--scale`` 0.01,
0.1, 1) and on 10M when it has been built (``python -m benchmarks.generate --scale 10``;
it is not built automatically: well over an hour on a shared 2-core machine). A flat column
means the cost does not grow with the log. The floor of each line is the same figure at
10k entries.

The generator spreads every log over the same 1 000 pupils, so each pupil's own log
grows with the total (28 entries at 10k, 2 075 at 1M for the busiest), and with it the
list of their newest reflections until it reaches its 200. Beside that row is one for
a pupil with a fixed 2 000 entries over ten school years, added for the measurement
inside a transaction that is rolled back: what the profile costs when only the *other*
pupils' log grows.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from benchmarks.common import median_ms, repeats, row
from benchmarks.generate import database_path, large_database
from smartklasse.domain.log_filters import LogFilter, Period
from smartklasse.storage import log_queries as q
from smartklasse.storage.database import configure_connection

SCALES = (0.01, 0.1, 1.0)
LABEL = {0.01: "10k", 0.1: "100k", 1.0: "1M", 10.0: "10M"}
#: Entries of the pupil whose profile is measured at a fixed size.
FIXED_ENTRIES = 2_000


def _add_fixed_pupil(conn: sqlite3.Connection) -> tuple[str, str]:
    """A class with one pupil who has FIXED_ENTRIES entries (inside the open transaction)."""
    rng = random.Random(7)
    strengths = [r[0] for r in conn.execute("SELECT id FROM strengths")]
    tasks = conn.execute("SELECT wheel_id, id FROM wheel_tasks").fetchall()
    stamp = "2024-08-15T08:00:00+01:00"
    conn.execute(
        "INSERT INTO classes (id, name, position, created_at) VALUES ('fixed', 'Fast', 99, ?)",
        [stamp],
    )
    conn.execute(
        "INSERT INTO pupils (id, class_id, name, position, created_at) "
        "VALUES ('fixed-pupil', 'fixed', 'Fast Elev', 0, ?)",
        [stamp],
    )
    first = dt.date(2015, 8, 17)
    for n in range(FIXED_ENTRIES):
        entry_id = f"fixed-{n:05d}"
        day = (first + dt.timedelta(days=rng.randrange(3650))).isoformat()
        wheel_id, task_id = rng.choice(tasks)
        reflect = "Jeg ble glad." if rng.random() < 0.2 else ""
        conn.execute(
            "INSERT INTO log_entries (id, class_id, wheel_id, task_id, task_text, entry_date, "
            "created_at, reflection_me) VALUES (?, 'fixed', ?, ?, 'Oppgave', ?, ?, ?)",
            [entry_id, wheel_id, task_id, day, f"{day}T10:00:00+01:00", reflect],
        )
        conn.execute("INSERT INTO log_entry_pupils VALUES (?, 'fixed-pupil')", [entry_id])
        conn.executemany(
            "INSERT INTO log_entry_strengths VALUES (?, ?)",
            [(entry_id, s) for s in rng.sample(strengths, 2)],
        )
    return "fixed", "fixed-pupil"


def _figures(source: Path) -> tuple[float, float, float, int]:
    """Profile, fixed-size profile, charts (ms) and the measured pupil's own entries.

    The cached file is read in place (no copy: the 10M file is some 25 GB); the fixed
    pupil is added in a transaction that is rolled back, so the file is left as it was.
    """
    conn = sqlite3.connect(source, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    configure_connection(db)
    try:
        class_id, last = db.execute(
            "SELECT class_id, MAX(entry_date) FROM log_entries GROUP BY class_id "
            "ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
        today = dt.date.fromisoformat(last)
        pupil_id, own = db.execute(
            "SELECT lp.pupil_id, COUNT(*) FROM log_entry_pupils lp "
            "JOIN pupils p ON p.id = lp.pupil_id WHERE p.class_id = ? "
            "GROUP BY lp.pupil_id ORDER BY COUNT(*) DESC LIMIT 1",
            [class_id],
        ).fetchone()
        everything = LogFilter(class_id, period=Period.ALL)
        year = LogFilter(class_id, period=Period.SCHOOL_YEAR)

        def charts() -> None:
            q.count_entries(db, year, today)
            q.strength_counts(db, year, today)
            q.monthly_trend(db, year, today)
            q.task_completions(db, year, today)
            q.strength_counts(db, everything, today)

        profile = median_ms(lambda: q.pupil_profile(db, pupil_id, everything, today), repeats(9))
        chart_ms = median_ms(charts, repeats(9))
        conn.execute("BEGIN")
        try:
            fixed_class, fixed_pupil = _add_fixed_pupil(conn)
            fixed = LogFilter(fixed_class, period=Period.ALL)
            fixed_ms = median_ms(lambda: q.pupil_profile(db, fixed_pupil, fixed, today), repeats(9))
        finally:
            conn.execute("ROLLBACK")
        return profile, fixed_ms, chart_ms, int(own)
    finally:
        db.close()


def run(large_db: Path | None) -> list[dict[str, Any]]:
    """One line per size for the profile (as generated and at a fixed size) and the charts."""
    sources = {scale: large_database(scale=scale) for scale in SCALES}
    ten_million = database_path(10.0)
    if ten_million.exists() and ten_million.with_suffix(".json").exists():
        sources[10.0] = ten_million
    figures = {scale: _figures(path) for scale, path in sources.items()}
    base_profile, base_fixed, base_charts, _own = figures[SCALES[0]]
    rows = []
    for scale, (profile, _fixed, _charts, own) in figures.items():
        rows.append(
            row(
                f"scaling: one pupil's profile, all time, {LABEL[scale]} entries "
                f"(the pupil has {own})",
                profile,
                "the same at 10k entries",
                base_profile,
            )
        )
    for scale, (_profile, fixed, _charts, _own) in figures.items():
        rows.append(
            row(
                f"scaling: profile of a pupil with {FIXED_ENTRIES} entries, "
                f"{LABEL[scale]} in the log",
                fixed,
                "the same at 10k entries",
                base_fixed,
            )
        )
    for scale, (_profile, _fixed, charts, _own) in figures.items():
        rows.append(
            row(
                f"scaling: all Logg chart data + all-time strengths, {LABEL[scale]} entries",
                charts,
                "the same at 10k entries",
                base_charts,
            )
        )
    return rows
