"""Indexes for filtering and summing up the log (the Logg page and its reports)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.storage.transactions import execute_script

log_reports = Migrations("smartklasse.log_reports")


@log_reports()
def m001_log_filter_indexes(db: Database) -> None:
    """Indexes the log filters and aggregates need (checked with EXPLAIN QUERY PLAN).

    - newest-first listing of a class, with ties broken by creation time and id
      (keyset paging walks this index backwards without a sort);
    - a wheel or a task within a class and period;
    - a pupil's entries and a strength's entries without visiting the table rows.
    """
    execute_script(
        db,
        """
        CREATE INDEX IF NOT EXISTS idx_log_class_order
            ON log_entries(class_id, entry_date, created_at, id);
        CREATE INDEX IF NOT EXISTS idx_log_class_wheel
            ON log_entries(class_id, wheel_id, entry_date);
        CREATE INDEX IF NOT EXISTS idx_log_class_task
            ON log_entries(class_id, task_id, entry_date);
        CREATE INDEX IF NOT EXISTS idx_log_pupils_pupil_entry
            ON log_entry_pupils(pupil_id, entry_id);
        CREATE INDEX IF NOT EXISTS idx_log_strengths_strength_entry
            ON log_entry_strengths(strength_id, entry_id);
        """,
    )


# Summaries: counts per class, day, task and strength, kept by triggers in the same
# transaction as every change to the log (an entry, an edit, an undo, a deletion, a
# cascade from a deleted class or pupil), so a report reads a few hundred summary rows
# instead of every entry of ten school years. NULL wheel or task ids are stored as ''
# so they can be part of a primary key. Strength rows are per day and strength only:
# with the task in their key they grew with the log (a busy day has many tasks).
_TASK_KEY = "class_id, entry_date, wheel_id, task_id, task_text"
_STRENGTH_KEY = "class_id, entry_date, strength_id"


def _entry(row: str) -> str:
    """The summary key columns of a log entry row (``NEW`` or ``OLD``)."""
    return (
        f"{row}.class_id, {row}.entry_date, COALESCE({row}.wheel_id, ''), "
        f"COALESCE({row}.task_id, '')"
    )


def _day(row: str) -> str:
    return f"class_id = {row}.class_id AND entry_date = {row}.entry_date"


def _match(row: str) -> str:
    return (
        f"class_id = {row}.class_id AND entry_date = {row}.entry_date "
        f"AND wheel_id = COALESCE({row}.wheel_id, '') AND task_id = COALESCE({row}.task_id, '')"
    )


def _add(row: str) -> str:
    """Statements counting the entry ``row`` (with its present links) once more."""
    return f"""
        INSERT INTO log_sum_tasks ({_TASK_KEY}, n)
            VALUES ({_entry(row)}, {row}.task_text, 1)
            ON CONFLICT DO UPDATE SET n = n + 1;
        INSERT INTO log_sum_strengths ({_STRENGTH_KEY}, n)
            SELECT {row}.class_id, {row}.entry_date, ls.strength_id, 1 FROM log_entry_strengths ls
            WHERE ls.entry_id = {row}.id AND true
            ON CONFLICT DO UPDATE SET n = n + 1;
        INSERT INTO log_sum_pupil_tasks (pupil_id, {_TASK_KEY}, n)
            SELECT lp.pupil_id, {_entry(row)}, {row}.task_text, 1 FROM log_entry_pupils lp
            WHERE lp.entry_id = {row}.id AND true
            ON CONFLICT DO UPDATE SET n = n + 1;
        INSERT INTO log_sum_pupil_strengths (pupil_id, {_STRENGTH_KEY}, n)
            SELECT lp.pupil_id, {row}.class_id, {row}.entry_date, ls.strength_id, 1
            FROM log_entry_pupils lp JOIN log_entry_strengths ls ON ls.entry_id = lp.entry_id
            WHERE lp.entry_id = {row}.id AND true
            ON CONFLICT DO UPDATE SET n = n + 1;
    """


def _remove(row: str) -> str:
    """Statements counting the entry ``row`` (with its present links) once less."""
    pupils = f"(SELECT pupil_id FROM log_entry_pupils WHERE entry_id = {row}.id)"
    strengths = f"(SELECT strength_id FROM log_entry_strengths WHERE entry_id = {row}.id)"
    return f"""
        UPDATE log_sum_tasks SET n = n - 1 WHERE {_match(row)} AND task_text = {row}.task_text;
        UPDATE log_sum_strengths SET n = n - 1 WHERE {_day(row)} AND strength_id IN {strengths};
        UPDATE log_sum_pupil_tasks SET n = n - 1
            WHERE {_match(row)} AND task_text = {row}.task_text AND pupil_id IN {pupils};
        UPDATE log_sum_pupil_strengths SET n = n - 1
            WHERE {_day(row)} AND pupil_id IN {pupils} AND strength_id IN {strengths};
        {_drop_empty(row)}
    """


def _drop_empty(row: str) -> str:
    return (
        f"DELETE FROM log_sum_tasks WHERE {_match(row)} AND n = 0;\n"
        f"DELETE FROM log_sum_strengths WHERE {_day(row)} AND n = 0;\n"
        f"DELETE FROM log_sum_pupil_tasks WHERE {_match(row)} AND n = 0;\n"
        f"DELETE FROM log_sum_pupil_strengths WHERE {_day(row)} AND n = 0;\n"
    )


def _link(sign: str, link: str) -> str:
    """Statements for one pupil (``link`` = "pupil") or strength link added or removed.

    The entry is looked up by the link's entry id: when the entry itself is being
    deleted, its BEFORE DELETE trigger has already taken everything off and the
    cascaded link deletions find no entry, so they change nothing.
    """
    row = "NEW" if sign == "+" else "OLD"
    e = f"(SELECT * FROM log_entries WHERE id = {row}.entry_id)"
    key = "e.class_id, e.entry_date, COALESCE(e.wheel_id, ''), COALESCE(e.task_id, '')"
    day = "e.class_id, e.entry_date"
    if link == "pupil":
        pairs = (
            f"SELECT {row}.pupil_id AS pupil_id, ls.strength_id AS strength_id "
            f"FROM log_entry_strengths ls WHERE ls.entry_id = {row}.entry_id"
        )
        single = (
            f"log_sum_pupil_tasks (pupil_id, {_TASK_KEY}, n) "
            f"SELECT {row}.pupil_id, {key}, e.task_text, 1 FROM {e} e",
            f"UPDATE log_sum_pupil_tasks SET n = n - 1 WHERE pupil_id = {row}.pupil_id "
            f"AND (class_id, entry_date, wheel_id, task_id, task_text) IN "
            f"(SELECT {key}, e.task_text FROM {e} e)",
        )
    else:
        pairs = (
            f"SELECT lp.pupil_id AS pupil_id, {row}.strength_id AS strength_id "
            f"FROM log_entry_pupils lp WHERE lp.entry_id = {row}.entry_id"
        )
        single = (
            f"log_sum_strengths ({_STRENGTH_KEY}, n) SELECT {day}, {row}.strength_id, 1 FROM {e} e",
            f"UPDATE log_sum_strengths SET n = n - 1 WHERE strength_id = {row}.strength_id "
            f"AND (class_id, entry_date) IN (SELECT {day} FROM {e} e)",
        )
    if sign == "+":
        return f"""
            INSERT INTO {single[0]} WHERE true ON CONFLICT DO UPDATE SET n = n + 1;
            INSERT INTO log_sum_pupil_strengths (pupil_id, {_STRENGTH_KEY}, n)
                SELECT x.pupil_id, {day}, x.strength_id, 1 FROM ({pairs}) x, {e} e
                WHERE true ON CONFLICT DO UPDATE SET n = n + 1;
        """
    return f"""
        {single[1]};
        UPDATE log_sum_pupil_strengths SET n = n - 1
            WHERE (pupil_id, strength_id) IN (SELECT pupil_id, strength_id FROM ({pairs}))
            AND (class_id, entry_date) IN (SELECT {day} FROM {e} e);
        DELETE FROM log_sum_strengths WHERE n = 0
            AND (class_id, entry_date) IN (SELECT {day} FROM {e} e);
        DELETE FROM log_sum_pupil_tasks WHERE n = 0 AND (class_id, entry_date, wheel_id, task_id)
            IN (SELECT {key} FROM {e} e);
        DELETE FROM log_sum_pupil_strengths WHERE n = 0
            AND (class_id, entry_date) IN (SELECT {day} FROM {e} e);
    """


SUMMARY_TABLES = """
    CREATE TABLE log_sum_tasks (
        class_id TEXT NOT NULL, entry_date TEXT NOT NULL, wheel_id TEXT NOT NULL,
        task_id TEXT NOT NULL, task_text TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (class_id, entry_date, wheel_id, task_id, task_text)
    ) WITHOUT ROWID;
    CREATE TABLE log_sum_strengths (
        class_id TEXT NOT NULL, entry_date TEXT NOT NULL, strength_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (class_id, entry_date, strength_id)
    ) WITHOUT ROWID;
    CREATE TABLE log_sum_pupil_tasks (
        pupil_id TEXT NOT NULL, class_id TEXT NOT NULL, entry_date TEXT NOT NULL,
        wheel_id TEXT NOT NULL, task_id TEXT NOT NULL, task_text TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (pupil_id, class_id, entry_date, wheel_id, task_id, task_text)
    ) WITHOUT ROWID;
    CREATE TABLE log_sum_pupil_strengths (
        pupil_id TEXT NOT NULL, class_id TEXT NOT NULL, entry_date TEXT NOT NULL,
        strength_id TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (pupil_id, class_id, entry_date, strength_id)
    ) WITHOUT ROWID;
