"""How often a class has used its strengths, counted from the log with one indexed query."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.strength_usage import DateRange, UsageCounts, UsagePeriods

# Both queries start from the class's entries in a date range (idx_log_class_date) and read
# the strengths of each entry from the primary key of log_entry_strengths: no table scan.
_COUNTS_BY_STRENGTH = """
    SELECT ls.strength_id AS strength_id, COUNT(*) AS uses
    FROM log_entries e
    JOIN log_entry_strengths ls ON ls.entry_id = e.id
    WHERE e.class_id = ? AND e.entry_date BETWEEN ? AND ?
    GROUP BY ls.strength_id
"""

_COUNTS_FOR_PERIODS = """
    SELECT
        COALESCE(SUM(e.entry_date BETWEEN ? AND ?), 0) AS week,
        COALESCE(SUM(e.entry_date BETWEEN ? AND ?), 0) AS month,
        COALESCE(SUM(e.entry_date BETWEEN ? AND ?), 0) AS school_year
    FROM log_entries e
    JOIN log_entry_strengths ls ON ls.entry_id = e.id
    WHERE e.class_id = ? AND ls.strength_id = ? AND e.entry_date BETWEEN ? AND ?
"""


def _bounds(period: DateRange) -> list[str]:
    return [period.start.isoformat(), period.end.isoformat()]


def counts_by_strength(db: Database, class_id: str, period: DateRange) -> dict[str, int]:
    """For each strength used by the class in ``period``, the number of log entries using it."""
    return {
        row["strength_id"]: int(row["uses"])
        for row in db.query(_COUNTS_BY_STRENGTH, [class_id, *_bounds(period)])
    }


def usage_of_strength(
    db: Database, class_id: str, strength_id: str, today: dt.date | None = None
) -> UsageCounts:
    """How many of the class's log entries used a strength this week, month and school year."""
    periods = UsagePeriods.around(today or clock.today())
    params = [
        *_bounds(periods.week),
        *_bounds(periods.month),
        *_bounds(periods.school_year),
        class_id,
        strength_id,
        *_bounds(periods.span()),
    ]
    row = db.execute(_COUNTS_FOR_PERIODS, params).fetchone()
    return UsageCounts(week=int(row[0]), month=int(row[1]), school_year=int(row[2]))


def query_plans(db: Database) -> dict[str, list[str]]:
    """SQLite's plan for each usage query (for tests and benchmarks: no full scans)."""
    sample = DateRange(dt.date(2000, 1, 1), dt.date(2000, 12, 31))
    plans = {
        "counts_by_strength": (_COUNTS_BY_STRENGTH, ["c", *_bounds(sample)]),
        "usage_of_strength": (
            _COUNTS_FOR_PERIODS,
            [*_bounds(sample) * 3, "c", "s", *_bounds(sample)],
        ),
    }
    return {
        name: [str(row[3]) for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        for name, (sql, params) in plans.items()
    }
