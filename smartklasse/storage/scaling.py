"""Stored scaling checks (skalering) of a star wall's rounds: counts only, never names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.scaling import SCALE, ScalingCheck
from smartklasse.storage.ids import new_id, now_iso
from smartklasse.storage.transactions import write_transaction

_COLUMNS = tuple(f"at_{n}" for n in SCALE)


def add_check(
    db: Database, round_id: str, counts: Sequence[int], checked_on: dt.date | None = None
) -> str:
    """Record how many pupils stood at each of 1–5 (five counts); return the check's id."""
    if len(counts) != len(SCALE) or any(c < 0 for c in counts):
        raise ValueError("five counts, none negative")
    check_id = new_id()
    with write_transaction(db):
        db.table("scaling_checks").insert(
            {
                "id": check_id,
                "round_id": round_id,
                "checked_on": (checked_on or clock.today()).isoformat(),
                **dict(zip(_COLUMNS, (int(c) for c in counts), strict=True)),
                "created_at": now_iso(),
            }
        )
    return check_id


def remove_check(db: Database, check_id: str) -> dict[str, Any] | None:
    """Remove a check; return its row (for undo)."""
    with write_transaction(db):
        rows = list(db.query("SELECT * FROM scaling_checks WHERE id = ?", [check_id]))
        db.execute("DELETE FROM scaling_checks WHERE id = ?", [check_id])
    return rows[0] if rows else None


def restore_check(db: Database, row: dict[str, Any] | None) -> None:
    """Put back a check removed by :func:`remove_check` (unless its round went)."""
    if row is None:
        return
    with write_transaction(db):
        if db.execute("SELECT 1 FROM star_rounds WHERE id = ?", [row["round_id"]]).fetchone():
            db.table("scaling_checks").insert(row, ignore=True)


def checks_of_round(db: Database, round_id: str) -> list[ScalingCheck]:
    """The round's checks, oldest first."""
    return [
        ScalingCheck(
            id=r["id"],
            round_id=r["round_id"],
            checked_on=dt.date.fromisoformat(r["checked_on"]),
            counts=(r["at_1"], r["at_2"], r["at_3"], r["at_4"], r["at_5"]),
        )
        for r in db.query(
            "SELECT * FROM scaling_checks WHERE round_id = ? ORDER BY checked_on, created_at",
            [round_id],
        )
    ]
