"""Benchmarks of the Logg page's queries on a large log.

``run(large_db)`` times the class strength chart, all chart data of the page,
the first page of the table, a search and one pupil's profile, each beside the
least work the same job needs: one raw aggregate (or LIMIT) SQL over the same
tables. Without a large database, one is built: a school's shared PC with 20
classes of 30 over 10 school years (about 100 000 entries).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlite_utils import Database

from benchmarks.common import paired_medians_ms
from smartklasse.domain.log_filters import LogFilter, Period, school_year_range
from smartklasse.storage import log_queries as q
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database

RUNS = 7
CLASSES = 20
PUPILS_PER_CLASS = 30
ENTRIES_PER_CLASS = 5_000  # ten school years of about 500 completed tasks


def build_large_db(path: Path, seed: int = 1) -> None:
    """Fill a new database with CLASSES x ENTRIES_PER_CLASS entries using executemany."""
    db = open_database(path)
    seed_catalogues(db)
    rnd = random.Random(seed)
    strengths = [r[0] for r in db.execute("SELECT id FROM strengths").fetchall()]
    tasks = db.execute("SELECT wheel_id, id, texts FROM wheel_tasks").fetchall()
    first = dt.date(2016, 8, 15)
    now = "2026-01-01T00:00:00+00:00"
    classes, pupils, entries, links, uses = [], [], [], [], []
    for c in range(CLASSES):
        class_id = f"class{c:02d}"
        classes.append((class_id, f"{1 + c % 7}{'ABC'[c % 3]}", c, now))
        class_pupils = [f"{class_id}-p{p:02d}" for p in range(PUPILS_PER_CLASS)]
        pupils += [(pid, class_id, f"Elev {i} Åse", i, now) for i, pid in enumerate(class_pupils)]
        for e in range(ENTRIES_PER_CLASS):
            entry_id = f"{class_id}-e{e:05d}"
            wheel_id, task_id, _texts = rnd.choice(tasks)
            day = first + dt.timedelta(days=rnd.randint(0, 3600))
            reflection = rnd.choice(["", "", "Jeg ble glad", "Det var skummelt, men fint"])
            entries.append(
                (entry_id, class_id, wheel_id, task_id, "oppgave", day.isoformat(), now, reflection)
            )
            links += [(entry_id, pid) for pid in rnd.sample(class_pupils, rnd.choice([1, 1, 2, 3]))]
            uses += [(entry_id, sid) for sid in rnd.sample(strengths, rnd.randint(1, 3))]
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO classes (id, name, position, created_at) VALUES (?, ?, ?, ?)", classes
        )
        db.conn.executemany(
            "INSERT INTO pupils (id, class_id, name, position, created_at) VALUES (?,?,?,?,?)",
            pupils,
        )
        db.conn.executemany(
            "INSERT INTO log_entries (id, class_id, wheel_id, task_id, task_text, entry_date, "
            "created_at, reflection_me) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            entries,
        )
        db.conn.executemany("INSERT INTO log_entry_pupils VALUES (?, ?)", links)
        db.conn.executemany("INSERT INTO log_entry_strengths VALUES (?, ?)", uses)
    db.execute("ANALYZE")
    db.close()


def _row(
    what: str, fn: Callable[[], Any], floor: str, floor_fn: Callable[[], Any]
) -> dict[str, Any]:
    figure_ms, floor_ms = paired_medians_ms(fn, floor_fn, RUNS)
    return {
        "what": what,
        "figure_ms": round(figure_ms, 3),
        "floor": floor,
        "floor_ms": round(floor_ms, 3),
    }


def _measure(db: Database) -> list[dict[str, Any]]:
    class_id, n = db.execute(
        "SELECT class_id, COUNT(*) AS n FROM log_entries GROUP BY class_id ORDER BY n DESC LIMIT 1"
    ).fetchone()
    last = db.execute(
        "SELECT MAX(entry_date) FROM log_entries WHERE class_id = ?", [class_id]
    ).fetchone()[0]
    today = dt.date.fromisoformat(last)
    start, end = (d.isoformat() for d in school_year_range(today))
    pupil_id = db.execute(
        "SELECT lp.pupil_id FROM log_entry_pupils lp JOIN pupils p ON p.id = lp.pupil_id "
        "WHERE p.class_id = ? GROUP BY lp.pupil_id ORDER BY COUNT(*) DESC LIMIT 1",
        [class_id],
    ).fetchone()[0]
    total = db.execute("SELECT COUNT(*) FROM log_entries").fetchone()[0]
    year = LogFilter(class_id, period=Period.SCHOOL_YEAR)
    everything = LogFilter(class_id, period=Period.ALL)
    raw_strengths = (
        "SELECT ls.strength_id, COUNT(*) FROM log_entries e JOIN log_entry_strengths ls "
        "ON ls.entry_id = e.id WHERE e.class_id = ? AND e.entry_date BETWEEN ? AND ? GROUP BY 1"
    )
    size = f"{total} entries in all, {n} in the class"

    def all_charts() -> None:
        q.count_entries(db, year, today)
        q.strength_counts(db, year, today)
        q.monthly_trend(db, year, today)
        q.task_completions(db, year, today)

    return [
        _row(
            f"class strength chart, school year ({size})",
            lambda: q.strength_counts(db, year, today),
            "raw GROUP BY strength over the class's school year",
            lambda: db.execute(raw_strengths, [class_id, start, end]).fetchall(),
        ),
        _row(
            "class strength chart, all time (ten school years)",
            lambda: q.strength_counts(db, everything, today),
            "raw GROUP BY strength over the class's whole log",
            lambda: db.execute(raw_strengths, [class_id, "0000", "9999"]).fetchall(),
        ),
        _row(
            "all Logg chart data: count, strengths, 12-month trend, tasks",
            all_charts,
            "raw GROUP BY strength over the class's school year",
            lambda: db.execute(raw_strengths, [class_id, start, end]).fetchall(),
        ),
        _row(
            "first page of the log table (200 rows with pupils and strengths), all time",
            lambda: q.list_entries(db, everything, today, 200),
            "raw SELECT * ... ORDER BY entry_date DESC LIMIT 200",
            lambda: db.execute(
                "SELECT * FROM log_entries WHERE class_id = ? ORDER BY entry_date DESC LIMIT 200",
                [class_id],
            ).fetchall(),
        ),
        _row(
            "search 'glad' in the class's school year (count)",
            lambda: q.count_entries(db, replace(year, search="glad"), today),
            "raw COUNT with LIKE on the reflection",
            lambda: db.execute(
                "SELECT COUNT(*) FROM log_entries WHERE class_id = ? AND entry_date "
                "BETWEEN ? AND ? AND reflection_me LIKE '%glad%'",
                [class_id, start, end],
            ).fetchone(),
        ),
        _row(
            "one pupil's profile, all time (strengths, tasks, every entry)",
            lambda: q.pupil_profile(db, pupil_id, everything, today),
            "raw GROUP BY strength over the pupil's entries",
            lambda: db.execute(
                "SELECT ls.strength_id, COUNT(*) FROM log_entry_pupils lp "
                "JOIN log_entry_strengths ls ON ls.entry_id = lp.entry_id "
                "WHERE lp.pupil_id = ? GROUP BY 1",
                [pupil_id],
            ).fetchall(),
        ),
    ]


def run(large_db: Path | None) -> list[dict[str, Any]]:
    """Time the report queries; on a copy, since opening adds this feature's indexes."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        if large_db is None:
            build_large_db(path)
        else:
            shutil.copy(large_db, path)
        db = open_database(path)
        try:
            return _measure(db)
        finally:
            db.close()


if __name__ == "__main__":
    for result in run(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(
            f"{result['figure_ms']:9.2f} ms  {result['what']}\n"
            f"{result['floor_ms']:9.2f} ms    floor: {result['floor']}"
        )
