"""Read-only loaders that gather what a printed document shows (no writes, no reportlab)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from smartklasse.domain.documents import (
    CompletedTask,
    PupilProfileData,
    ReflectionSheetData,
    ReflectionTask,
    StarChartData,
)
from smartklasse.domain.texts import pick_text
from smartklasse.domain.wheels import Wheel
from smartklasse.storage import catalogue, classes


@dataclass(frozen=True)
class StarWallChoice:
    """A star wall a chart can be printed for."""

    id: str
    goal: str


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def wheel_task(db: Database, task_id: str, lang: str) -> ReflectionTask | None:
    """The text, wheel colour and wheel name of one wheel task, or None."""
    for wheel in catalogue.list_wheels(db, include_archived=True):
        for task in wheel.tasks:
            if task.id == task_id:
                return ReflectionTask(task.text(lang), wheel.colour, wheel.name(lang))
    return None


def reflection_sheet_data(
    db: Database,
    lang: str,
    *,
    task_id: str | None = None,
    pupil_ids: Sequence[str] | None = None,
    date: dt.date | None = None,
    class_id: str | None = None,
) -> ReflectionSheetData:
    """Sheets for a chosen task (or none: a line to write it).

    ``pupil_ids`` None gives one blank sheet; an empty list of a class gives
    nothing, so the caller passes the class's pupil ids for a class set.
    """
    names = {p.id: p.name for p in classes.list_pupils(db, class_id)} if class_id else {}
    pupils: tuple[str | None, ...]
    if pupil_ids is None:
        pupils = (None,)
    else:
        missing = [pid for pid in pupil_ids if pid not in names]
        for pid in missing:
            row = db.execute("SELECT name FROM pupils WHERE id = ?", [pid]).fetchone()
            if row:
                names[pid] = row[0]
        pupils = tuple(names[pid] for pid in pupil_ids if pid in names)
    school_class = classes.get_class(db, class_id) if class_id else None
    return ReflectionSheetData(
        task=wheel_task(db, task_id, lang) if task_id else None,
        strengths=tuple(catalogue.list_strengths(db)),
        pupils=pupils,
        date=date,
        class_name=school_class.name if school_class else "",
    )


def list_star_walls(db: Database, class_id: str) -> list[StarWallChoice]:
    """The class's star walls that are not archived, in the teacher's order."""
    return [
        StarWallChoice(r["id"], r["goal"])
        for r in db.query(
            "SELECT id, goal FROM star_walls WHERE class_id = ? AND archived_at IS NULL "
            "ORDER BY position, created_at",
            [class_id],
        )
    ]


def star_chart_data(db: Database, wall_id: str) -> StarChartData:
    """A wall's latest round: goal, chosen strengths, target and the dates of its stars."""
    wall = db.execute("SELECT class_id, goal FROM star_walls WHERE id = ?", [wall_id]).fetchone()
    if wall is None:
        raise KeyError(wall_id)
    class_id, goal = wall
    by_id = {s.id: s for s in catalogue.list_strengths(db, include_hidden=True)}
    chosen = tuple(
        by_id[r[0]]
        for r in db.execute(
            "SELECT strength_id FROM star_wall_strengths WHERE wall_id = ? ORDER BY position",
            [wall_id],
        ).fetchall()
        if r[0] in by_id
    )
    round_row = db.execute(
        "SELECT id, number, target, started_on, finished_on FROM star_rounds "
        "WHERE wall_id = ? ORDER BY number DESC LIMIT 1",
        [wall_id],
    ).fetchone()
    stars: tuple[dt.date, ...] = ()
    target, number, started, finished = 0, 1, None, None
    if round_row is not None:
        round_id, number, target, started_on, finished_on = round_row
        started, finished = _date(started_on), _date(finished_on)
        stars = tuple(
            d
            for (value,) in db.execute(
                "SELECT awarded_on FROM stars WHERE round_id = ? ORDER BY awarded_on, created_at",
                [round_id],
            ).fetchall()
            if (d := _date(value)) is not None
        )
    school_class = classes.get_class(db, class_id)
    return StarChartData(
        goal=goal,
        strengths=chosen,
        target=target,
        stars=stars,
        started_on=started,
        finished_on=finished,
        class_name=school_class.name if school_class else "",
        round_number=number,
    )


def pupil_profile_data(
    db: Database, pupil_id: str, start: dt.date, end: dt.date, lang: str
) -> PupilProfileData:
    """What one pupil took part in between ``start`` and ``end`` (inclusive).

    Tasks logged for the whole class count for every pupil in it. Reflection
    answers are shown only from entries where this pupil was the only one named,
    so a profile never prints another child's words.
    """
    pupil = db.execute("SELECT class_id, name FROM pupils WHERE id = ?", [pupil_id]).fetchone()
    if pupil is None:
        raise KeyError(pupil_id)
    class_id, name = pupil
    wheels = {w.id: w for w in catalogue.list_wheels(db, include_archived=True)}
    rows = db.execute(
        """
        SELECT e.id, e.wheel_id, e.task_id, e.task_text, e.entry_date, e.reflection_me,
               e.reflection_others,
               (SELECT COUNT(*) FROM log_entry_pupils x WHERE x.entry_id = e.id) AS named
        FROM log_entries e
        WHERE e.class_id = ? AND e.entry_date BETWEEN ? AND ?
          AND (e.whole_class = 1 OR EXISTS (
               SELECT 1 FROM log_entry_pupils lp WHERE lp.entry_id = e.id AND lp.pupil_id = ?))
        ORDER BY e.entry_date, e.created_at
        """,
        [class_id, start.isoformat(), end.isoformat() + "\uffff", pupil_id],
    ).fetchall()
    strengths_of: dict[str, list[str]] = {}
    ids = [r[0] for r in rows]
    if ids:
        marks = ",".join("?" for _ in ids)
        for entry_id, strength_id in db.execute(
            "SELECT ls.entry_id, ls.strength_id FROM log_entry_strengths ls "
            f"JOIN strengths s ON s.id = ls.strength_id WHERE ls.entry_id IN ({marks}) "
            "ORDER BY s.position",
            ids,
        ).fetchall():
            strengths_of.setdefault(entry_id, []).append(strength_id)
    tasks = []
    counts: dict[str, int] = {}
    for entry_id, wheel_id, task_id, task_text, entry_date, me, others, named in rows:
        wheel = wheels.get(wheel_id or "")
        text = task_text or _task_text(wheel, task_id, lang)
        own = named == 1
        used = tuple(strengths_of.get(entry_id, ()))
        for sid in used:
            counts[sid] = counts.get(sid, 0) + 1
        tasks.append(
            CompletedTask(
                date=_date(entry_date) or start,
                text=text,
                wheel_colour=wheel.colour if wheel else "#455A64",
                strength_ids=used,
                reflection_me=me if own else "",
                reflection_others=others if own else "",
            )
        )
    school_class = classes.get_class(db, class_id)
    return PupilProfileData(
        pupil_name=name,
        class_name=school_class.name if school_class else "",
        start=start,
        end=end,
        strengths=tuple(catalogue.list_strengths(db, include_hidden=True)),
        tasks=tuple(tasks),
        strength_counts=counts,
    )


def _task_text(wheel: Wheel | None, task_id: str | None, lang: str) -> str:
    if wheel is None or not task_id:
        return ""
    task = next((t for t in wheel.tasks if t.id == task_id), None)
    return pick_text(task.texts, lang) if task else ""
