"""Stored recognition: each class's pupil of the week, what others saw, and strength cards."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.log_filters import school_year_range
from smartklasse.domain.recognition import (
    MAX_REASON_LENGTH,
    MAX_SENTENCE_LENGTH,
    GiverKind,
    PupilWeek,
    Recognition,
    StrengthCard,
    due_pupils,
    next_pupil,
    week_start,
)
from smartklasse.storage import classes
from smartklasse.storage.ids import new_id, now_iso
from smartklasse.storage.transactions import write_transaction


def _clean(text: str, limit: int) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())[:limit]


# -- the pupil of the week ---------------------------------------------------------------------


@dataclass(frozen=True)
class WeekSnapshot:
    """A week's stored rows before a change, so the change can be undone exactly."""

    class_id: str
    week: dt.date
    row: dict[str, Any] | None
    away: tuple[str, ...]


def _row(db: Database, class_id: str, week: dt.date) -> dict[str, Any] | None:
    rows = list(
        db.query(
            "SELECT * FROM recognition_weeks WHERE class_id = ? AND week_start = ?",
            [class_id, week.isoformat()],
        )
    )
    return rows[0] if rows else None


def _away(db: Database, class_id: str, week: dt.date) -> tuple[str, ...]:
    return tuple(
        r[0]
        for r in db.execute(
            "SELECT pupil_id FROM recognition_week_away WHERE class_id = ? AND week_start = ?",
            [class_id, week.isoformat()],
        ).fetchall()
    )


def _earlier_turns(db: Database, class_id: str, week: dt.date) -> list[str]:
    """The pupils of the school year's weeks before ``week``, oldest first."""
    start, _end = school_year_range(week)
    return [
        r[0]
        for r in db.execute(
            "SELECT pupil_id FROM recognition_weeks WHERE class_id = ? AND pupil_id IS NOT NULL "
            "AND week_start >= ? AND week_start < ? ORDER BY week_start",
            [class_id, week_start(start).isoformat(), week.isoformat()],
        ).fetchall()
    ]


def _last_show_name(db: Database, class_id: str) -> bool:
    row = db.execute(
        "SELECT show_name FROM recognition_weeks WHERE class_id = ? "
        "ORDER BY week_start DESC LIMIT 1",
        [class_id],
    ).fetchone()
    return bool(row[0]) if row else False


def _fair_pupil(db: Database, class_id: str, week: dt.date) -> str | None:
    pupil_ids = [p.id for p in classes.list_pupils(db, class_id)]
    return next_pupil(pupil_ids, _earlier_turns(db, class_id, week), _away(db, class_id, week))


def _to_week(class_id: str, week: dt.date, row: dict[str, Any]) -> PupilWeek:
    return PupilWeek(class_id, week, row["pupil_id"], bool(row["show_name"]))


def pupil_week(db: Database, class_id: str, day: dt.date | None = None) -> PupilWeek:
    """The class's week of ``day`` (today), choosing its pupil in the fair order if not yet chosen.

    The choice is stored, so the same pupil stays the pupil of the week after a restart.
    """
    week = week_start(day or clock.today())
    with write_transaction(db):
        row = _row(db, class_id, week)
        if row is None or row["pupil_id"] is None:
            pupil_id = _fair_pupil(db, class_id, week)
            show = bool(row["show_name"]) if row else _last_show_name(db, class_id)
            row = {
                "class_id": class_id,
                "week_start": week.isoformat(),
                "pupil_id": pupil_id,
                "show_name": int(show),
            }
            if pupil_id is not None:
                db.table("recognition_weeks").upsert(row, pk=("class_id", "week_start"))
    return _to_week(class_id, week, row)


def snapshot_week(db: Database, class_id: str, week: dt.date) -> WeekSnapshot:
    """The week's rows as they are now (for undo)."""
    return WeekSnapshot(class_id, week, _row(db, class_id, week), _away(db, class_id, week))


