"""Progress on the wheel: completions per task in a period, and the fair-pick round."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from smartklasse.domain.periods import Period
from smartklasse.storage.ids import now_iso
from smartklasse.storage.transactions import write_transaction


def completions(db: Database, class_id: str, wheel_id: str, period: Period) -> dict[str, int]:
    """How many times each task of a wheel was logged as done by the class in ``period``.

    Counts entries (a task done together is one completion), never pupils,
    so the wheel can show class progress without ranking anyone.
    """
    return {
        row["task_id"]: row["n"]
        for row in db.query(
            "SELECT task_id, COUNT(*) AS n FROM log_entries "
            "WHERE class_id = ? AND wheel_id = ? AND entry_date BETWEEN ? AND ? "
            "AND task_id IS NOT NULL GROUP BY task_id",
            [class_id, wheel_id, period.start.isoformat(), period.end.isoformat()],
        )
    }


def picked_tasks(db: Database, class_id: str, wheel_id: str) -> frozenset[str]:
    """The tasks already picked by spinning in this fair round."""
    return frozenset(
        row["task_id"]
        for row in db.query(
            "SELECT task_id FROM wheel_fair_picks WHERE class_id = ? AND wheel_id = ?",
            [class_id, wheel_id],
        )
    )


def set_picked_tasks(db: Database, class_id: str, wheel_id: str, task_ids: Iterable[str]) -> None:
    """Replace the fair round's picked tasks in one transaction (an empty set resets it)."""
    with write_transaction(db):
        db.execute(
            "DELETE FROM wheel_fair_picks WHERE class_id = ? AND wheel_id = ?",
            [class_id, wheel_id],
        )
        stamp = now_iso()
        rows = [
            {"class_id": class_id, "wheel_id": wheel_id, "task_id": t, "picked_at": stamp}
            for t in dict.fromkeys(task_ids)
        ]
        if rows:
            db.table("wheel_fair_picks").insert_all(rows)
