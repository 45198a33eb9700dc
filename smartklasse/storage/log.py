"""The log of completed wheel tasks: one entry per "Ferdig", with pupils, strengths, reflection."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from smartklasse.storage.ids import new_id, now_iso, today_iso
from smartklasse.storage.transactions import write_transaction

#: Longest reflection answer kept, in characters.
MAX_REFLECTION_LENGTH = 2000


@dataclass(frozen=True)
class LogEntry:
    """One completed task as stored."""

    id: str
    class_id: str
    wheel_id: str | None
    task_id: str | None
    task_text: str
    whole_class: bool
    entry_date: str
    created_at: str
    reflection_me: str = ""
    reflection_others: str = ""
    pupil_ids: tuple[str, ...] = ()
    strength_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntrySnapshot:
    """Every row of one entry, so a deletion can be undone exactly."""

    entry: dict[str, Any]
    pupils: list[dict[str, Any]] = field(default_factory=list)
    strengths: list[dict[str, Any]] = field(default_factory=list)
    #: The game this entry logs, if it is one (see :mod:`smartklasse.storage.games`).
    game_plays: list[dict[str, Any]] = field(default_factory=list)


def _clean_text(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()[:MAX_REFLECTION_LENGTH]


def add_entry(
    db: Database,
    class_id: str,
    *,
    wheel_id: str | None,
    task_id: str | None,
    task_text: str,
    pupil_ids: Sequence[str] = (),
    strength_ids: Sequence[str] = (),
    whole_class: bool = False,
    reflection_me: str = "",
    reflection_others: str = "",
    entry_date: str | None = None,
    entry_id: str | None = None,
) -> str:
    """Log one completed task in one transaction; return the entry's id."""
    entry_id = entry_id or new_id()
    # Plain SQL rather than Table.insert: this is the tap a class waits for, and
    # sqlite-utils' insert reads the table's schema first (three times here),
    # which made the tap three times slower than the commit itself.
    with write_transaction(db):
        db.execute(
            "INSERT INTO log_entries (id, class_id, wheel_id, task_id, task_text, whole_class, "
            "entry_date, created_at, reflection_me, reflection_others) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                entry_id,
                class_id,
                wheel_id,
                task_id,
                task_text,
                int(whole_class),
                entry_date or today_iso(),
                now_iso(),
                _clean_text(reflection_me),
                _clean_text(reflection_others),
            ],
        )
        db.conn.executemany(
            "INSERT INTO log_entry_pupils (entry_id, pupil_id) VALUES (?, ?)",
            [(entry_id, pid) for pid in dict.fromkeys(pupil_ids)],
        )
        db.conn.executemany(
            "INSERT INTO log_entry_strengths (entry_id, strength_id) VALUES (?, ?)",
            [(entry_id, sid) for sid in dict.fromkeys(strength_ids)],
        )
    return entry_id


def get_entry(db: Database, entry_id: str) -> LogEntry | None:
    """Return one entry with its pupils and strengths, or None."""
    rows = list(db.query("SELECT * FROM log_entries WHERE id = ?", [entry_id]))
    if not rows:
        return None
    row = rows[0]
    pupils = tuple(
        r["pupil_id"]
        for r in db.query(
            "SELECT lp.pupil_id FROM log_entry_pupils lp JOIN pupils p ON p.id = lp.pupil_id "
            "WHERE lp.entry_id = ? ORDER BY p.position",
            [entry_id],
        )
    )
    strengths = tuple(
        r["strength_id"]
        for r in db.query(
            "SELECT ls.strength_id FROM log_entry_strengths ls "
            "JOIN strengths s ON s.id = ls.strength_id WHERE ls.entry_id = ? ORDER BY s.position",
            [entry_id],
        )
    )
    return LogEntry(
        id=row["id"],
        class_id=row["class_id"],
        wheel_id=row["wheel_id"],
        task_id=row["task_id"],
        task_text=row["task_text"],
        whole_class=bool(row["whole_class"]),
        entry_date=row["entry_date"],
        created_at=row["created_at"],
        reflection_me=row["reflection_me"],
        reflection_others=row["reflection_others"],
        pupil_ids=pupils,
        strength_ids=strengths,
    )


def delete_entry(db: Database, entry_id: str) -> EntrySnapshot | None:
    """Delete an entry in one transaction; return what was removed (for undo)."""
    with write_transaction(db):
        rows = list(db.query("SELECT * FROM log_entries WHERE id = ?", [entry_id]))
        if not rows:
            return None
        snapshot = EntrySnapshot(
            entry=rows[0],
            pupils=list(db.query("SELECT * FROM log_entry_pupils WHERE entry_id = ?", [entry_id])),
            strengths=list(
                db.query("SELECT * FROM log_entry_strengths WHERE entry_id = ?", [entry_id])
            ),
            game_plays=list(db.query("SELECT * FROM game_plays WHERE entry_id = ?", [entry_id])),
        )
        db.execute("DELETE FROM log_entries WHERE id = ?", [entry_id])
    return snapshot


def restore_entry(db: Database, snapshot: EntrySnapshot) -> None:
    """Put back an entry removed by :func:`delete_entry`."""
    with write_transaction(db):
        db.table("log_entries").insert(snapshot.entry)
        if snapshot.pupils:
            # A pupil deleted in the meantime stays deleted.
            existing = {r["id"] for r in db.query("SELECT id FROM pupils")}
            db.table("log_entry_pupils").insert_all(
                [r for r in snapshot.pupils if r["pupil_id"] in existing], ignore=True
            )
        if snapshot.strengths:
            db.table("log_entry_strengths").insert_all(snapshot.strengths, ignore=True)
        if snapshot.game_plays:
            db.table("game_plays").insert_all(snapshot.game_plays, ignore=True)


def count_entries(db: Database, class_id: str) -> int:
    """How many entries a class has."""
    return int(
        db.execute("SELECT COUNT(*) FROM log_entries WHERE class_id = ?", [class_id]).fetchone()[0]
    )
