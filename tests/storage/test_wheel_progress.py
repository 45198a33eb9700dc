"""Wheel progress: completions per task in the period, fair picks that survive a restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from smartklasse.domain.periods import Period
from smartklasse.storage import classes, log, wheel_progress
from smartklasse.storage.database import open_database
from smartklasse.storage.deletion import delete_class_for_good


def test_completions_count_entries_of_the_period_only(db: Database) -> None:
    # The wheel shows how often each task was done this week, by the class, not per pupil.
    class_id = classes.create_class(db, "7B", ["Ola", "Kari"])
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    week = Period(dt.date(2026, 11, 23), dt.date(2026, 11, 27))
    for day, task in (
        ("2026-11-23", "blue-1"),
        ("2026-11-27", "blue-1"),
        ("2026-11-24", "blue-2"),
        ("2026-11-30", "blue-1"),
        ("2026-11-22", "blue-2"),
    ):
        log.add_entry(
            db,
            class_id,
            wheel_id="blue",
            task_id=task,
            task_text="x",
            pupil_ids=pupils,
            entry_date=day,
        )
    log.add_entry(
        db, class_id, wheel_id="green", task_id="green-1", task_text="x", entry_date="2026-11-24"
    )
    assert wheel_progress.completions(db, class_id, "blue", week) == {"blue-1": 2, "blue-2": 1}


def test_fair_picks_survive_a_restart(data_dir: Path) -> None:
    # Closing the app mid-round does not make the wheel forget what was picked.
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    wheel_progress.set_picked_tasks(db, "", "blue", ["blue-1", "blue-3"])
    db.close()
    db = open_database(path)
    assert wheel_progress.picked_tasks(db, "", "blue") == {"blue-1", "blue-3"}
    wheel_progress.set_picked_tasks(db, "", "blue", [])
    assert wheel_progress.picked_tasks(db, "", "blue") == frozenset()
    db.close()


def test_fair_picks_go_with_a_deleted_class(db: Database) -> None:
    # Deleting a class for good also removes its fair-pick round.
    class_id = classes.create_class(db, "7B")
    wheel_progress.set_picked_tasks(db, class_id, "blue", ["blue-1"])
    delete_class_for_good(db, class_id)
    assert wheel_progress.picked_tasks(db, class_id, "blue") == frozenset()
