"""The print loaders read the star wall, log and pupils as the documents need them."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from smartklasse.storage import classes, log
from smartklasse.storage.print_data import (
    list_star_walls,
    pupil_profile_data,
    reflection_sheet_data,
    star_chart_data,
)


def _wall(db: Database, class_id: str) -> str:
    db.table("star_walls").insert(
        {
            "id": "w1",
            "class_id": class_id,
            "goal": "Ryddig garderobe",
            "max_per_day": 1,
            "position": 0,
            "archived_at": None,
            "created_at": "2025-03-01T08:00:00",
        }
    )
    db.table("star_wall_strengths").insert_all(
        {"wall_id": "w1", "strength_id": sid, "position": i}
        for i, sid in enumerate(("respekt", "samarbeid"))
    )
    rounds: list[dict[str, object]] = [
        {
            "id": "r1",
            "wall_id": "w1",
            "number": 1,
            "target": 5,
            "started_on": "2025-01-06",
            "finished_on": "2025-02-01",
        },
        {
            "id": "r2",
            "wall_id": "w1",
            "number": 2,
            "target": 10,
            "started_on": "2025-03-03",
            "finished_on": None,
        },
    ]
    db.table("star_rounds").insert_all(rounds)
    db.table("stars").insert_all(
        {
            "id": f"s{i}",
            "round_id": "r2" if i < 3 else "r1",
            "awarded_on": f"2025-03-0{3 + i}",
            "created_at": "x",
            "note": "",
        }
        for i in range(5)
    )
    return "w1"


def test_star_chart_shows_the_latest_round_and_its_stars(db: Database) -> None:
    class_id = classes.create_class(db, "7B")
    wall_id = _wall(db, class_id)
    assert [w.goal for w in list_star_walls(db, class_id)] == ["Ryddig garderobe"]
    data = star_chart_data(db, wall_id)
    assert data.round_number == 2 and data.target == 10
    assert len(data.stars) == 3  # the first round's stars stay with the first round
    assert [s.id for s in data.strengths] == ["respekt", "samarbeid"]
    assert data.class_name == "7B" and data.started_on == dt.date(2025, 3, 3)


def test_class_set_has_every_pupil_in_class_order(db: Database) -> None:
    class_id = classes.create_class(db, "7B", ["Åse", "محمد", "Ola"])
    ids = [p.id for p in classes.list_pupils(db, class_id)]
    data = reflection_sheet_data(db, "nb", task_id="blue-1", pupil_ids=ids, class_id=class_id)
    assert data.pupils == ("Åse", "محمد", "Ola")
    assert data.task is not None and data.task.text.startswith("Spør noen")
    assert len(data.strengths) == 20
    assert reflection_sheet_data(db, "nb").pupils == (None,)


def test_profile_counts_strengths_and_keeps_only_the_pupils_own_words(db: Database) -> None:
    class_id = classes.create_class(db, "7B", ["Åse", "Ola"])
    ase, ola = (p.id for p in classes.list_pupils(db, class_id))
    log.add_entry(
        db,
        class_id,
        wheel_id="blue",
        task_id="blue-1",
        task_text="Alene",
        pupil_ids=[ase],
        strength_ids=["mot", "omsorg"],
        reflection_me="Jeg ble glad",
        entry_date="2025-03-03",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="blue",
        task_id="blue-2",
        task_text="Sammen",
        pupil_ids=[ase, ola],
        strength_ids=["omsorg"],
        reflection_me="Ola skrev dette",
        entry_date="2025-03-04",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="red",
        task_id="red-1",
        task_text="Hele klassen",
        whole_class=True,
        strength_ids=["samarbeid"],
        entry_date="2025-03-05",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="red",
        task_id="red-2",
        task_text="Utenfor perioden",
        pupil_ids=[ase],
        strength_ids=["humor"],
        entry_date="2025-04-01",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="red",
        task_id="red-3",
        task_text="Bare Ola",
        pupil_ids=[ola],
        strength_ids=["humor"],
        entry_date="2025-03-06",
    )
    data = pupil_profile_data(db, ase, dt.date(2025, 3, 1), dt.date(2025, 3, 31), "nb")
    assert [t.text for t in data.tasks] == ["Alene", "Sammen", "Hele klassen"]
    assert dict(data.strength_counts) == {"mot": 1, "omsorg": 2, "samarbeid": 1}
    assert [t.reflection_me for t in data.tasks] == ["Jeg ble glad", "", ""]
