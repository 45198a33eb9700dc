"""Reading the log for the Logg page: filtered listing, counts, aggregates and editing.

Filtering and summing happen in SQL (see ``log_schema`` for the indexes);
Python only shapes the rows that come back. Listing is keyset-paged on
(entry_date, created_at, id), newest first, so the hundredth page of a large
log costs what the first does.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlite_utils import Database

from smartklasse.domain.log_filters import (
    LogFilter,
    Period,
    school_year_months,
    school_year_range,
)
from smartklasse.storage.log import MAX_REFLECTION_LENGTH, EntrySnapshot, restore_entry
from smartklasse.storage.log_schema import LINK_SEPARATOR
from smartklasse.storage.transactions import write_transaction

#: Rows fetched per page by the table and the exports.
PAGE_SIZE = 200

SortKey = tuple[str, str, str]


class LogRow(NamedTuple):
    """One entry as the log table shows it.

    A named tuple rather than a frozen dataclass: a page of the table makes 200 of
    them, and a frozen dataclass took longer to build than the page took to read.
    """

    id: str
    entry_date: str
    created_at: str
    wheel_id: str | None
    task_id: str | None
    task_text: str
    whole_class: bool
    reflection_me: str
    reflection_others: str
    pupil_ids: tuple[str, ...] = ()
    pupil_names: tuple[str, ...] = ()
    strength_ids: tuple[str, ...] = ()

    @property
    def has_reflection(self) -> bool:
        """True when either reflection question was answered."""
        return bool(self.reflection_me or self.reflection_others)

    @property
    def sort_key(self) -> SortKey:
        """Where the row stands in the newest-first order (the paging cursor)."""
        return (self.entry_date, self.created_at, self.id)


#: Shortest search term the trigram index can answer; shorter ones are matched row by row.
_TRIGRAM = 3


def _fold(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").casefold()


def _ensure_functions(db: Database) -> None:
    # SQLite's own LOWER/LIKE only fold ASCII; "Åse" must match "åse".
    db.conn.create_function("sk_fold", 1, _fold, deterministic=True)


def _rowid_window(
    db: Database, f: LogFilter, span: tuple[dt.date, dt.date] | None
) -> tuple[int, int]:
    """The least and greatest rowid of the class's entries in the period (0, -1 when none).

    The full-text index covers the whole log; limited to this rowid window it only walks
    the matches near the class's period instead of every match of ten school years.
    Read from the (class, date) index alone: cheaper than reading the rows themselves.
    """
    sql = "SELECT MIN(rowid), MAX(rowid) FROM log_entries WHERE class_id = ?"
    params: list[Any] = [f.class_id]
    if span is not None:
        sql += " AND entry_date BETWEEN ? AND ?"
        params += [span[0].isoformat(), span[1].isoformat()]
    low, high = db.execute(sql, params).fetchone()
    return (0, -1) if low is None else (int(low), int(high))


def filter_sql(
    db: Database, f: LogFilter, today: dt.date, alias: str = "e"
) -> tuple[str, list[Any]]:
    """The WHERE clause (without ``WHERE``) and its parameters for a filter."""
    e = alias
    clauses = [f"{e}.class_id = ?"]
    params: list[Any] = [f.class_id]
    span = f.date_range(today)
    if span is not None:
        clauses.append(f"{e}.entry_date BETWEEN ? AND ?")
        params += [span[0].isoformat(), span[1].isoformat()]
    if f.wheel_id:
        clauses.append(f"{e}.wheel_id = ?")
        params.append(f.wheel_id)
    if f.task_id:
        clauses.append(f"{e}.task_id = ?")
        params.append(f.task_id)
    if f.pupil_id:
        # IN lets the planner start from the pupil's own entries when that is cheaper.
        clauses.append(
            f"{e}.id IN (SELECT fp.entry_id FROM log_entry_pupils fp WHERE fp.pupil_id = ?)"
        )
        params.append(f.pupil_id)
    if f.strength_id:
        clauses.append(
            f"{e}.id IN (SELECT fs.entry_id FROM log_entry_strengths fs WHERE fs.strength_id = ?)"
        )
        params.append(f.strength_id)
    window: tuple[int, int] | None = None
    for term in f.search_terms():
        if len(term) >= _TRIGRAM:
            if window is None:
                window = _rowid_window(db, f, span)
            # The full-text indexes find any part of a word in any case (trigram tokens).
            phrase = '"' + term.replace('"', '""') + '"'
            # Both as lists: the class's matching pupils' entries (an entry's pupils are
            # its class's), not a join per entry of the period.
            clauses.append(
                f"({e}.rowid IN (SELECT rowid FROM log_text_fts WHERE log_text_fts MATCH ? "
                "AND rowid BETWEEN ? AND ?) "
                f"OR {e}.id IN (SELECT sp.entry_id FROM log_entry_pupils sp "
                "WHERE sp.pupil_id IN (SELECT sn.id FROM pupils sn WHERE sn.class_id = ? "
                "AND sn.rowid IN (SELECT rowid FROM pupil_name_fts WHERE pupil_name_fts MATCH ?))))"
            )
            params += [phrase, *window, f.class_id, phrase]
            continue
        clauses.append(
            f"(instr(sk_fold({e}.task_text), ?) OR instr(sk_fold({e}.reflection_me), ?) "
            f"OR instr(sk_fold({e}.reflection_others), ?) OR EXISTS (SELECT 1 FROM "
            "log_entry_pupils sp JOIN pupils sn ON sn.id = sp.pupil_id "
            f"WHERE sp.entry_id = {e}.id AND instr(sk_fold(sn.name), ?)))"
        )
        params += [term] * 4
    return " AND ".join(clauses), params


@dataclass(frozen=True)
class _Summary:
    """Where a filter's counts can be read from the summary tables instead of the log.

    ``strengths`` is empty when the filter names a wheel or task: strength rows are
    per day, not per task. ``month`` is the column expression giving a row's month.
    """

    tasks: str
    strengths: str
    where: str
    params: list[Any]
    month: str = "substr(entry_date, 1, 7)"


def _whole_months(span: tuple[dt.date, dt.date] | None) -> bool:
    """True when ``span`` is all time or starts on a 1st and ends on a month's last day."""
    if span is None:
        return True
    return span[0].day == 1 and (span[1] + dt.timedelta(days=1)).day == 1


