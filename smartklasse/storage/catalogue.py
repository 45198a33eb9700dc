"""The teacher's copy of the strength and wheel catalogues in the database."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from smartklasse.domain.strengths import Strength, load_default_strengths
from smartklasse.domain.wheels import Wheel, WheelTask, load_default_wheels
from smartklasse.storage.transactions import write_transaction


def _strength_row(strength: Strength) -> dict[str, Any]:
    return {
        "id": strength.id,
        "position": strength.position,
        "colour": strength.colour,
        "symbol": strength.symbol,
        "names": json.dumps(dict(strength.names), ensure_ascii=False),
        "descriptions": json.dumps(dict(strength.descriptions), ensure_ascii=False),
        "hidden": int(strength.hidden),
        "custom": int(strength.custom),
    }


def strength_from_row(row: dict[str, Any]) -> Strength:
    """Build a :class:`Strength` from a ``strengths`` row."""
    return Strength(
        id=row["id"],
        position=row["position"],
        colour=row["colour"],
        symbol=row["symbol"],
        names=json.loads(row["names"]),
        descriptions=json.loads(row["descriptions"]),
        hidden=bool(row["hidden"]),
        custom=bool(row["custom"]),
    )


def seed_catalogues(db: Database) -> bool:
    """Copy the shipped catalogues into an empty database; True if anything was copied."""
    seeded = False
    with write_transaction(db):
        if not db.execute("SELECT 1 FROM strengths LIMIT 1").fetchone():
            db.table("strengths").insert_all(_strength_row(s) for s in load_default_strengths())
            seeded = True
        if not db.execute("SELECT 1 FROM wheels LIMIT 1").fetchone():
            for wheel in load_default_wheels():
                _insert_wheel(db, wheel)
            seeded = True
    return seeded


def list_strengths(db: Database, include_hidden: bool = False) -> list[Strength]:
    """Return the catalogue's strengths in the teacher's order."""
    where = "" if include_hidden else "WHERE hidden = 0"
    return [
        strength_from_row(row)
        for row in db.query(f"SELECT * FROM strengths {where} ORDER BY position, id")
    ]


def get_strength(db: Database, strength_id: str) -> Strength | None:
    """Return one strength (hidden or not), or None."""
    rows = list(db.query("SELECT * FROM strengths WHERE id = ?", [strength_id]))
    return strength_from_row(rows[0]) if rows else None


def save_strength(db: Database, strength: Strength) -> None:
    """Insert or replace one strength in one transaction."""
    with write_transaction(db):
        db.table("strengths").upsert(_strength_row(strength), pk="id")


def reset_strengths(db: Database) -> None:
    """Restore the shipped strength catalogue.

    Shipped strengths get their default texts, colours and order back;
    custom strengths are hidden, not deleted, so the log keeps pointing at them.
    """
    with write_transaction(db):
        db.execute("UPDATE strengths SET hidden = 1, position = position + 1000 WHERE custom = 1")
        db.table("strengths").upsert_all(
            (_strength_row(s) for s in load_default_strengths()), pk="id"
        )


def _insert_wheel(db: Database, wheel: Wheel) -> None:
    db.table("wheels").insert(
        {
            "id": wheel.id,
            "position": wheel.position,
            "colour": wheel.colour,
            "names": json.dumps(dict(wheel.names), ensure_ascii=False),
            "builtin": int(wheel.builtin),
            "archived_at": None,
        }
    )
    db.table("wheel_tasks").insert_all(
        {
            "id": task.id,
            "wheel_id": wheel.id,
            "position": task.position,
            "texts": json.dumps(dict(task.texts), ensure_ascii=False),
        }
        for task in wheel.tasks
    )


def list_wheels(db: Database, include_archived: bool = False) -> list[Wheel]:
    """Return the wheels with their tasks, in order."""
    where = "" if include_archived else "WHERE archived_at IS NULL"
    tasks: dict[str, list[WheelTask]] = {}
    for row in db.query("SELECT * FROM wheel_tasks ORDER BY wheel_id, position"):
        tasks.setdefault(row["wheel_id"], []).append(
            WheelTask(
                id=row["id"],
                wheel_id=row["wheel_id"],
                position=row["position"],
                texts=json.loads(row["texts"]),
            )
        )
    return [
        Wheel(
            id=row["id"],
            position=row["position"],
            colour=row["colour"],
            names=json.loads(row["names"]),
            tasks=tuple(tasks.get(row["id"], [])),
            builtin=bool(row["builtin"]),
        )
        for row in db.query(f"SELECT * FROM wheels {where} ORDER BY position, id")
    ]