"""


def summary_triggers() -> str:
    """The triggers that keep the summary tables equal to counting the log."""
    return f"""
    CREATE TRIGGER log_sum_entry_insert AFTER INSERT ON log_entries BEGIN
        {_add("NEW")}
    END;
    CREATE TRIGGER log_sum_entry_delete BEFORE DELETE ON log_entries BEGIN
        {_remove("OLD")}
    END;
    CREATE TRIGGER log_sum_entry_update
    AFTER UPDATE OF class_id, entry_date, wheel_id, task_id, task_text ON log_entries BEGIN
        {_remove("OLD")}
        {_add("NEW")}
    END;
    CREATE TRIGGER log_sum_pupil_insert AFTER INSERT ON log_entry_pupils BEGIN
        {_link("+", "pupil")}
    END;
    CREATE TRIGGER log_sum_pupil_delete AFTER DELETE ON log_entry_pupils BEGIN
        {_link("-", "pupil")}
    END;
    CREATE TRIGGER log_sum_strength_insert AFTER INSERT ON log_entry_strengths BEGIN
        {_link("+", "strength")}
    END;
    CREATE TRIGGER log_sum_strength_delete AFTER DELETE ON log_entry_strengths BEGIN
        {_link("-", "strength")}
    END;
    """


#: The summaries counted from scratch (the migration's back-fill and the tests' reference).
BRUTE_FORCE = {
    "log_sum_tasks": """
        SELECT class_id, entry_date, COALESCE(wheel_id, ''), COALESCE(task_id, ''), task_text,
            COUNT(*) FROM log_entries GROUP BY 1, 2, 3, 4, 5""",
    "log_sum_strengths": """
        SELECT e.class_id, e.entry_date, ls.strength_id, COUNT(*)
        FROM log_entries e JOIN log_entry_strengths ls ON ls.entry_id = e.id
        GROUP BY 1, 2, 3""",
    "log_sum_pupil_tasks": """
        SELECT lp.pupil_id, e.class_id, e.entry_date, COALESCE(e.wheel_id, ''),
            COALESCE(e.task_id, ''), e.task_text, COUNT(*)
        FROM log_entries e JOIN log_entry_pupils lp ON lp.entry_id = e.id
        GROUP BY 1, 2, 3, 4, 5, 6""",
    "log_sum_pupil_strengths": """
        SELECT lp.pupil_id, e.class_id, e.entry_date, ls.strength_id, COUNT(*)
        FROM log_entries e JOIN log_entry_pupils lp ON lp.entry_id = e.id
        JOIN log_entry_strengths ls ON ls.entry_id = e.id
        GROUP BY 1, 2, 3, 4""",
}


@log_reports()
def m002_log_summaries(db: Database) -> None:
    """Summary tables and their triggers, filled from the log already there.

    Tasks are summed per class, day and task; strengths per class, day and strength
    (a wheel or task filter on the strength chart reads the log itself).
    """
    execute_script(db, SUMMARY_TABLES)
    fill(db, DAILY)
    execute_script(db, summary_triggers())


@log_reports()
def m003_log_search(db: Database) -> None:
    """Full-text indexes (trigram: any part of a word, any case) of the log's texts and names.

    External-content FTS5 tables over ``log_entries`` and ``pupils``, kept by triggers.
    """
    execute_script(
        db,
        """
        CREATE VIRTUAL TABLE log_text_fts USING fts5(
            task_text, reflection_me, reflection_others,
            content='log_entries', content_rowid='rowid', tokenize='trigram'
        );
        CREATE TRIGGER log_text_fts_insert AFTER INSERT ON log_entries BEGIN
            INSERT INTO log_text_fts (rowid, task_text, reflection_me, reflection_others)
            VALUES (NEW.rowid, NEW.task_text, NEW.reflection_me, NEW.reflection_others);
        END;
        CREATE TRIGGER log_text_fts_delete AFTER DELETE ON log_entries BEGIN
            INSERT INTO log_text_fts (log_text_fts, rowid, task_text, reflection_me,
                reflection_others)
            VALUES ('delete', OLD.rowid, OLD.task_text, OLD.reflection_me, OLD.reflection_others);
        END;
        CREATE TRIGGER log_text_fts_update
        AFTER UPDATE OF task_text, reflection_me, reflection_others ON log_entries BEGIN
            INSERT INTO log_text_fts (log_text_fts, rowid, task_text, reflection_me,
                reflection_others)
            VALUES ('delete', OLD.rowid, OLD.task_text, OLD.reflection_me, OLD.reflection_others);
            INSERT INTO log_text_fts (rowid, task_text, reflection_me, reflection_others)
            VALUES (NEW.rowid, NEW.task_text, NEW.reflection_me, NEW.reflection_others);
        END;

        CREATE VIRTUAL TABLE pupil_name_fts USING fts5(
            name, content='pupils', content_rowid='rowid', tokenize='trigram'
        );
        CREATE TRIGGER pupil_name_fts_insert AFTER INSERT ON pupils BEGIN
            INSERT INTO pupil_name_fts (rowid, name) VALUES (NEW.rowid, NEW.name);
        END;
        CREATE TRIGGER pupil_name_fts_delete AFTER DELETE ON pupils BEGIN
            INSERT INTO pupil_name_fts (pupil_name_fts, rowid, name)
            VALUES ('delete', OLD.rowid, OLD.name);
        END;
        CREATE TRIGGER pupil_name_fts_update AFTER UPDATE OF name ON pupils BEGIN
            INSERT INTO pupil_name_fts (pupil_name_fts, rowid, name)
            VALUES ('delete', OLD.rowid, OLD.name);
            INSERT INTO pupil_name_fts (rowid, name) VALUES (NEW.rowid, NEW.name);
        END;
        """,
    )
    fill_search(db)


# Per month (per class, and per pupil): a report over whole months (all time, a school
# year, a month) reads some hundred rows, however many entries there are (the daily rows
# grow with them until every day has every task). Kept from the daily rows by triggers,
# so every change that reaches those (in the same transaction) reaches these.
MONTHLY_TABLES = """
    CREATE TABLE log_sum_month_tasks (
        class_id TEXT NOT NULL, month TEXT NOT NULL, wheel_id TEXT NOT NULL,
        task_id TEXT NOT NULL, task_text TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (class_id, month, wheel_id, task_id, task_text)
    ) WITHOUT ROWID;
    CREATE TABLE log_sum_month_strengths (
        class_id TEXT NOT NULL, month TEXT NOT NULL, strength_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (class_id, month, strength_id)
    ) WITHOUT ROWID;
    CREATE TABLE log_sum_pupil_month_tasks (
        pupil_id TEXT NOT NULL, class_id TEXT NOT NULL, month TEXT NOT NULL,
        wheel_id TEXT NOT NULL, task_id TEXT NOT NULL, task_text TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (pupil_id, class_id, month, wheel_id, task_id, task_text)
    ) WITHOUT ROWID;
    CREATE TABLE log_sum_pupil_month_strengths (
        pupil_id TEXT NOT NULL, class_id TEXT NOT NULL, month TEXT NOT NULL,
        strength_id TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (pupil_id, class_id, month, strength_id)
    ) WITHOUT ROWID;
    -- A pupil's entries with a reflection answer, newest last in key order: a profile
    -- reads its newest reflections from here, a bounded walk down one pupil's keys.
    CREATE TABLE log_pupil_reflections (
        pupil_id TEXT NOT NULL, class_id TEXT NOT NULL, entry_date TEXT NOT NULL,
        created_at TEXT NOT NULL, entry_id TEXT NOT NULL,
        PRIMARY KEY (pupil_id, class_id, entry_date, created_at, entry_id)
    ) WITHOUT ROWID;
    CREATE INDEX idx_log_pupil_reflections_entry ON log_pupil_reflections(entry_id);