def restore_week(db: Database, snapshot: WeekSnapshot) -> None:
    """Put a week back as :func:`snapshot_week` saw it."""
    key = [snapshot.class_id, snapshot.week.isoformat()]
    with write_transaction(db):
        db.execute("DELETE FROM recognition_weeks WHERE class_id = ? AND week_start = ?", key)
        db.execute("DELETE FROM recognition_week_away WHERE class_id = ? AND week_start = ?", key)
        existing = {p.id for p in classes.list_pupils(db, snapshot.class_id, True)}
        if snapshot.row is not None and (
            snapshot.row["pupil_id"] is None or snapshot.row["pupil_id"] in existing
        ):
            db.table("recognition_weeks").insert(snapshot.row)
        db.table("recognition_week_away").insert_all(
            [
                {"class_id": key[0], "week_start": key[1], "pupil_id": pid}
                for pid in snapshot.away
                if pid in existing
            ]
        )


def skip_pupil(db: Database, class_id: str, day: dt.date | None = None) -> WeekSnapshot:
    """The week's pupil is away: they keep their turn, the next one in the fair order gets it.

    Returns the week as it was (for undo).
    """
    current = pupil_week(db, class_id, day)
    before = snapshot_week(db, class_id, current.week)
    with write_transaction(db):
        if current.pupil_id is not None:
            db.table("recognition_week_away").insert(
                {
                    "class_id": class_id,
                    "week_start": current.week.isoformat(),
                    "pupil_id": current.pupil_id,
                },
                ignore=True,
            )
        pupil_id = _fair_pupil(db, class_id, current.week)
        db.execute(
            "UPDATE recognition_weeks SET pupil_id = ? WHERE class_id = ? AND week_start = ?",
            [pupil_id, class_id, current.week.isoformat()],
        )
    return before


def swap_pupil(
    db: Database, class_id: str, pupil_id: str, day: dt.date | None = None
) -> WeekSnapshot:
    """Give the week to ``pupil_id`` (a pupil whose turn it also is); return the week as it was."""
    current = pupil_week(db, class_id, day)
    before = snapshot_week(db, class_id, current.week)
    if pupil_id not in swap_choices(db, class_id, day):
        raise ValueError("that pupil has had a turn already")
    with write_transaction(db):
        db.execute(
            "UPDATE recognition_weeks SET pupil_id = ? WHERE class_id = ? AND week_start = ?",
            [pupil_id, class_id, current.week.isoformat()],
        )
    return before


def swap_choices(db: Database, class_id: str, day: dt.date | None = None) -> list[str]:
    """The pupils the week can go to: those whose turn it is, in class order."""
    week = week_start(day or clock.today())
    pupil_ids = [p.id for p in classes.list_pupils(db, class_id)]
    return due_pupils(pupil_ids, _earlier_turns(db, class_id, week))


def set_show_name(db: Database, class_id: str, show: bool, day: dt.date | None = None) -> bool:
    """Choose whether the board shows the pupil's name; return the choice it had."""
    current = pupil_week(db, class_id, day)
    with write_transaction(db):
        db.execute(
            "UPDATE recognition_weeks SET show_name = ? WHERE class_id = ? AND week_start = ?",
            [int(show), class_id, current.week.isoformat()],
        )
    return current.show_name


# -- recognitions ------------------------------------------------------------------------------


def _recognition(row: dict[str, Any]) -> Recognition:
    return Recognition(
        id=row["id"],
        pupil_id=row["pupil_id"],
        week=dt.date.fromisoformat(row["week_start"]),
        strength_id=row["strength_id"],
        sentence=row["sentence"],
        giver=GiverKind(row["giver_kind"]),
        created_at=row["created_at"],
    )


def add_recognition(
    db: Database,
    class_id: str,
    pupil_id: str,
    strength_id: str,
    sentence: str,
    giver: GiverKind,
    week: dt.date | None = None,
) -> str:
    """Record a strength seen in a pupil (in the week of ``week``, today); return its id."""
    recognition_id = new_id()
    with write_transaction(db):
        db.table("recognitions").insert(
            {
                "id": recognition_id,
                "class_id": class_id,
                "pupil_id": pupil_id,
                "week_start": week_start(week or clock.today()).isoformat(),
                "strength_id": strength_id,
                "sentence": _clean(sentence, MAX_SENTENCE_LENGTH),
                "giver_kind": giver.value,
                "created_at": now_iso(),
            }
        )
    return recognition_id


