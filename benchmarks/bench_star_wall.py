"""How long the star wall's everyday work takes: awarding a star and reading a wall.

``run(large_db)`` returns one dict per figure (medians over several runs), each
with the floor: the least database work that job needs, measured in the same run.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from smartklasse.storage import classes
from smartklasse.storage import star_walls as sw
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database
from smartklasse.storage.ids import new_id, now_iso

RUNS = 30
STRENGTHS = ("ansvarsbevissthet", "hjelpsomhet", "respekt", "samarbeid")


def _median_ms(job: Callable[[int], object], runs: int = RUNS) -> float:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        job(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(large_db: Path | None) -> list[dict[str, object]]:
    """Measure award and read on a copy of ``large_db`` (or a small database made here)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        if large_db is not None:
            shutil.copy(large_db, path)
        db = open_database(path)
        seed_catalogues(db)
        class_id = classes.create_class(db, "Benk", ["A", "B"])
        # A wall with history: four finished rounds of 20 and a running one.
        day = dt.date(2020, 1, 1)
        wall_id = sw.create_wall(db, class_id, "Orden", STRENGTHS, 20, today=day)
        for _ in range(4):
            for _ in range(20):
                sw.award_star(db, wall_id, today=day)
                day += dt.timedelta(days=1)
            sw.start_new_round(db, wall_id, today=day)
        round_id = db.execute(
            "SELECT id FROM star_rounds WHERE wall_id = ? AND finished_on IS NULL", [wall_id]
        ).fetchone()[0]
        other = sw.create_wall(db, class_id, "Benk", STRENGTHS, 1000, 1, today=day)
        start = day + dt.timedelta(days=1)

        def award(i: int) -> None:
            sw.award_star(db, other, today=start + dt.timedelta(days=i))

        def insert_floor(i: int) -> None:
            with db.atomic():
                db.table("stars").insert(
                    {
                        "id": new_id(),
                        "round_id": round_id,
                        "awarded_on": "2030-01-01",
                        "created_at": now_iso(),
                        "note": "",
                    }
                )

        def read(_i: int) -> None:
            sw.get_wall(db, wall_id)

        def read_floor(_i: int) -> None:
            list(
                db.query(
                    "SELECT s.* FROM stars s JOIN star_rounds r ON r.id = s.round_id "
                    "WHERE r.wall_id = ?",
                    [wall_id],
                )
            )

        results: list[dict[str, object]] = [
            {
                "what": "award a star (rules checked inside the transaction)",
                "figure_ms": _median_ms(award),
                "floor": "insert one star row in a transaction",
                "floor_ms": _median_ms(insert_floor),
            },
            {
                "what": "read a wall with 5 rounds and 80+ stars",
                "figure_ms": _median_ms(read),
                "floor": "select the wall's stars",
                "floor_ms": _median_ms(read_floor),
            },
        ]
        db.close()
    return results


if __name__ == "__main__":
    for row in run(None):
        print(row)