"""


def _month_delta(daily: str, keys: str, row: str, sign: str) -> str:
    """Add (``+``) or take (``-``) a daily pupil row's ``n`` to or from its month."""
    monthly = MONTHLY_OF[daily]
    cols = keys.replace("entry_date", "month")
    values = ", ".join(
        f"substr({row}.entry_date, 1, 7)" if k == "entry_date" else f"{row}.{k}"
        for k in keys.split(", ")
    )
    match = " AND ".join(
        f"month = substr({row}.entry_date, 1, 7)" if k == "entry_date" else f"{k} = {row}.{k}"
        for k in keys.split(", ")
    )
    if sign == "+":
        return (
            f"INSERT INTO {monthly} ({cols}, n) VALUES ({values}, {row}.n) "
            f"ON CONFLICT DO UPDATE SET n = n + excluded.n;"
        )
    return (
        f"UPDATE {monthly} SET n = n - {row}.n WHERE {match};\n"
        f"DELETE FROM {monthly} WHERE {match} AND n = 0;"
    )


#: Each daily summary with its monthly one and its key columns.
MONTHLY_OF = {
    "log_sum_tasks": "log_sum_month_tasks",
    "log_sum_strengths": "log_sum_month_strengths",
    "log_sum_pupil_tasks": "log_sum_pupil_month_tasks",
    "log_sum_pupil_strengths": "log_sum_pupil_month_strengths",
}
_KEYS = {
    "log_sum_tasks": _TASK_KEY,
    "log_sum_strengths": _STRENGTH_KEY,
    "log_sum_pupil_tasks": f"pupil_id, {_TASK_KEY}",
    "log_sum_pupil_strengths": f"pupil_id, {_STRENGTH_KEY}",
}