def remove_recognition(db: Database, recognition_id: str) -> dict[str, Any] | None:
    """Remove a recognition; return its row (for undo), None if there was none."""
    with write_transaction(db):
        rows = list(db.query("SELECT * FROM recognitions WHERE id = ?", [recognition_id]))
        db.execute("DELETE FROM recognitions WHERE id = ?", [recognition_id])
    return rows[0] if rows else None


def restore_recognition(db: Database, row: dict[str, Any] | None) -> None:
    """Put back a recognition removed by :func:`remove_recognition` (unless its pupil went)."""
    if row is None:
        return
    with write_transaction(db):
        if db.execute("SELECT 1 FROM pupils WHERE id = ?", [row["pupil_id"]]).fetchone():
            db.table("recognitions").insert(row, ignore=True)


def recognitions_for(db: Database, pupil_id: str, week: dt.date | None = None) -> list[Recognition]:
    """A pupil's recognitions, oldest first: of one week, or all of them with ``week`` None."""
    sql = "SELECT * FROM recognitions WHERE pupil_id = ?"
    params: list[str] = [pupil_id]
    if week is not None:
        sql += " AND week_start = ?"
        params.append(week_start(week).isoformat())
    return [_recognition(r) for r in db.query(sql + " ORDER BY created_at, rowid", params)]


# -- strength cards ----------------------------------------------------------------------------


def _card(row: dict[str, Any]) -> StrengthCard:
    return StrengthCard(
        id=row["id"],
        pupil_id=row["pupil_id"],
        strength_id=row["strength_id"],
        reason=row["reason"],
        given_on=dt.date.fromisoformat(row["given_on"]),
    )


def give_card(
    db: Database, pupil_id: str, strength_id: str, reason: str, given_on: dt.date | None = None
) -> str:
    """Give a pupil a strength card with a reason and a date (today); return its id."""
    card_id = new_id()
    with write_transaction(db):
        row = db.execute("SELECT class_id FROM pupils WHERE id = ?", [pupil_id]).fetchone()
        if row is None:
            raise KeyError(pupil_id)
        db.table("strength_cards").insert(
            {
                "id": card_id,
                "class_id": row[0],
                "pupil_id": pupil_id,
                "strength_id": strength_id,
                "reason": " ".join(unicodedata.normalize("NFC", reason).split())[
                    :MAX_REASON_LENGTH
                ],
                "given_on": (given_on or clock.today()).isoformat(),
                "created_at": now_iso(),
            }
        )
    return card_id


def take_back_card(db: Database, card_id: str) -> dict[str, Any] | None:
    """Remove a card (undo of giving it, or a mistake); return its row for undo."""
    with write_transaction(db):
        rows = list(db.query("SELECT * FROM strength_cards WHERE id = ?", [card_id]))
        db.execute("DELETE FROM strength_cards WHERE id = ?", [card_id])
    return rows[0] if rows else None


def restore_card(db: Database, row: dict[str, Any] | None) -> None:
    """Put back a card removed by :func:`take_back_card` (unless its pupil went)."""
    if row is None:
        return
    with write_transaction(db):
        if db.execute("SELECT 1 FROM pupils WHERE id = ?", [row["pupil_id"]]).fetchone():
            db.table("strength_cards").insert(row, ignore=True)


def cards_for(db: Database, pupil_id: str) -> list[StrengthCard]:
    """The cards a pupil has been given, oldest first."""
    return [
        _card(r)
        for r in db.query(
            "SELECT * FROM strength_cards WHERE pupil_id = ? ORDER BY given_on, created_at",
            [pupil_id],
        )
    ]


def cards_of_class(db: Database, class_id: str) -> list[StrengthCard]:
    """Every card given in a class, by pupil order then date."""
    return [
        _card(r)
        for r in db.query(
            "SELECT c.* FROM strength_cards c JOIN pupils p ON p.id = c.pupil_id "
            "WHERE c.class_id = ? ORDER BY p.position, c.given_on, c.created_at",
            [class_id],
        )
    ]
