"""The strength of the week: one strength a teacher pins for a class."""

from __future__ import annotations

from sqlite_utils import Database

from smartklasse.storage.ids import now_iso
from smartklasse.storage.transactions import write_transaction


def current(db: Database, class_id: str) -> str | None:
    """The id of the class's pinned strength, or None (also when it has since been hidden)."""
    row = db.execute(
        "SELECT w.strength_id FROM strength_of_week w JOIN strengths s ON s.id = w.strength_id "
        "WHERE w.class_id = ? AND s.hidden = 0",
        [class_id],
    ).fetchone()
    return str(row[0]) if row else None


def pinned(db: Database, class_id: str) -> str | None:
    """The stored pin as it is, hidden strength or not (what undo must put back)."""
    row = db.execute(
        "SELECT strength_id FROM strength_of_week WHERE class_id = ?", [class_id]
    ).fetchone()
    return str(row[0]) if row else None


def set_pinned(db: Database, class_id: str, strength_id: str | None) -> None:
    """Pin ``strength_id`` for the class (replacing any other), or unpin with None."""
    with write_transaction(db):
        db.execute("DELETE FROM strength_of_week WHERE class_id = ?", [class_id])
        if strength_id is not None:
            db.table("strength_of_week").insert(
                {"class_id": class_id, "strength_id": strength_id, "pinned_at": now_iso()}
            )


def pin(db: Database, class_id: str, strength_id: str) -> None:
    """Make ``strength_id`` the class's strength of the week."""
    set_pinned(db, class_id, strength_id)


def unpin(db: Database, class_id: str) -> None:
    """The class has no strength of the week any more."""
    set_pinned(db, class_id, None)