#: A pupil's reflection rows for entry ``e`` joined to its pupil links ``lp``.
_REFLECTED = "(e.reflection_me != '' OR e.reflection_others != '')"


def monthly_triggers() -> str:
    """Triggers keeping the monthly pupil rows and the reflection list equal to the log."""
    parts = []
    for daily, keys in _KEYS.items():
        parts.append(f"""
    CREATE TRIGGER {daily}_month_insert AFTER INSERT ON {daily} BEGIN
        {_month_delta(daily, keys, "NEW", "+")}
    END;
    CREATE TRIGGER {daily}_month_update AFTER UPDATE ON {daily} BEGIN
        {_month_delta(daily, keys, "OLD", "-")}
        {_month_delta(daily, keys, "NEW", "+")}
    END;
    CREATE TRIGGER {daily}_month_delete AFTER DELETE ON {daily} BEGIN
        {_month_delta(daily, keys, "OLD", "-")}
    END;""")
    entry_rows = (
        "INSERT OR IGNORE INTO log_pupil_reflections "
        "SELECT lp.pupil_id, e.class_id, e.entry_date, e.created_at, e.id "
        "FROM log_entries e JOIN log_entry_pupils lp ON lp.entry_id = e.id "
        f"WHERE e.id = {{row}} AND {_REFLECTED};"
    )
    parts.append(f"""
    CREATE TRIGGER log_pupil_reflections_link_insert AFTER INSERT ON log_entry_pupils BEGIN
        INSERT OR IGNORE INTO log_pupil_reflections
        SELECT NEW.pupil_id, e.class_id, e.entry_date, e.created_at, e.id FROM log_entries e
        WHERE e.id = NEW.entry_id AND {_REFLECTED};
    END;
    CREATE TRIGGER log_pupil_reflections_link_delete AFTER DELETE ON log_entry_pupils BEGIN
        DELETE FROM log_pupil_reflections
        WHERE entry_id = OLD.entry_id AND pupil_id = OLD.pupil_id;
    END;
    CREATE TRIGGER log_pupil_reflections_entry_insert AFTER INSERT ON log_entries BEGIN
        {entry_rows.format(row="NEW.id")}
    END;
    CREATE TRIGGER log_pupil_reflections_entry_update
    AFTER UPDATE OF id, class_id, entry_date, created_at, reflection_me, reflection_others
    ON log_entries BEGIN
        DELETE FROM log_pupil_reflections WHERE entry_id = OLD.id;
        {entry_rows.format(row="NEW.id")}
    END;
    CREATE TRIGGER log_pupil_reflections_entry_delete AFTER DELETE ON log_entries BEGIN
        DELETE FROM log_pupil_reflections WHERE entry_id = OLD.id;
    END;""")
    return "\n".join(parts)


