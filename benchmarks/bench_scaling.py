"""The reports against the log's size: one pupil's profile and all Logg chart data.

Runs on the generated databases of 10k, 100k and 1M entries (``--scale`` 0.01,
0.1, 1) and on 10M when ``benchmarks/out/large-10.sqlite3`` has been built
(``python -m benchmarks.generate --scale 10``; it is not built automatically,
it takes too long on a 2-core machine). A flat column means the cost does not
grow with the log. The floor of each line is the same figure at 10k entries.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from benchmarks import OUT_DIR
from benchmarks.common import median_ms, repeats, row, working_copy
from benchmarks.generate import large_database
from smartklasse.domain.log_filters import LogFilter, Period
from smartklasse.storage import log_queries as q
from smartklasse.storage.database import open_database

SCALES = (0.01, 0.1, 1.0)
LABEL = {0.01: "10k", 0.1: "100k", 1.0: "1M", 10.0: "10M"}


def _figures(source: Path) -> tuple[float, float]:
    path = working_copy(source, "scaling")
    db = open_database(path)
    try:
        class_id, last = db.execute(
            "SELECT class_id, MAX(entry_date) FROM log_entries GROUP BY class_id "
            "ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
        today = dt.date.fromisoformat(last)
        pupil_id = db.execute(
            "SELECT lp.pupil_id FROM log_entry_pupils lp JOIN pupils p ON p.id = lp.pupil_id "
            "WHERE p.class_id = ? GROUP BY lp.pupil_id ORDER BY COUNT(*) DESC LIMIT 1",
            [class_id],
        ).fetchone()[0]
        everything = LogFilter(class_id, period=Period.ALL)
        year = LogFilter(class_id, period=Period.SCHOOL_YEAR)

        def charts() -> None:
            q.count_entries(db, year, today)
            q.strength_counts(db, year, today)
            q.monthly_trend(db, year, today)
            q.task_completions(db, year, today)
            q.strength_counts(db, everything, today)

        profile = median_ms(lambda: q.pupil_profile(db, pupil_id, everything, today), repeats(9))
        return profile, median_ms(charts, repeats(9))
    finally:
        db.close()
        shutil.rmtree(path.parent, ignore_errors=True)


def run(large_db: Path | None) -> list[dict[str, Any]]:
    """One line per size for the profile and for the charts, beside the 10k figure."""
    sources = {scale: large_database(scale=scale) for scale in SCALES}
    ten_million = OUT_DIR / "large-10.sqlite3"
    if ten_million.exists():
        sources[10.0] = ten_million
    figures = {scale: _figures(path) for scale, path in sources.items()}
    base_profile, base_charts = figures[SCALES[0]]
    rows = []
    for scale, (profile, _charts) in figures.items():
        rows.append(
            row(
                f"scaling: one pupil's profile, all time, {LABEL[scale]} entries",
                profile,
                "the same at 10k entries",
                base_profile,
            )
        )
    for scale, (_profile, charts) in figures.items():
        rows.append(
            row(
                f"scaling: all Logg chart data + all-time strengths, {LABEL[scale]} entries",
                charts,
                "the same at 10k entries",
                base_charts,
            )
        )
    return rows
