"""How fast the big view's usage figures and the per-strength counts come from a large log."""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from smartklasse.domain.strength_usage import UsagePeriods
from smartklasse.storage import classes
from smartklasse.storage.catalogue import list_strengths, seed_catalogues
from smartklasse.storage.database import configure_connection, open_database
from smartklasse.storage.ids import new_id, now_iso
from smartklasse.storage.strength_usage import counts_by_strength, usage_of_strength

RUNS = 15


def _median_ms(job: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _make_db(path: pathlib.Path, n_classes: int = 20, per_class: int = 3000) -> Database:
    """A school's worth of log: ``n_classes`` classes with ``per_class`` entries over 2 years."""
    db = open_database(path)
    seed_catalogues(db)
    strength_ids = [s.id for s in list_strengths(db)]
    rng = random.Random(4)
    today = dt.date.today()
    with db.atomic():
        for c in range(n_classes):
            class_id = classes.create_class(db, f"Klasse {c}")
            entries, links = [], []
            for _ in range(per_class):
                entry_id = new_id()
                day = today - dt.timedelta(days=rng.randrange(730))
                entries.append(
                    {
                        "id": entry_id,
                        "class_id": class_id,
                        "task_text": "t",
                        "entry_date": day.isoformat(),
                        "created_at": now_iso(),
                    }
                )
                links += [
                    {"entry_id": entry_id, "strength_id": s} for s in rng.sample(strength_ids, 2)
                ]
            db.table("log_entries").insert_all(entries)
            db.table("log_entry_strengths").insert_all(links)
    return db


def run(large_db: pathlib.Path | None) -> list[dict[str, Any]]:
    """Median times of the usage queries, each beside the least work its job needs."""
    tmp = None
    if large_db is None:
        tmp = tempfile.TemporaryDirectory()
        db = _make_db(pathlib.Path(tmp.name) / "bench.sqlite3")
    else:
        # Read in place and read-only, as the scaling benchmark does: open_database would
        # bring the cached file up to this version's schema, writing into it.
        db = Database(sqlite3.connect(f"file:{large_db}?mode=ro", uri=True), execute_plugins=False)
        configure_connection(db)
    try:
        row = db.execute(
            "SELECT class_id FROM log_entries GROUP BY class_id ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
        class_id = row[0] if row else ""
        strength_id = list_strengths(db)[0].id
        periods = UsagePeriods.around(dt.date.today())
        span = periods.span()
        year = periods.school_year

        def floor_range(start: dt.date, end: dt.date) -> Callable[[], object]:
            # The least work: count the class's entries in the range from the index alone.
            return lambda: db.execute(
                "SELECT COUNT(*) FROM log_entries "
                "WHERE class_id = ? AND entry_date BETWEEN ? AND ?",
                [class_id, start.isoformat(), end.isoformat()],
            ).fetchone()

        return [
            {
                "what": "strengths: big view usage (week/month/school year) of one strength",
                "figure_ms": _median_ms(lambda: usage_of_strength(db, class_id, strength_id)),
                "floor": "count the class's entries in the span from the index",
                "floor_ms": _median_ms(floor_range(span.start, span.end)),
            },
            {
                "what": "strengths: counts per strength for a class over the school year",
                "figure_ms": _median_ms(lambda: counts_by_strength(db, class_id, year)),
                "floor": "count the class's entries in the school year from the index",
                "floor_ms": _median_ms(floor_range(year.start, year.end)),
            },
        ]
    finally:
        db.close()
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    for result in run(None):
        print(result)