BRUTE_FORCE["log_sum_month_tasks"] = """
    SELECT class_id, substr(entry_date, 1, 7), COALESCE(wheel_id, ''), COALESCE(task_id, ''),
        task_text, COUNT(*) FROM log_entries GROUP BY 1, 2, 3, 4, 5"""
BRUTE_FORCE["log_sum_month_strengths"] = """
    SELECT e.class_id, substr(e.entry_date, 1, 7), ls.strength_id, COUNT(*)
    FROM log_entries e JOIN log_entry_strengths ls ON ls.entry_id = e.id
    GROUP BY 1, 2, 3"""
BRUTE_FORCE["log_sum_pupil_month_tasks"] = """
    SELECT lp.pupil_id, e.class_id, substr(e.entry_date, 1, 7), COALESCE(e.wheel_id, ''),
        COALESCE(e.task_id, ''), e.task_text, COUNT(*)
    FROM log_entries e JOIN log_entry_pupils lp ON lp.entry_id = e.id
    GROUP BY 1, 2, 3, 4, 5, 6"""
BRUTE_FORCE["log_sum_pupil_month_strengths"] = """
    SELECT lp.pupil_id, e.class_id, substr(e.entry_date, 1, 7), ls.strength_id, COUNT(*)
    FROM log_entries e JOIN log_entry_pupils lp ON lp.entry_id = e.id
    JOIN log_entry_strengths ls ON ls.entry_id = e.id
    GROUP BY 1, 2, 3, 4"""
