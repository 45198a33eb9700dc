"""The class's period: this week by default, changed by the teacher, with chosen tasks."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlite_utils import Database

from smartklasse.domain.periods import PeriodError, this_week
from smartklasse.storage import classes, periods


@pytest.mark.parametrize(
    "day",
    [dt.date(2026, 11, 23), dt.date(2026, 11, 25), dt.date(2026, 11, 28), dt.date(2026, 11, 29)],
)
def test_default_period_is_the_calendar_week(day: dt.date) -> None:
    # Monday, Wednesday, Saturday and Sunday of one week all show Monday 23 to Sunday 29
    # November 2026: a task done on the weekend counts for the week that just ended.
    week = this_week(day)
    assert (week.start, week.end) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert week.contains(day)


def test_saved_period_and_chosen_tasks_are_shown(db: Database) -> None:
    # The teacher sets two weeks and ticks two tasks; that is what the wheel shows.
    class_id = classes.create_class(db, "7B")
    today = dt.date(2026, 11, 25)
    assert periods.current_period(db, class_id, today).id is None
    pid = periods.save_period(
        db, class_id, dt.date(2026, 11, 23), dt.date(2026, 12, 4), ["blue-1", "blue-4"]
    )
    current = periods.current_period(db, class_id, today)
    assert current.id == pid
    assert current.period.end == dt.date(2026, 12, 4)
    assert current.chosen_task_ids == {"blue-1", "blue-4"}
    periods.save_period(db, class_id, dt.date(2026, 11, 23), dt.date(2026, 11, 27), ["blue-2"], pid)
    assert periods.current_period(db, class_id, today).chosen_task_ids == {"blue-2"}


def test_impossible_period_is_refused(db: Database) -> None:
    # An end before the start is refused and nothing is stored.
    class_id = classes.create_class(db, "7B")
    with pytest.raises(PeriodError):
        periods.save_period(db, class_id, dt.date(2026, 11, 27), dt.date(2026, 11, 23), [])
    assert db.execute("SELECT COUNT(*) FROM periods").fetchone()[0] == 0
