"""Star walls, their rounds and stars in the database.

Every user action here is one transaction. The daily limit is checked inside
the award's transaction, so a double tap on the board cannot award two stars.
Finished rounds are history: nothing here changes a finished round's stars.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.star_wall import (
    MAX_GOAL_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_STRENGTHS,
    Round,
    Star,
    StarWall,
    award_refusal,
    clean_text,
)
from smartklasse.storage.ids import new_id, now_iso
from smartklasse.storage.transactions import write_transaction


@dataclass(frozen=True)
class WallSnapshot:
    """Every row of a deleted wall, so the deletion can be undone exactly."""

    wall: dict[str, Any]
    strengths: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    stars: list[dict[str, Any]] = field(default_factory=list)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _rounds(db: Database, wall_id: str) -> list[Round]:
    stars_by_round: dict[str, list[Star]] = {}
    for row in db.query(
        "SELECT s.* FROM stars s JOIN star_rounds r ON r.id = s.round_id "
        "WHERE r.wall_id = ? ORDER BY s.awarded_on, s.created_at, s.id",
        [wall_id],
    ):
        stars_by_round.setdefault(row["round_id"], []).append(
            Star(row["id"], row["round_id"], dt.date.fromisoformat(row["awarded_on"]), row["note"])
        )
    return [
        Round(
            id=row["id"],
            wall_id=wall_id,
            number=row["number"],
            target=row["target"],
            started_on=dt.date.fromisoformat(row["started_on"]),
            finished_on=_date(row["finished_on"]),
            stars=tuple(stars_by_round.get(row["id"], [])),
        )
        for row in db.query(
            "SELECT * FROM star_rounds WHERE wall_id = ? ORDER BY number", [wall_id]
        )
    ]


def _wall(db: Database, row: dict[str, Any]) -> StarWall:
    rounds = _rounds(db, row["id"])
    current = next((r for r in reversed(rounds) if not r.finished), rounds[-1])
    strengths = tuple(
        r["strength_id"]
        for r in db.query(
            "SELECT strength_id FROM star_wall_strengths WHERE wall_id = ? ORDER BY position",
            [row["id"]],
        )
    )
    return StarWall(
        id=row["id"],
        class_id=row["class_id"],
        goal=row["goal"],
        max_per_day=row["max_per_day"],
        position=row["position"],
        archived=row["archived_at"] is not None,
        strength_ids=strengths,
        current=current,
        history=tuple(r for r in rounds if r.finished),
    )


def list_walls(db: Database, class_id: str, include_archived: bool = False) -> list[StarWall]:
    """A class's star walls in the teacher's order (archived ones last, if asked for)."""
    where = "" if include_archived else "AND archived_at IS NULL"
    rows = db.query(
        f"SELECT * FROM star_walls WHERE class_id = ? {where} "
        "ORDER BY archived_at IS NOT NULL, position, created_at",
        [class_id],
    )
    return [_wall(db, row) for row in rows]


def get_wall(db: Database, wall_id: str) -> StarWall | None:
    """One wall with its rounds and stars, or None."""
    rows = list(db.query("SELECT * FROM star_walls WHERE id = ?", [wall_id]))
    return _wall(db, rows[0]) if rows else None


def _set_strengths(db: Database, wall_id: str, strength_ids: Sequence[str]) -> None:
    db.execute("DELETE FROM star_wall_strengths WHERE wall_id = ?", [wall_id])
    chosen = list(dict.fromkeys(strength_ids))[:MAX_STRENGTHS]
    if chosen:
        db.table("star_wall_strengths").insert_all(
            {"wall_id": wall_id, "strength_id": sid, "position": i} for i, sid in enumerate(chosen)
        )


def create_wall(
    db: Database,
    class_id: str,
    goal: str,
    strength_ids: Sequence[str],
    target: int,
    max_per_day: int = 1,
    *,
    today: dt.date | None = None,
    wall_id: str | None = None,
) -> str:
    """Create a wall with its first round in one transaction; return the wall's id."""
    wall_id = wall_id or new_id()
    today = today or clock.today()
    with write_transaction(db):
        position = db.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM star_walls WHERE class_id = ?", [class_id]
        ).fetchone()[0]
        db.table("star_walls").insert(
            {
                "id": wall_id,
                "class_id": class_id,
                "goal": clean_text(goal, MAX_GOAL_LENGTH),
                "max_per_day": max(1, max_per_day),
                "position": position,
                "archived_at": None,
                "created_at": now_iso(),
            }
        )
        _set_strengths(db, wall_id, strength_ids)
        db.table("star_rounds").insert(
            {
                "id": new_id(),
                "wall_id": wall_id,
                "number": 1,
                "target": target,
                "started_on": today.isoformat(),
                "finished_on": None,
            }
        )
    return wall_id


def update_wall(
    db: Database,
    wall_id: str,
    goal: str,
    strength_ids: Sequence[str],
    target: int,
    max_per_day: int,
) -> None:
    """Change a wall's goal, strengths, daily limit and the current round's target.

    Finished rounds keep the target they had.
    """
    with write_transaction(db):
        db.execute(
            "UPDATE star_walls SET goal = ?, max_per_day = ? WHERE id = ?",
            [clean_text(goal, MAX_GOAL_LENGTH), max(1, max_per_day), wall_id],
        )
        _set_strengths(db, wall_id, strength_ids)
        db.execute(
            "UPDATE star_rounds SET target = ? WHERE wall_id = ? AND finished_on IS NULL",
            [target, wall_id],
        )