BRUTE_FORCE["log_pupil_reflections"] = f"""
    SELECT lp.pupil_id, e.class_id, e.entry_date, e.created_at, e.id
    FROM log_entries e JOIN log_entry_pupils lp ON lp.entry_id = e.id WHERE {_REFLECTED}"""


#: The daily summaries (``m002``) and what ``m004`` added, in the order they can be filled
#: (the monthly ones are summed from the daily ones).
DAILY = ("log_sum_tasks", "log_sum_strengths", "log_sum_pupil_tasks", "log_sum_pupil_strengths")
EXTRAS = (
    "log_sum_month_tasks",
    "log_sum_month_strengths",
    "log_sum_pupil_month_tasks",
    "log_sum_pupil_month_strengths",
    "log_pupil_reflections",
)

_COUNT = "ON CONFLICT DO UPDATE SET n = n + 1"

#: How :func:`fill` counts each table: the same rows as :data:`BRUTE_FORCE`, about twice
#: as fast. Each entry is read once in table order (CROSS JOIN keeps it the outer loop)
#: and its links are looked up by entry id; rows are counted by upsert instead of a
#: GROUP BY, which sorted every link row on long text keys; the monthly rows are summed
#: from the daily ones.
_FAST_FILL = {
    "log_sum_tasks": f"""
        SELECT class_id, entry_date, COALESCE(wheel_id, ''), COALESCE(task_id, ''), task_text, 1
        FROM log_entries WHERE true {_COUNT}""",
    "log_sum_strengths": f"""
        SELECT e.class_id, e.entry_date, ls.strength_id, 1
        FROM log_entries e CROSS JOIN log_entry_strengths ls ON ls.entry_id = e.id
        WHERE true {_COUNT}""",
    "log_sum_pupil_tasks": f"""
        SELECT lp.pupil_id, e.class_id, e.entry_date, COALESCE(e.wheel_id, ''),
            COALESCE(e.task_id, ''), e.task_text, 1
        FROM log_entries e CROSS JOIN log_entry_pupils lp ON lp.entry_id = e.id
        WHERE true {_COUNT}""",
    "log_sum_pupil_strengths": f"""
        SELECT lp.pupil_id, e.class_id, e.entry_date, ls.strength_id, 1
        FROM log_entries e CROSS JOIN log_entry_pupils lp ON lp.entry_id = e.id
        CROSS JOIN log_entry_strengths ls ON ls.entry_id = e.id
        WHERE true {_COUNT}""",
    "log_sum_month_tasks": """
        SELECT class_id, substr(entry_date, 1, 7), wheel_id, task_id, task_text, n
        FROM log_sum_tasks WHERE true ON CONFLICT DO UPDATE SET n = n + excluded.n""",
    "log_sum_month_strengths": """
        SELECT class_id, substr(entry_date, 1, 7), strength_id, n
        FROM log_sum_strengths WHERE true ON CONFLICT DO UPDATE SET n = n + excluded.n""",
    "log_sum_pupil_month_tasks": """
        SELECT pupil_id, class_id, substr(entry_date, 1, 7), wheel_id, task_id, task_text, n
        FROM log_sum_pupil_tasks WHERE true ON CONFLICT DO UPDATE SET n = n + excluded.n""",
    "log_sum_pupil_month_strengths": """
        SELECT pupil_id, class_id, substr(entry_date, 1, 7), strength_id, n
        FROM log_sum_pupil_strengths WHERE true ON CONFLICT DO UPDATE SET n = n + excluded.n""",
    "log_pupil_reflections": f"""
        SELECT lp.pupil_id, e.class_id, e.entry_date, e.created_at, e.id
        FROM log_entries e CROSS JOIN log_entry_pupils lp ON lp.entry_id = e.id
        WHERE {_REFLECTED}""",
}