def _summary(f: LogFilter, today: dt.date) -> _Summary | None:
    """The summary tables and WHERE clause for ``f``, or None when it needs the log itself.

    Class, period, wheel, task and pupil are summary keys; a strength filter (which
    strengths went with it) and a search need the entries. Whole months (all time, a
    school year, a month) are read from the monthly rows, so a chart or a profile costs
    the same in year ten as in year one.
    """
    if f.strength_id or f.search_terms():
        return None
    clauses = ["class_id = ?"]
    params: list[Any] = [f.class_id]
    tasks, strengths = "log_sum_tasks", "log_sum_strengths"
    span = f.date_range(today)
    monthly = _whole_months(span)
    if monthly:
        tasks, strengths = "log_sum_month_tasks", "log_sum_month_strengths"
    if f.pupil_id:
        tasks, strengths = "log_sum_pupil_tasks", "log_sum_pupil_strengths"
        if monthly:
            tasks, strengths = "log_sum_pupil_month_tasks", "log_sum_pupil_month_strengths"
        clauses.append("pupil_id = ?")
        params.append(f.pupil_id)
    if span is not None:
        if monthly:
            clauses.append("month BETWEEN ? AND ?")
            params += [span[0].isoformat()[:7], span[1].isoformat()[:7]]
        else:
            clauses.append("entry_date BETWEEN ? AND ?")
            params += [span[0].isoformat(), span[1].isoformat()]
    if f.wheel_id or f.task_id:
        strengths = ""
    if f.wheel_id:
        clauses.append("wheel_id = ?")
        params.append(f.wheel_id)
    if f.task_id:
        clauses.append("task_id = ?")
        params.append(f.task_id)
    return _Summary(
        tasks, strengths, " AND ".join(clauses), params, "month" if monthly else _Summary.month
    )


def count_entries(db: Database, f: LogFilter, today: dt.date) -> int:
    """How many entries match the filter."""
    summary = _summary(f, today)
    if summary is not None:
        return int(
            db.execute(
                f"SELECT COALESCE(SUM(n), 0) FROM {summary.tasks} WHERE {summary.where}",
                summary.params,
            ).fetchone()[0]
        )
    _ensure_functions(db)
    where, params = filter_sql(db, f, today)
    return int(
        db.execute(f"SELECT COUNT(*) FROM log_entries e WHERE {where}", params).fetchone()[0]
    )


