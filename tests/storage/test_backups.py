"""Automatic backups: once a day, rotated to 14 days + 8 weeks, listed, and restored safely."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from smartklasse.storage import backups, classes, log
from smartklasse.storage.database import open_database


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_start_up_backup_at_most_once_a_day(db: Database, data_dir: Path) -> None:
    # Starting the app five times in a day makes one backup; the next day makes another.
    folder = data_dir / "backups"
    path = data_dir / "smartklasse.sqlite3"
    morning = dt.datetime(2026, 11, 26, 8, 0)
    for minutes in range(5):
        now = morning + dt.timedelta(minutes=minutes)
        if backups.backup_due(folder, now):
            backups.backup_file(path, folder, backups.KIND_DAILY, now)
    assert _names(folder) == ["smartklasse-20261126-080000-daily.sqlite3"]
    tomorrow = morning + dt.timedelta(days=1)
    assert backups.backup_due(folder, tomorrow)


def test_backup_is_a_consistent_readable_copy(db: Database, data_dir: Path) -> None:
    # A backup taken while the app is open holds the data committed so far.
    class_id = classes.create_class(db, "5A", ["Ola", "Kari"])
    for _ in range(3):
        log.add_entry(db, class_id, wheel_id=None, task_id=None, task_text="Holdt døra")
    target = backups.backup_file(data_dir / "smartklasse.sqlite3", data_dir / "backups", "daily")
    info = backups.inspect_backup(target)
    assert info.usable
    assert info.class_names == ("5A",)
    assert info.entry_count == 3
    assert info.kind == "daily"
    # One self-contained file: no -wal needed to read it.
    assert not target.with_name(target.name + "-wal").exists()


def test_backup_names_are_read_back_and_impossible_times_are_not_ours() -> None:
    taken = dt.datetime(2026, 11, 30, 5, 50, 23)
    assert backups.parse_backup_name(backups.backup_name(taken, "daily", 3)) == (taken, "daily")
    assert backups.parse_backup_name("smartklasse-20261330-055023-daily.sqlite3") is None
    assert backups.parse_backup_name("smartklasse-20261130-245023-daily.sqlite3") is None


def test_rotation_keeps_14_days_and_8_weeks(tmp_path: Path) -> None:
    # After 120 days of daily backups, the 14 newest days and one backup for each of
    # the 8 weeks before them are left: 22 files.
    folder = tmp_path / "backups"
    folder.mkdir()
    first = dt.datetime(2026, 1, 1, 8, 0)
    for day in range(120):
        (folder / backups.backup_name(first + dt.timedelta(days=day), "daily")).write_bytes(b"x")
    deleted = backups.rotate(folder)
    parsed = [backups.parse_backup_name(n) for n in _names(folder)]
    left = sorted(p[0] for p in parsed if p is not None)
    assert len(left) == len(parsed) == 22 and len(deleted) == 98
    last = first + dt.timedelta(days=119)
    daily = [t for t in left if (last - t).days < 14]
    weekly = [t for t in left if (last - t).days >= 14]
    assert len(daily) == 14 and len(weekly) == 8
    weeks = {t.isocalendar()[:2] for t in weekly}
    assert len(weeks) == 8
    # The weekly ones are the newest of each week and reach back about two months.
    assert (last - min(weekly)).days < 14 + 8 * 7


def test_rotation_keeps_every_backup_of_a_recent_day(tmp_path: Path) -> None:
    # A backup before a migration or a restore is not thrown away the same day.
    folder = tmp_path / "backups"
    folder.mkdir()
    day = dt.datetime(2026, 11, 26, 8, 0)
    for kind, hour in (("daily", 8), ("migration", 9), ("restore", 10)):
        (folder / backups.backup_name(day.replace(hour=hour), kind)).write_bytes(b"x")
    assert backups.rotate(folder) == []
    assert len(_names(folder)) == 3


def test_list_backups_newest_first_with_contents(db: Database, data_dir: Path) -> None:
    # The restore dialog shows when each backup was taken and what it holds.
    folder = data_dir / "backups"
    path = data_dir / "smartklasse.sqlite3"
    classes.create_class(db, "6C")
    backups.backup_file(path, folder, "daily", dt.datetime(2026, 11, 24, 8, 0))
    class_id = classes.create_class(db, "7B")
    log.add_entry(db, class_id, wheel_id=None, task_id=None, task_text="Sa noe fint")
    backups.backup_file(path, folder, "daily", dt.datetime(2026, 11, 25, 8, 0))
    (folder / backups.backup_name(dt.datetime(2026, 11, 26, 8, 0), "daily")).write_text("oops")
    listed = backups.list_backups(folder)
    assert [b.taken_at.day for b in listed] == [26, 25, 24]
    assert [b.usable for b in listed] == [False, True, True]
    assert listed[1].class_names == ("6C", "7B") and listed[1].entry_count == 1
    assert listed[2].class_names == ("6C",) and listed[2].entry_count == 0


def test_restore_backs_up_current_state_first(db: Database, data_dir: Path) -> None:
    # Restoring an old backup never loses today's work: it is backed up first.
    folder = data_dir / "backups"
    path = data_dir / "smartklasse.sqlite3"
    classes.create_class(db, "Gammel")
    old = backups.backup_file(path, folder, "daily", dt.datetime(2026, 11, 20, 8, 0))
    classes.create_class(db, "Ny")
    db.close()
    safety = backups.restore_backup(path, old, folder, dt.datetime(2026, 11, 26, 9, 0))
    assert safety is not None and safety.name.endswith("-restore.sqlite3")
    assert backups.inspect_backup(safety).class_names == ("Gammel", "Ny")
    reopened = open_database(path)
    assert [c.name for c in classes.list_classes(reopened)] == ["Gammel"]
    assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_migration_makes_a_backup_first(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An older file gets a backup before a new migration changes it.
    from sqlite_utils.migrations import Migrations

    from smartklasse.storage import migrations as registry

    path = data_dir / "smartklasse.sqlite3"
    open_database(path).close()
    extra = Migrations("smartklasse.test_backup_feature")

    @extra()
    def m001_extra(db: Database) -> None:
        db.execute("CREATE TABLE extra_feature (id TEXT)")

    monkeypatch.setattr(registry, "MIGRATION_SETS", (*registry.MIGRATION_SETS, extra))
    open_database(path).close()
    made = list((data_dir / "backups").glob("*-migration.sqlite3"))
    assert len(made) == 1
    conn = sqlite3.connect(made[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "classes" in tables and "extra_feature" not in tables