def fill(db: Database, tables: tuple[str, ...]) -> None:
    """Empty ``tables`` and count them again from the log, set-based (one statement each)."""
    for table in tables:
        db.execute(f"DELETE FROM {table}")
        db.execute(f"INSERT INTO {table} {_FAST_FILL[table]}")


def fill_search(db: Database) -> None:
    """Build both full-text indexes again from their tables."""
    db.execute("INSERT INTO log_text_fts (log_text_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO pupil_name_fts (pupil_name_fts) VALUES ('rebuild')")


#: The tables whose triggers keep the summaries and search indexes.
_SOURCE_TABLES = (
    "log_entries",
    "log_entry_pupils",
    "log_entry_strengths",
    "pupils",
    *DAILY,
)


@contextlib.contextmanager
def bulk_load(db: Database) -> Iterator[None]:
    """Insert many log rows without the triggers, then count everything once, set-based.

    The triggers on the log are dropped, the caller inserts, and on leaving the block
    every summary, search index and entry's link lists are filled from scratch (as the
    migrations fill them) and the same triggers are created again. Run inside one
    transaction: on an error the caller's rollback brings the triggers back.
    """
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        f"({','.join('?' * len(_SOURCE_TABLES))})",
        list(_SOURCE_TABLES),
    ).fetchall()
    for name, _sql in triggers:
        db.execute(f"DROP TRIGGER [{name}]")
    yield
    fill(db, DAILY + EXTRAS)
    fill_search(db)
    fill_link_columns(db)
    for _name, sql in triggers:
        db.execute(sql)


@log_reports()
def m004_log_months(db: Database) -> None:
    """Monthly summaries (per class and per pupil) and the pupils' reflection lists."""
    execute_script(db, MONTHLY_TABLES)
    fill(db, EXTRAS)
    execute_script(db, monthly_triggers())


# An entry's pupil and strength ids, each list in one column of the entry (ids in key
# order, separated by the unit separator, char(31)), so a page of the log table reads its
# 200 entries and their links in one pass down the class's index: looking the links up
# cost four hundred index seeks a page, more than reading the entries themselves. Kept
# equal to the link tables by triggers, in the same transaction as every change to them.
#: What separates the ids in those columns (``char(31)`` in the SQL below).
LINK_SEPARATOR = "\x1f"
#: The ids of ``table``'s links of the entry ``entry`` in key order, '' when there are none.
_LINKED = (
    "COALESCE((SELECT group_concat(l.{column}, char(31)) FROM {table} l "
    "WHERE l.entry_id = {entry}), '')"
)
#: Each link table with its id column and the log_entries column that lists its ids.
LINK_COLUMNS = {
    "log_entry_pupils": ("pupil_id", "pupil_ids"),
    "log_entry_strengths": ("strength_id", "strength_ids"),
}


def linked_ids(table: str, entry: str) -> str:
    """SQL for the ids the entry ``entry`` (an expression) has in link ``table``."""
    return _LINKED.format(column=LINK_COLUMNS[table][0], table=table, entry=entry)


