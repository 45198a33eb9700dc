"""What a class worked on in a period, read for the practice summary; the teacher's notes.

Class level only: counts of tasks, strengths, stars, games and calendar doors. Pupils' names
appear only with the reflections the teacher picked, and only when the teacher chose to show
them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from smartklasse.domain.documents import (
    ChosenReflection,
    Counted,
    PracticeSummaryData,
    StarRoundSummary,
)
from smartklasse.domain.texts import pick_text
from smartklasse.storage import classes
from smartklasse.storage.transactions import write_transaction

#: The most reflections a summary shows.
MAX_REFLECTIONS = 5
#: The longest note the teacher writes, in characters.
MAX_NOTES_LENGTH = 6000


@dataclass(frozen=True)
class PracticeNotes:
    """The teacher's text and chosen reflections for a class's summary."""

    text: str = ""
    reflection_ids: tuple[str, ...] = ()
    show_names: bool = False


@dataclass(frozen=True)
class ReflectionChoice:
    """A reflection the teacher may pick: its entry, date, task, text and pupils."""

    entry_id: str
    date: dt.date
    task: str
    text: str
    names: tuple[str, ...] = field(default_factory=tuple)


def get_notes(db: Database, class_id: str) -> PracticeNotes:
    """The class's notes (empty ones when none were written)."""
    rows = list(db.query("SELECT * FROM practice_notes WHERE class_id = ?", [class_id]))
    if not rows:
        return PracticeNotes()
    row = rows[0]
    return PracticeNotes(
        row["text"], tuple(json.loads(row["reflections"])), bool(row["show_names"])
    )


def save_notes(db: Database, class_id: str, notes: PracticeNotes) -> PracticeNotes:
    """Store the class's notes in one transaction (at most five reflections); return the old."""
    with write_transaction(db):
        before = get_notes(db, class_id)
        db.table("practice_notes").upsert(
            {
                "class_id": class_id,
                "text": notes.text[:MAX_NOTES_LENGTH],
                "reflections": json.dumps(
                    list(dict.fromkeys(notes.reflection_ids))[:MAX_REFLECTIONS]
                ),
                "show_names": int(notes.show_names),
            },
            pk="class_id",
        )
    return before


def _task_text(db: Database, task_id: str | None, fallback: str, lang: str) -> str:
    if task_id:
        row = db.execute("SELECT texts FROM wheel_tasks WHERE id = ?", [task_id]).fetchone()
        if row:
            return pick_text(json.loads(row[0]), lang)
    return fallback


def reflection_choices(
    db: Database, class_id: str, start: dt.date, end: dt.date, lang: str, limit: int = 200
) -> list[ReflectionChoice]:
    """Entries of the period with a reflection, newest first."""
    rows = db.execute(
        "SELECT id, entry_date, task_id, task_text, reflection_me, reflection_others "
        "FROM log_entries WHERE class_id = ? AND entry_date BETWEEN ? AND ? "
        "AND (reflection_me != '' OR reflection_others != '') "
        "ORDER BY entry_date DESC, created_at DESC LIMIT ?",
        [class_id, start.isoformat(), end.isoformat(), limit],
    ).fetchall()
    choices = []
    for entry_id, day, task_id, task_text, me, others in rows:
        names = tuple(
            r[0]
            for r in db.execute(
                "SELECT p.name FROM log_entry_pupils lp JOIN pupils p ON p.id = lp.pupil_id "
                "WHERE lp.entry_id = ? ORDER BY p.position",
                [entry_id],
            )
        )
        text = " / ".join(t for t in (me, others) if t)
        choices.append(
            ReflectionChoice(
                entry_id,
                dt.date.fromisoformat(day),
                _task_text(db, task_id, task_text, lang),
                text,
                names,
            )
        )
    return choices


def summary_data(
    db: Database, class_id: str, start: dt.date, end: dt.date, lang: str
) -> PracticeSummaryData:
    """Everything the practice summary shows for a class and period (dates inclusive)."""
    period = [class_id, start.isoformat(), end.isoformat()]
    in_period = "e.class_id = ? AND e.entry_date BETWEEN ? AND ?"
    entries = db.execute(
        f"SELECT COUNT(*) FROM log_entries e WHERE {in_period}", period
    ).fetchone()[0]
    tasks = []
    for task_id, count in db.execute(
        f"SELECT e.task_id, COUNT(*) FROM log_entries e WHERE {in_period} "
        "AND e.task_id IS NOT NULL GROUP BY e.task_id ORDER BY COUNT(*) DESC LIMIT 12",
        period,
    ):
        row = db.execute(
            "SELECT t.texts, w.colour FROM wheel_tasks t JOIN wheels w ON w.id = t.wheel_id "
            "WHERE t.id = ?",
            [task_id],
        ).fetchone()
        if row:
            tasks.append(Counted(pick_text(json.loads(row[0]), lang), count, row[1]))
    strengths = tuple(
        Counted(pick_text(json.loads(names), lang), count, colour)
        for names, colour, count in db.execute(
            "SELECT s.names, s.colour, COUNT(*) FROM log_entry_strengths ls "
            f"JOIN log_entries e ON e.id = ls.entry_id JOIN strengths s ON s.id = ls.strength_id "
            f"WHERE {in_period} GROUP BY s.id ORDER BY COUNT(*) DESC, s.position",
            period,
        )
    )
    rounds = tuple(
        StarRoundSummary(
            goal,
            number,
            stars,
            target,
            dt.date.fromisoformat(finished) if finished and finished <= end.isoformat() else None,
        )
        for goal, number, target, finished, stars in db.execute(
            "SELECT w.goal, r.number, r.target, r.finished_on, COUNT(s.id) FROM star_rounds r "
            "JOIN star_walls w ON w.id = r.wall_id LEFT JOIN stars s ON s.round_id = r.id "
            "AND s.awarded_on BETWEEN ? AND ? WHERE w.class_id = ? "
            "GROUP BY r.id HAVING COUNT(s.id) > 0 ORDER BY w.position, r.number",
            [start.isoformat(), end.isoformat(), class_id],
        )
    )
    games = tuple(
        Counted(title, count, "#2E7D32")
        for title, count in db.execute(
            "SELECT e.task_text, COUNT(*) FROM game_plays g JOIN log_entries e "
            f"ON e.id = g.entry_id WHERE {in_period} GROUP BY e.task_text "
            "ORDER BY COUNT(*) DESC, e.task_text",
            period,
        )
    )
    calendars = tuple(
        Counted(pick_text(json.loads(names), lang), count, "#C62828")
        for names, count in db.execute(
            "SELECT c.names, COUNT(*) FROM advent_doors_opened d "
            "JOIN advent_calendars c ON c.id = d.calendar_id "
            "WHERE d.class_id = ? AND d.day BETWEEN ? AND ? GROUP BY c.id ORDER BY c.position",
            period,
        )
    )
    notes = get_notes(db, class_id)
    chosen = {c.entry_id: c for c in reflection_choices(db, class_id, start, end, lang, 10_000)}
    reflections = tuple(
        ChosenReflection(c.date, c.task, c.text, ", ".join(c.names) if notes.show_names else "")
        for c in (chosen.get(i) for i in notes.reflection_ids)
        if c is not None
    )
    found = classes.get_class(db, class_id)
    return PracticeSummaryData(
        class_name=found.name if found else "",
        start=start,
        end=end,
        entries=int(entries),
        tasks=tuple(tasks),
        strengths=strengths,
        star_rounds=rounds,
        games=games,
        calendars=calendars,
        reflections=reflections,
        notes=notes.text,
    )
