"""A class's current period on the wheel, and the tasks the class chose for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from smartklasse.domain.periods import Period, make_period, this_week
from smartklasse.storage.ids import new_id, now_iso
from smartklasse.storage.transactions import write_transaction


@dataclass(frozen=True)
class ClassPeriod:
    """The period shown on the wheel; ``id`` is None while it is only the default week."""

    id: str | None
    period: Period
    chosen_task_ids: frozenset[str]


def current_period(db: Database, class_id: str, today: dt.date) -> ClassPeriod:
    """The stored period that covers ``today``, else this week (not stored until changed)."""
    rows = list(
        db.query(
            "SELECT * FROM periods WHERE class_id = ? AND start_date <= ? AND end_date >= ? "
            "ORDER BY start_date DESC, created_at DESC LIMIT 1",
            [class_id, today.isoformat(), today.isoformat()],
        )
    )
    if not rows:
        return ClassPeriod(None, this_week(today), frozenset())
    row = rows[0]
    chosen = frozenset(
        r["task_id"]
        for r in db.query("SELECT task_id FROM period_tasks WHERE period_id = ?", [row["id"]])
    )
    period = Period(
        dt.date.fromisoformat(row["start_date"]), dt.date.fromisoformat(row["end_date"])
    )
    return ClassPeriod(row["id"], period, chosen)


def save_period(
    db: Database,
    class_id: str,
    start: dt.date,
    end: dt.date,
    chosen_task_ids: Iterable[str],
    period_id: str | None = None,
) -> str:
    """Store a period and its chosen tasks in one transaction; return the period's id.

    With ``period_id`` the existing period is changed, otherwise a new one is made.
    Raises :class:`smartklasse.domain.periods.PeriodError` for impossible dates.
    """
    period = make_period(start, end)
    with write_transaction(db):
        if (
            period_id is None
            or not db.execute(
                "SELECT 1 FROM periods WHERE id = ? AND class_id = ?", [period_id, class_id]
            ).fetchone()
        ):
            period_id = new_id()
            db.table("periods").insert(
                {
                    "id": period_id,
                    "class_id": class_id,
                    "start_date": period.start.isoformat(),
                    "end_date": period.end.isoformat(),
                    "created_at": now_iso(),
                }
            )
        else:
            db.execute(
                "UPDATE periods SET start_date = ?, end_date = ? WHERE id = ?",
                [period.start.isoformat(), period.end.isoformat(), period_id],
            )
            db.execute("DELETE FROM period_tasks WHERE period_id = ?", [period_id])
        chosen = list(dict.fromkeys(chosen_task_ids))
        if chosen:
            db.table("period_tasks").insert_all(
                {"period_id": period_id, "task_id": task_id} for task_id in chosen
            )
    return period_id


def delete_period(db: Database, period_id: str) -> None:
    """Remove a period (used to undo creating one)."""
    with write_transaction(db):
        db.execute("DELETE FROM periods WHERE id = ?", [period_id])