def link_column_triggers() -> str:
    """Triggers keeping ``pupil_ids`` and ``strength_ids`` equal to the link tables.

    A link added or removed lists its entry's links again (they are few, and the rows
    just written are in the cache). When the entry itself is deleted, its cascaded link
    deletions find no entry row and change nothing. An entry inserted with lists (an
    undo puts back a snapshot's row before its links) starts from its present links.
    """
    parts = []
    for table, (_column, listed) in LINK_COLUMNS.items():
        for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
            parts.append(f"""
    CREATE TRIGGER {listed}_{event.lower()} AFTER {event} ON {table} BEGIN
        UPDATE log_entries SET {listed} = {linked_ids(table, f"{row}.entry_id")}
        WHERE id = {row}.entry_id;
    END;""")
    refill = ", ".join(
        f"{listed} = {linked_ids(table, 'NEW.id')}"
        for table, (_column, listed) in LINK_COLUMNS.items()
    )
    parts.append(f"""
    CREATE TRIGGER log_link_lists_entry_insert AFTER INSERT ON log_entries
    WHEN NEW.pupil_ids != '' OR NEW.strength_ids != '' BEGIN
        UPDATE log_entries SET {refill} WHERE id = NEW.id;
    END;""")
    return "\n".join(parts)


def fill_link_columns(db: Database) -> None:
    """List every entry's pupil and strength ids again from the link tables."""
    db.execute(
        "UPDATE log_entries SET "
        + ", ".join(
            f"{listed} = {linked_ids(table, 'log_entries.id')}"
            for table, (_column, listed) in LINK_COLUMNS.items()
        )
    )


@log_reports()
def m005_log_link_lists(db: Database) -> None:
    """Each entry's pupil and strength ids on the entry itself, for the log table's pages."""
    execute_script(
        db,
        """
        ALTER TABLE log_entries ADD COLUMN pupil_ids TEXT NOT NULL DEFAULT '';
        ALTER TABLE log_entries ADD COLUMN strength_ids TEXT NOT NULL DEFAULT '';
        """,
    )
    fill_link_columns(db)
    execute_script(db, link_column_triggers())


#: The link tables of an entry: each column beside ``entry_id``, what it refers to, and the
#: index that finds a pupil's or a strength's entries.
_LINKS = (
    ("log_entry_pupils", "pupil_id", "pupils(id) ON DELETE CASCADE", "idx_log_pupils_pupil_entry"),
    ("log_entry_strengths", "strength_id", "strengths(id)", "idx_log_strengths_strength_entry"),
)


@log_reports()
def m006_log_links_lean(db: Database) -> None:
    """Store each link table as its primary key alone, with one index the other way round.

    A link row was kept three or four times: the table (by rowid), its primary key
    (entry, pupil), an index by pupil and one by (pupil, entry), which holds all the
    index by pupil did. A tap wrote a page of each for every pupil and strength it
    named, some fifteen of the fifty pages it writes. Now the rows are stored in their
    primary key (``WITHOUT ROWID``) and found by pupil or strength through the (pupil,
    entry) and (strength, entry) indexes. The link triggers go with the old tables and
    are made again as they were.
    """
    # Renaming the new table to the old name must leave the triggers on log_entries, which
    # name the link tables, as they are (the modern rename would check them against a
    # schema in which the old table is already gone).
    db.execute("PRAGMA legacy_alter_table = ON")
    try:
        for table, column, parent, index in _LINKS:
            triggers = db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                "ORDER BY name",
                [table],
            ).fetchall()
            db.execute(
                f"""CREATE TABLE {table}_lean (
                    entry_id TEXT NOT NULL REFERENCES log_entries(id) ON DELETE CASCADE,
                    {column} TEXT NOT NULL REFERENCES {parent},
                    PRIMARY KEY (entry_id, {column})
                ) WITHOUT ROWID"""
            )
            db.execute(
                f"INSERT INTO {table}_lean (entry_id, {column}) "
                f"SELECT entry_id, {column} FROM {table} ORDER BY entry_id, {column}"
            )
            db.execute(f"DROP TABLE {table}")
            db.execute(f"ALTER TABLE {table}_lean RENAME TO {table}")
            db.execute(f"CREATE INDEX {index} ON {table}({column}, entry_id)")
            for (sql,) in triggers:
                db.execute(sql)
    finally:
        db.execute("PRAGMA legacy_alter_table = OFF")
