"""Classes and pupils."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from smartklasse.domain.names import clean_name
from smartklasse.storage.ids import new_id, now_iso
from smartklasse.storage.transactions import write_transaction


@dataclass(frozen=True)
class SchoolClass:
    """A class (e.g. "7B") on this machine."""

    id: str
    name: str
    position: int
    archived: bool


@dataclass(frozen=True)
class Pupil:
    """A pupil in a class."""

    id: str
    class_id: str
    name: str
    position: int
    archived: bool


def _class(row: dict[str, Any]) -> SchoolClass:
    return SchoolClass(row["id"], row["name"], row["position"], row["archived_at"] is not None)


def _pupil(row: dict[str, Any]) -> Pupil:
    return Pupil(
        row["id"], row["class_id"], row["name"], row["position"], row["archived_at"] is not None
    )


def list_classes(db: Database, include_archived: bool = False) -> list[SchoolClass]:
    """Return the classes in the teacher's order."""
    where = "" if include_archived else "WHERE archived_at IS NULL"
    return [_class(r) for r in db.query(f"SELECT * FROM classes {where} ORDER BY position, name")]


def get_class(db: Database, class_id: str) -> SchoolClass | None:
    """Return one class, or None."""
    rows = list(db.query("SELECT * FROM classes WHERE id = ?", [class_id]))
    return _class(rows[0]) if rows else None


def create_class(
    db: Database, name: str, pupil_names: Sequence[str] = (), class_id: str | None = None
) -> str:
    """Create a class, optionally with pupils, in one transaction; return its id."""
    class_id = class_id or new_id()
    with write_transaction(db):
        position = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM classes").fetchone()[0]
        db.table("classes").insert(
            {
                "id": class_id,
                "name": clean_name(name),
                "position": position,
                "archived_at": None,
                "created_at": now_iso(),
            }
        )
        add_pupils(db, class_id, pupil_names)
    return class_id


def rename_class(db: Database, class_id: str, name: str) -> None:
    """Give a class a new name."""
    with write_transaction(db):
        db.execute("UPDATE classes SET name = ? WHERE id = ?", [clean_name(name), class_id])


def set_class_archived(db: Database, class_id: str, archived: bool) -> None:
    """Archive a class (kept, but out of the way) or bring it back."""
    with write_transaction(db):
        db.execute(
            "UPDATE classes SET archived_at = ? WHERE id = ?",
            [now_iso() if archived else None, class_id],
        )


def list_pupils(db: Database, class_id: str, include_archived: bool = False) -> list[Pupil]:
    """Return a class's pupils in the teacher's order."""
    extra = "" if include_archived else "AND archived_at IS NULL"
    return [
        _pupil(r)
        for r in db.query(
            f"SELECT * FROM pupils WHERE class_id = ? {extra} ORDER BY position, name", [class_id]
        )
    ]


def add_pupils(
    db: Database, class_id: str, names: Iterable[str], ids: Sequence[str] | None = None
) -> list[str]:
    """Add pupils at the end of a class, in one transaction; return their ids."""
    created: list[str] = []
    with write_transaction(db):
        position = db.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM pupils WHERE class_id = ?", [class_id]
        ).fetchone()[0]
        rows = []
        for index, name in enumerate(names):
            pupil_id = ids[index] if ids else new_id()
            rows.append(
                {
                    "id": pupil_id,
                    "class_id": class_id,
                    "name": clean_name(name),
                    "position": position + index,
                    "archived_at": None,
                    "created_at": now_iso(),
                }
            )
            created.append(pupil_id)
        if rows:
            db.table("pupils").insert_all(rows)
    return created


def rename_pupil(db: Database, pupil_id: str, name: str) -> None:
    """Give a pupil a new name."""
    with write_transaction(db):
        db.execute("UPDATE pupils SET name = ? WHERE id = ?", [clean_name(name), pupil_id])


def set_pupils_archived(db: Database, archived: Mapping[str, bool]) -> None:
    """Archive (True) or bring back (False) each pupil in ``archived``, in one transaction."""
    with write_transaction(db):
        for pupil_id, value in archived.items():
            db.execute(
                "UPDATE pupils SET archived_at = ? WHERE id = ?",
                [now_iso() if value else None, pupil_id],
            )


def reorder_pupils(db: Database, class_id: str, pupil_ids: Sequence[str]) -> None:
    """Store a new order for a class's pupils."""
    with write_transaction(db):
        for position, pupil_id in enumerate(pupil_ids):
            db.execute(
                "UPDATE pupils SET position = ? WHERE id = ? AND class_id = ?",
                [position, pupil_id, class_id],
            )
