"""Logging a completed task: one entry with its pupils and strengths, deletable and restorable."""

from __future__ import annotations

from sqlite_utils import Database

from smartklasse.storage import classes, log


def test_entry_round_trip_and_undoable_delete(db: Database) -> None:
    # What a pupil taps is stored as one entry, and an undo of a deletion restores it whole.
    class_id = classes.create_class(db, "7B", ["Åse", "محمد"])
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    entry_id = log.add_entry(
        db, class_id, wheel_id="blue", task_id="blue-5", task_text="Hold opp døren",
        pupil_ids=pupils, strength_ids=["mot", "respekt", "mot"],
        reflection_me="  Glad  ", reflection_others="",
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
