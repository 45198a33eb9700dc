"""Usage counts match the log, come from indexed queries, and the strength of the week."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from smartklasse.domain.strength_usage import DateRange, UsagePeriods
from smartklasse.storage import classes, log, strength_of_week
from smartklasse.storage import strength_catalogue_edit as edit
from smartklasse.storage.strength_usage import counts_by_strength, query_plans, usage_of_strength

STRENGTHS = ["mot", "humor", "omsorg", "respekt"]
TODAY = dt.date(2026, 8, 5)  # a Wednesday: its week starts in July, before the school year

entries = st.lists(
    st.tuples(
        st.integers(min_value=-400, max_value=30),
        st.lists(st.sampled_from(STRENGTHS), min_size=0, max_size=4),
        st.booleans(),
    ),
    max_size=25,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries)
def test_counts_equal_the_log(db: Database, items: list[tuple[int, list[str], bool]]) -> None:
    # Whatever was logged, the big view's week/month/year figures are exactly what the log holds,
    # and another class's entries never count.
    db.execute("DELETE FROM log_entries")
    db.execute("DELETE FROM classes")
    mine = classes.create_class(db, "6A")
    other = classes.create_class(db, "6B")
    expected: Counter[tuple[str, str]] = Counter()
    periods = UsagePeriods.around(TODAY)
    for offset, strength_ids, in_mine in items:
        day = TODAY + dt.timedelta(days=offset)
        class_id = mine if in_mine else other
        log.add_entry(
            db,
            class_id,
            wheel_id=None,
            task_id=None,
            task_text="t",
            strength_ids=strength_ids,
            entry_date=day.isoformat(),
        )
        if in_mine:
            for sid in set(strength_ids):
                for name, period in (
                    ("week", periods.week),
                    ("month", periods.month),
                    ("year", periods.school_year),
                ):
                    if period.contains(day):
                        expected[(sid, name)] += 1
    for sid in STRENGTHS:
        counts = usage_of_strength(db, mine, sid, today=TODAY)
        assert (counts.week, counts.month, counts.school_year) == (
            expected[(sid, "week")],
            expected[(sid, "month")],
            expected[(sid, "year")],
        )
    by_strength = counts_by_strength(db, mine, periods.school_year)
    assert by_strength == {s: expected[(s, "year")] for s in STRENGTHS if expected[(s, "year")]}


def test_usage_queries_use_indexes_not_scans(db: Database) -> None:
    # With a year of log for a whole school, counting must not read every row of the log.
    for name, plan in query_plans(db).items():
        text = " | ".join(plan)
        assert "USING COVERING INDEX idx_log_class_date_entry" in text, (name, text)
        assert not any(step.startswith("SCAN") and "INDEX" not in step for step in plan), (
            name,
            text,
        )


def test_hidden_strength_still_counted_for_the_class(db: Database) -> None:
    # Hiding a strength later does not rewrite history: its past uses still count.
    class_id = classes.create_class(db, "7B")
    log.add_entry(
        db,
        class_id,
        wheel_id=None,
        task_id=None,
        task_text="t",
        strength_ids=["humor"],
        entry_date=TODAY.isoformat(),
    )
    edit.set_hidden(db, "humor", True)
    assert usage_of_strength(db, class_id, "humor", today=TODAY).week == 1
    assert counts_by_strength(db, class_id, DateRange(TODAY, TODAY)) == {"humor": 1}


def test_strength_of_week_pin_replace_unpin_per_class(db: Database) -> None:
    # Each class has its own strength of the week; pinning another replaces it, unpin clears it.
    a = classes.create_class(db, "1A")
    b = classes.create_class(db, "1B")
    assert strength_of_week.current(db, a) is None
    strength_of_week.pin(db, a, "mot")
    strength_of_week.pin(db, a, "omsorg")
    strength_of_week.pin(db, b, "humor")
    assert (strength_of_week.current(db, a), strength_of_week.current(db, b)) == ("omsorg", "humor")
    strength_of_week.unpin(db, a)
    assert strength_of_week.current(db, a) is None
    assert strength_of_week.current(db, b) == "humor"


def test_hidden_pinned_strength_is_not_shown_as_strength_of_week(db: Database) -> None:
    # The wheel page never shows a strength the teacher has hidden; showing it again brings it back.
    class_id = classes.create_class(db, "2A")
    strength_of_week.pin(db, class_id, "mot")
    edit.set_hidden(db, "mot", True)
    assert strength_of_week.current(db, class_id) is None
    assert strength_of_week.pinned(db, class_id) == "mot"
    edit.set_hidden(db, "mot", False)
    assert strength_of_week.current(db, class_id) == "mot"


def test_deleting_a_class_removes_its_pin(db: Database) -> None:
    # A deleted class leaves nothing behind.
    class_id = classes.create_class(db, "3A")
    strength_of_week.pin(db, class_id, "mot")
    db.execute("DELETE FROM classes WHERE id = ?", [class_id])
    assert db.execute("SELECT COUNT(*) FROM strength_of_week").fetchone()[0] == 0
