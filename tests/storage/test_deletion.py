"""Deleting for good: a pupil, a class, old entries, and the bytes leave the live file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.recognition import GiverKind
from smartklasse.storage import (
    advent,
    classes,
    games,
    log,
    practice_summary,
    recognition,
    strength_of_week,
    wheel_progress,
)
from smartklasse.storage.deletion import (
    delete_class_for_good,
    delete_entries_older_than,
    delete_pupils_for_good,
)


def _entry(db: Database, class_id: str, pupils: list[str], whole: bool = False, **kw: str) -> str:
    return log.add_entry(
        db,
        class_id,
        wheel_id=None,
        task_id=None,
        task_text="Holdt døra",
        pupil_ids=pupils,
        whole_class=whole,
        strength_ids=["omsorg"],
        **kw,
    )


def _tables_with_column(db: Database, column: str) -> set[str]:
    # Every table in the schema that refers to a pupil or class by this column.
    return {name for name in db.table_names() if column in db.table(name).columns_dict}


def _rows_with(db: Database, table: str, column: str, value: str) -> int:
    return int(
        db.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", [value]).fetchone()[0]
    )


def _recognise(db: Database, class_id: str) -> None:
    # The first pupil is pupil of the week, then away; they get a recognition and a card.
    first = classes.list_pupils(db, class_id)[0].id
    assert recognition.pupil_week(db, class_id).pupil_id == first
    recognition.skip_pupil(db, class_id)
    recognition.add_recognition(db, class_id, first, "omsorg", "Snill", GiverKind.PUPIL)
    recognition.give_card(db, first, "mot", "Du sa ifra")
    # The next week is theirs again: every recognition table holds a row about them.
    next_week = recognition.pupil_week(db, class_id, clock.today() + dt.timedelta(days=7))
    assert next_week.pupil_id == first


def test_deleting_pupil_removes_their_entries_and_links(db: Database) -> None:
    # The pupil's own entries go entirely; shared ones lose only them; class entries stay.
    class_id = classes.create_class(db, "7B", ["Ola", "Kari"])
    ola, kari = (p.id for p in classes.list_pupils(db, class_id))
    alone = _entry(db, class_id, [ola], reflection_me="Ola følte seg glad")
    shared = _entry(db, class_id, [ola, kari])
    whole = _entry(db, class_id, [ola], whole=True)
    karis = _entry(db, class_id, [kari])
    _recognise(db, class_id)
    assert all(_rows_with(db, t, "pupil_id", ola) for t in _tables_with_column(db, "pupil_id"))
    removed = delete_pupils_for_good(db, [ola])
    assert removed == 1
    assert log.get_entry(db, alone) is None
    shared_entry = log.get_entry(db, shared)
    assert shared_entry is not None and shared_entry.pupil_ids == (kari,)
    whole_entry = log.get_entry(db, whole)
    assert whole_entry is not None and whole_entry.pupil_ids == ()
    assert log.get_entry(db, karis) is not None
    assert [p.name for p in classes.list_pupils(db, class_id, include_archived=True)] == ["Kari"]
    for table in _tables_with_column(db, "pupil_id"):
        assert _rows_with(db, table, "pupil_id", ola) == 0, table
    assert (
        db.execute(
            "SELECT COUNT(*) FROM log_entry_strengths WHERE entry_id = ?", [alone]
        ).fetchone()[0]
        == 0
    )


def test_deleting_pupils_together_removes_entries_they_shared_alone(db: Database) -> None:
    # Two pupils deleted at once take the entry only the two of them took part in.
    class_id = classes.create_class(db, "7B", ["Ola", "Kari", "Per"])
    ola, kari, per = (p.id for p in classes.list_pupils(db, class_id))
    theirs = _entry(db, class_id, [ola, kari], reflection_others="Vi hjalp hverandre")
    with_per = _entry(db, class_id, [ola, per])
    assert delete_pupils_for_good(db, [ola, kari]) == 1
    assert log.get_entry(db, theirs) is None
    kept = log.get_entry(db, with_per)
    assert kept is not None and kept.pupil_ids == (per,)
    rows = db.execute("SELECT COUNT(*) FROM log_entry_pupils WHERE pupil_id IN (?, ?)", [ola, kari])
    assert rows.fetchone()[0] == 0
    assert [p.name for p in classes.list_pupils(db, class_id, include_archived=True)] == ["Per"]


def test_deleting_class_removes_everything_of_it(db: Database) -> None:
    # A class deleted in June takes its pupils, log, periods and star walls with it.
    keep = classes.create_class(db, "6A", ["Per"])
    gone = classes.create_class(db, "7B", ["Ola", "Kari"])
    _entry(db, gone, [p.id for p in classes.list_pupils(db, gone)], reflection_me="Glad")
    _entry(db, keep, [p.id for p in classes.list_pupils(db, keep)])
    db.table("star_walls").insert(
        {"id": "w1", "class_id": gone, "goal": "Ryddig garderobe", "created_at": "2026-01-01"}
    )
    db.table("periods").insert(
        {
            "id": "p1",
            "class_id": gone,
            "start_date": "2026-01-05",
            "end_date": "2026-01-09",
            "created_at": "2026-01-01",
        }
    )
    strength_of_week.pin(db, gone, "omsorg")
    wheel_progress.set_picked_tasks(db, gone, "blue", ["blue-1"])
    # The year: a game played, a door opened, the practice summary's notes.
    games.record_play(db, gone, games.list_games(db)[0], ["omsorg"], "nb", dt.date(2026, 12, 1))
    advent.mark_door_opened(db, gone, "advent-children", "2026-12-01")
    practice_summary.save_notes(db, gone, practice_summary.PracticeNotes("Notater"))
    _recognise(db, gone)
    tables = _tables_with_column(db, "class_id")
    assert {"pupils", "log_entries", "star_walls", "periods", "strength_of_week"} <= tables
    assert all(_rows_with(db, table, "class_id", gone) for table in tables)
    delete_class_for_good(db, gone)
    for table in tables:
        assert _rows_with(db, table, "class_id", gone) == 0, table
    assert db.execute("SELECT COUNT(*) FROM log_entry_pupils").fetchone()[0] == 1
    assert [c.name for c in classes.list_classes(db)] == ["6A"]


def test_retention_deletes_only_entries_older_than_months(db: Database) -> None:
    # "Keep 12 months": last year's entries go, this year's stay; 0 keeps everything.
    class_id = classes.create_class(db, "7B")
    for day in ("2024-05-31", "2025-05-30", "2025-05-31", "2026-01-10"):
        _entry(db, class_id, [], entry_date=day)
    today = dt.date(2026, 5, 31)
    assert delete_entries_older_than(db, 0, today) == 0
    assert delete_entries_older_than(db, 12, today) == 2
    left = [r["entry_date"] for r in db.query("SELECT entry_date FROM log_entries ORDER BY 1")]
    assert left == ["2025-05-31", "2026-01-10"]


def test_deleted_names_leave_the_database_file(db: Database, data_dir: Path) -> None:
    # After deleting a pupil and a class, their names and reflections are nowhere in the
    # live file or its WAL: not in free pages, not in old log frames. No extra step needed.
    secret_pupil = "Zyxwvutsrq Pupilname"
    secret_class = "Qqqklasse Hemmelig"
    secret_reflection = "Jeg var modig da jeg sa fra"
    keep = classes.create_class(db, "6A", ["Per Persen"])
    class_id = classes.create_class(db, secret_class, ["Anna", secret_pupil])
    pupil = next(p for p in classes.list_pupils(db, class_id) if p.name == secret_pupil)
    _entry(db, class_id, [pupil.id], reflection_me=secret_reflection)
    _entry(db, keep, [])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = data_dir / "smartklasse.sqlite3"
    assert secret_pupil.encode() in path.read_bytes()

    delete_pupils_for_good(db, [pupil.id])
    delete_class_for_good(db, class_id)

    for file in (path, path.with_name(path.name + "-wal")):
        data = file.read_bytes() if file.exists() else b""
        for secret in (secret_pupil, secret_class, secret_reflection):
            assert secret.encode() not in data, (file.name, secret)
    assert b"Per Persen" in path.read_bytes()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_secure_delete_is_on_for_every_connection(db: Database) -> None:
    # Even a small deletion without a purge overwrites the deleted row with zeros.
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
