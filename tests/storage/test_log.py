"""Logging a completed task: one entry with its pupils and strengths, deletable and restorable."""

from __future__ import annotations

from sqlite_utils import Database

from smartklasse.storage import classes, log


def test_entry_round_trip_and_undoable_delete(db: Database) -> None:
    # What a pupil taps is stored as one entry, and an undo of a deletion restores it whole.
    class_id = classes.create_class(db, "7B", ["Åse", "محمد"])
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    entry_id = log.add_entry(
        db,
        class_id,
        wheel_id="blue",
        task_id="blue-5",
        task_text="Hold opp døren",
        pupil_ids=pupils,
        strength_ids=["mot", "respekt", "mot"],
        reflection_me="  Glad  ",
        reflection_others="",
    )
    entry = log.get_entry(db, entry_id)
    assert entry is not None
    assert entry.pupil_ids == tuple(pupils)
    assert entry.strength_ids == ("mot", "respekt")
    assert entry.reflection_me == "Glad"
    snapshot = log.delete_entry(db, entry_id)
    assert log.get_entry(db, entry_id) is None
    assert snapshot is not None
    log.restore_entry(db, snapshot)
    assert log.get_entry(db, entry_id) == entry


def test_the_link_tables_keep_no_index_that_another_of_their_indexes_holds(db: Database) -> None:
    # Every pupil and strength a tap names is written to each index of its link table: an
    # index whose columns begin another index of the same table is only a cost.
    for table in ("log_entry_pupils", "log_entry_strengths"):
        columns = {
            name: tuple(r[2] for r in db.execute(f"PRAGMA index_info([{name}])").fetchall())
            for _seq, name, *_rest in db.execute(f"PRAGMA index_list([{table}])").fetchall()
        }
        assert len(columns) == 2, columns  # the primary key and the one the other way round
        for name, held in columns.items():
            for other, longer in columns.items():
                assert other == name or longer[: len(held)] != held, (table, name, other)
    plan = " ".join(
        r[3]
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT entry_id FROM log_entry_pupils WHERE pupil_id = ?", ["x"]
        ).fetchall()
    )
    assert "COVERING INDEX idx_log_pupils_pupil_entry" in plan