def list_entries(
    db: Database,
    f: LogFilter,
    today: dt.date,
    limit: int = PAGE_SIZE,
    after: SortKey | None = None,
) -> list[LogRow]:
    """Up to ``limit`` matching entries, newest first, starting after the ``after`` cursor."""
    _ensure_functions(db)
    where, params = filter_sql(db, f, today)
    if after is not None:
        where += " AND (e.entry_date, e.created_at, e.id) < (?, ?, ?)"
        params += list(after)
    rows = db.execute(
        f"SELECT {_ROW_COLUMNS} FROM log_entries e WHERE {where} "
        "ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return _log_rows(db, rows)


def iter_entries(db: Database, f: LogFilter, today: dt.date) -> Iterator[LogRow]:
    """Every matching entry, newest first, fetched a page at a time."""
    after: SortKey | None = None
    while True:
        page = list_entries(db, f, today, PAGE_SIZE, after)
        yield from page
        if len(page) < PAGE_SIZE:
            return
        after = page[-1].sort_key


#: The columns a LogRow is made of, in the order :func:`_log_rows` reads them: the entry's
#: own, then its pupils' and strengths' ids as listed on the entry by ``log_schema``'s
#: triggers (one pass down the class's index reads a page and its links).
_ROW_COLUMNS = (
    "e.id, e.entry_date, e.created_at, e.wheel_id, e.task_id, e.task_text, e.whole_class, "
    "e.reflection_me, e.reflection_others, e.pupil_ids, e.strength_ids"
)


def _log_rows(db: Database, rows: list[tuple[Any, ...]]) -> list[LogRow]:
    """LogRows from tuples of :data:`_ROW_COLUMNS`, pupils and strengths in list order.

    The page's pupils (a class's worth) and the strength catalogue are read once and
    ranked; each distinct list of links is split and put in that order once (a sort
    keyed by a dict lookup, no Python key function). Plain tuples rather than
    ``db.query`` dicts: building a dict per row cost more than the query.
    """
    if not rows:
        return []
    named = set(LINK_SEPARATOR.join([row[9] for row in rows]).split(LINK_SEPARATOR))
    named.discard("")
    pupils = sorted(
        db.execute(
            f"SELECT position, name, id FROM pupils WHERE id IN ({','.join('?' * len(named))})",
            list(named),
        ).fetchall()
    )
    # Links cascade with their pupil, so every linked pupil has a row.
    pupil_rank = {pupil_id: rank for rank, (_p, _n, pupil_id) in enumerate(pupils)}
    pupil_name = {pupil_id: name for _position, name, pupil_id in pupils}
    strength_rank = {
        strength_id: rank
        for rank, (_position, strength_id) in enumerate(
            sorted(db.execute("SELECT position, id FROM strengths").fetchall())
        )
    }
    pupil_lists: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {"": ((), ())}
    strength_lists: dict[str, tuple[str, ...]] = {"": ()}
    result = []
    for entry_id, date, created, wheel, task, text, whole, me, others, linked, used in rows:
        people = pupil_lists.get(linked)
        if people is None:
            ids = linked.split(LINK_SEPARATOR)
            ids.sort(key=pupil_rank.__getitem__)
            people = pupil_lists[linked] = (tuple(ids), tuple(map(pupil_name.__getitem__, ids)))
        strengths = strength_lists.get(used)
        if strengths is None:
            ids = used.split(LINK_SEPARATOR)
            ids.sort(key=strength_rank.__getitem__)
            strengths = strength_lists[used] = tuple(ids)
        result.append(
            LogRow(
                entry_id,
                date,
                created,
                wheel,
                task,
                text,
                bool(whole),
                me,
                others,
                people[0],
                people[1],
                strengths,
            )
        )
    return result


# -- aggregates -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TaskCount:
    """How often one wheel task was completed."""

    wheel_id: str | None
    task_id: str | None
    task_text: str
    count: int


@dataclass(frozen=True)
class MonthCount:
    """One month of the school-year trend."""

    year: int
    month: int
    entries: int
    strength_uses: int


def strength_counts(db: Database, f: LogFilter, today: dt.date) -> dict[str, int]:
    """For each strength, in how many matching entries it was used (unused ones left out)."""
    summary = _summary(f, today)
    if summary is not None and summary.strengths:
        return {
            r[0]: int(r[1])
            for r in db.execute(
                f"SELECT strength_id, SUM(n) FROM {summary.strengths} WHERE {summary.where} "
                "GROUP BY strength_id",
                summary.params,
            ).fetchall()
        }
    _ensure_functions(db)
    where, params = filter_sql(db, f, today)
    return {
        r[0]: int(r[1])
        for r in db.execute(
            "SELECT ls.strength_id, COUNT(*) FROM log_entries e "
            f"JOIN log_entry_strengths ls ON ls.entry_id = e.id WHERE {where} "
            "GROUP BY ls.strength_id",
            params,
        ).fetchall()
    }


def monthly_trend(db: Database, f: LogFilter, today: dt.date) -> list[MonthCount]:
    """Entries and strength uses per month over ``today``'s school year (all 12 months).

    The filter's own period is replaced by the school year; its other fields apply.
    """
    _ensure_functions(db)
    start, end = school_year_range(today)
    span = replace(f, period=Period.CUSTOM, start=start, end=end)
    summary = _summary(span, today)
    if summary is not None and summary.strengths:
        entries = dict(
            db.execute(
                f"SELECT {summary.month}, SUM(n) FROM {summary.tasks} "
                f"WHERE {summary.where} GROUP BY 1",
                summary.params,
            ).fetchall()
        )
        uses = dict(
            db.execute(
                f"SELECT {summary.month}, SUM(n) FROM {summary.strengths} "
                f"WHERE {summary.where} GROUP BY 1",
                summary.params,
            ).fetchall()
        )
        return _months(today, entries, uses)
    where, params = filter_sql(db, span, today)
    entries = dict(
        db.execute(
            "SELECT substr(e.entry_date, 1, 7), COUNT(*) FROM log_entries e "
            f"WHERE {where} GROUP BY 1",
            params,
        ).fetchall()
    )
    uses = dict(
        db.execute(
            "SELECT substr(e.entry_date, 1, 7), COUNT(*) FROM log_entries e "
            f"JOIN log_entry_strengths ls ON ls.entry_id = e.id WHERE {where} GROUP BY 1",
            params,
        ).fetchall()
    )
    return _months(today, entries, uses)


def _months(today: dt.date, entries: dict[str, int], uses: dict[str, int]) -> list[MonthCount]:
    result = []
    for year, month in school_year_months(today):
        key = f"{year:04d}-{month:02d}"
        result.append(MonthCount(year, month, int(entries.get(key, 0)), int(uses.get(key, 0))))
    return result


def task_completions(db: Database, f: LogFilter, today: dt.date) -> list[TaskCount]:
    """Each task with its number of matching entries, most completed first."""
    summary = _summary(f, today)
    if summary is not None:
        rows = db.execute(
            "SELECT NULLIF(wheel_id, ''), NULLIF(task_id, ''), MAX(task_text), SUM(n) AS n "
            f"FROM {summary.tasks} WHERE {summary.where} GROUP BY wheel_id, task_id, "
            "CASE WHEN task_id = '' THEN task_text END ORDER BY n DESC, wheel_id, task_id",
            summary.params,
        ).fetchall()
        return [TaskCount(r[0], r[1], r[2], int(r[3])) for r in rows]
    _ensure_functions(db)
    where, params = filter_sql(db, f, today)
    rows = db.execute(
        "SELECT e.wheel_id, e.task_id, MAX(e.task_text), COUNT(*) AS n FROM log_entries e "
        f"WHERE {where} GROUP BY e.wheel_id, e.task_id, "
        "CASE WHEN e.task_id IS NULL THEN e.task_text END "
        "ORDER BY n DESC, e.wheel_id, e.task_id",
        params,
    ).fetchall()
    return [TaskCount(r[0], r[1], r[2], int(r[3])) for r in rows]


# -- editing ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntryEdit:
    """What the teacher can change in an entry."""

    entry_date: dt.date
    pupil_ids: tuple[str, ...]
    strength_ids: tuple[str, ...]
    reflection_me: str
    reflection_others: str


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()[:MAX_REFLECTION_LENGTH]


def snapshot_entry(db: Database, entry_id: str) -> EntrySnapshot | None:
    """Every row of one entry as it is now, or None if there is no such entry."""
    rows = list(db.query("SELECT * FROM log_entries WHERE id = ?", [entry_id]))
    if not rows:
        return None
    return EntrySnapshot(
        entry=rows[0],
        pupils=list(db.query("SELECT * FROM log_entry_pupils WHERE entry_id = ?", [entry_id])),
        strengths=list(
            db.query("SELECT * FROM log_entry_strengths WHERE entry_id = ?", [entry_id])
        ),
    )


def edit_entry(db: Database, entry_id: str, edit: EntryEdit) -> EntrySnapshot | None:
    """Change an entry in one transaction; return the entry as it was, for undo."""
    with write_transaction(db):
        before = snapshot_entry(db, entry_id)
        if before is None:
            return None
        db.execute(
            "UPDATE log_entries SET entry_date = ?, reflection_me = ?, reflection_others = ? "
            "WHERE id = ?",
            [
                edit.entry_date.isoformat(),
                _clean(edit.reflection_me),
                _clean(edit.reflection_others),
                entry_id,
            ],
        )
        db.execute("DELETE FROM log_entry_pupils WHERE entry_id = ?", [entry_id])
        db.execute("DELETE FROM log_entry_strengths WHERE entry_id = ?", [entry_id])
        db.conn.executemany(
            "INSERT INTO log_entry_pupils (entry_id, pupil_id) VALUES (?, ?)",
            [(entry_id, p) for p in dict.fromkeys(edit.pupil_ids)],
        )
        db.conn.executemany(
            "INSERT INTO log_entry_strengths (entry_id, strength_id) VALUES (?, ?)",
            [(entry_id, s) for s in dict.fromkeys(edit.strength_ids)],
        )
    return before


def put_back_entry(db: Database, snapshot: EntrySnapshot) -> None:
    """Replace an entry with a snapshot of it in one transaction (the undo of an edit)."""
    with write_transaction(db):
        db.execute("DELETE FROM log_entries WHERE id = ?", [snapshot.entry["id"]])
        restore_entry(db, snapshot)


@dataclass(frozen=True)
class PupilProfile:
    """A pupil's strength profile, for the teacher's development conversation."""

    pupil_id: str
    name: str
    class_name: str
    entry_count: int
    strength_counts: dict[str, int]
    tasks: list[TaskCount]
    #: The pupil's newest entries with a reflection answer (at most PROFILE_REFLECTIONS).
    reflections: list[LogRow]


#: Reflections a profile shows: the newest, so a profile costs the same in year ten.
PROFILE_REFLECTIONS = PAGE_SIZE


def _reflections(db: Database, f: LogFilter, today: dt.date) -> list[LogRow]:
    """The newest :data:`PROFILE_REFLECTIONS` entries of ``f`` with a reflection answer.

    For a pupil in a class over a period (a profile's usual filter) they are read down
    the pupil's reflection list, newest first, and stop at the limit; other filters
    read the log.
    """
    span = f.date_range(today)
    if f.pupil_id and not (f.wheel_id or f.task_id or f.strength_id or f.search_terms()):
        where = "r.pupil_id = ? AND r.class_id = ?"
        params: list[Any] = [f.pupil_id, f.class_id]
        if span is not None:
            where += " AND r.entry_date BETWEEN ? AND ?"
            params += [span[0].isoformat(), span[1].isoformat()]
        rows = db.execute(
            f"SELECT {_ROW_COLUMNS} FROM log_pupil_reflections r "
            f"JOIN log_entries e ON e.id = r.entry_id WHERE {where} "
            "ORDER BY r.entry_date DESC, r.created_at DESC, r.entry_id DESC LIMIT ?",
            [*params, PROFILE_REFLECTIONS],
        ).fetchall()
        return _log_rows(db, rows)
    _ensure_functions(db)
    where, params = filter_sql(db, f, today)
    rows = db.execute(
        f"SELECT {_ROW_COLUMNS} FROM log_entries e WHERE {where} "
        "AND (e.reflection_me != '' OR e.reflection_others != '') "
        "ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT ?",
        [*params, PROFILE_REFLECTIONS],
    ).fetchall()
    return _log_rows(db, rows)


def pupil_profile(db: Database, pupil_id: str, f: LogFilter, today: dt.date) -> PupilProfile | None:
    """The profile of one pupil over the filter's period (other filter fields apply too)."""
    rows = list(
        db.query(
            "SELECT p.name, p.class_id, c.name AS class_name FROM pupils p "
            "JOIN classes c ON c.id = p.class_id WHERE p.id = ?",
            [pupil_id],
        )
    )
    if not rows:
        return None
    own = replace(f, pupil_id=pupil_id, class_id=rows[0]["class_id"])
    return PupilProfile(
        pupil_id=pupil_id,
        name=rows[0]["name"],
        class_name=rows[0]["class_name"],
        entry_count=count_entries(db, own, today),
        strength_counts=strength_counts(db, own, today),
        tasks=task_completions(db, own, today),
        reflections=_reflections(db, own, today),
    )