def set_wall_archived(db: Database, wall_id: str, archived: bool) -> None:
    """Put a wall away (kept with its history) or bring it back."""
    with write_transaction(db):
        db.execute(
            "UPDATE star_walls SET archived_at = ? WHERE id = ?",
            [now_iso() if archived else None, wall_id],
        )


def delete_wall(db: Database, wall_id: str) -> WallSnapshot | None:
    """Delete a wall with all its rounds and stars; return what was removed (for undo)."""
    with write_transaction(db):
        rows = list(db.query("SELECT * FROM star_walls WHERE id = ?", [wall_id]))
        if not rows:
            return None
        snapshot = WallSnapshot(
            wall=rows[0],
            strengths=list(
                db.query("SELECT * FROM star_wall_strengths WHERE wall_id = ?", [wall_id])
            ),
            rounds=list(db.query("SELECT * FROM star_rounds WHERE wall_id = ?", [wall_id])),
            stars=list(
                db.query(
                    "SELECT s.* FROM stars s JOIN star_rounds r ON r.id = s.round_id "
                    "WHERE r.wall_id = ?",
                    [wall_id],
                )
            ),
        )
        db.execute("DELETE FROM star_walls WHERE id = ?", [wall_id])
    return snapshot


def restore_wall(db: Database, snapshot: WallSnapshot) -> None:
    """Put back a wall removed by :func:`delete_wall`, exactly as it was."""
    with write_transaction(db):
        db.table("star_walls").insert(snapshot.wall)
        if snapshot.strengths:
            # A strength deleted from the catalogue in the meantime stays away.
            existing = {r["id"] for r in db.query("SELECT id FROM strengths")}
            db.table("star_wall_strengths").insert_all(
                [r for r in snapshot.strengths if r["strength_id"] in existing], ignore=True
            )
        if snapshot.rounds:
            db.table("star_rounds").insert_all(snapshot.rounds)
        if snapshot.stars:
            db.table("stars").insert_all(snapshot.stars)


def award_star(
    db: Database,
    wall_id: str,
    note: str = "",
    *,
    today: dt.date | None = None,
    star_id: str | None = None,
) -> str | None:
    """Give the class a star for today; return its id, or None when the rules refuse it.

    The rules (daily limit, target, archive) are checked inside the same
    transaction as the insert, so two quick taps award one star.
    """
    today = today or clock.today()
    star_id = star_id or new_id()
    with write_transaction(db):
        wall = get_wall(db, wall_id)
        if wall is None or award_refusal(wall, today) is not None:
            return None
        db.table("stars").insert(
            {
                "id": star_id,
                "round_id": wall.current.id,
                "awarded_on": today.isoformat(),
                "created_at": now_iso(),
                "note": clean_text(note, MAX_NOTE_LENGTH),
            }
        )
    return star_id


def remove_star(db: Database, star_id: str) -> None:
    """Take back a star just awarded (the undo of :func:`award_star`).

    Only a star of a round still running can be taken back: history stays.
    """
    with write_transaction(db):
        db.execute(
            "DELETE FROM stars WHERE id = ? AND round_id IN "
            "(SELECT id FROM star_rounds WHERE finished_on IS NULL)",
            [star_id],
        )


def start_new_round(
    db: Database,
    wall_id: str,
    target: int | None = None,
    *,
    today: dt.date | None = None,
    round_id: str | None = None,
) -> str | None:
    """Finish the current round and start the next in one transaction; return its id.

    ``target`` None keeps the finished round's target. Returns None if the
    current round has not reached its target yet.
    """
    today = today or clock.today()
    round_id = round_id or new_id()
    with write_transaction(db):
        wall = get_wall(db, wall_id)
        if wall is None or not wall.current.reached:
            return None
        current = wall.current
        last = max((s.awarded_on for s in current.stars), default=today)
        db.execute(
            "UPDATE star_rounds SET finished_on = ? WHERE id = ?", [last.isoformat(), current.id]
        )
        db.table("star_rounds").insert(
            {
                "id": round_id,
                "wall_id": wall_id,
                "number": current.number + 1,
                "target": target if target is not None else current.target,
                "started_on": today.isoformat(),
                "finished_on": None,
            }
        )
    return round_id


def undo_new_round(db: Database, round_id: str) -> None:
    """Undo :func:`start_new_round`: remove the new, still empty round and reopen the last one."""
    with write_transaction(db):
        rows = list(db.query("SELECT * FROM star_rounds WHERE id = ?", [round_id]))
        if (
            not rows
            or db.execute("SELECT 1 FROM stars WHERE round_id = ? LIMIT 1", [round_id]).fetchone()
        ):
            return
        row = rows[0]
        db.execute("DELETE FROM star_rounds WHERE id = ?", [round_id])
        db.execute(
            "UPDATE star_rounds SET finished_on = NULL WHERE wall_id = ? AND number = ?",
            [row["wall_id"], row["number"] - 1],
        )


def history(db: Database, wall_id: str) -> list[Round]:
    """A wall's finished rounds, oldest first."""
    return [r for r in _rounds(db, wall_id) if r.finished]
