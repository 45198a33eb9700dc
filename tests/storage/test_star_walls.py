"""Star walls in the database: award, daily limit, undo, rounds, history, archive, delete."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlite_utils import Database

from smartklasse.storage import classes
from smartklasse.storage import star_walls as sw
from smartklasse.storage.deletion import delete_class_for_good

DAY = dt.date(2025, 9, 12)
STRENGTHS = ("ansvarsbevissthet", "hjelpsomhet", "respekt", "samarbeid")


@pytest.fixture
def class_id(db: Database) -> str:
    return classes.create_class(db, "7B", ["Ola", "Kari"])


@pytest.fixture
def wall_id(db: Database, class_id: str) -> str:
    return sw.create_wall(db, class_id, "Orden i garderoben", STRENGTHS, 3, today=DAY)


def _count(db: Database, wall_id: str) -> int:
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    return wall.current.count


def test_new_wall_has_goal_strengths_and_first_round(db: Database, wall_id: str) -> None:
    # The 7B cloakroom wall: goal, the four chosen strengths in order, round 1 of 3 stars.
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    assert wall.goal == "Orden i garderoben"
    assert wall.strength_ids == STRENGTHS
    assert (wall.current.number, wall.current.target, wall.current.count) == (1, 3, 0)
    assert wall.max_per_day == 1


def test_award_adds_a_dated_star_with_note(db: Database, wall_id: str) -> None:
    star_id = sw.award_star(db, wall_id, "  Ryddig etter gym ", today=DAY)
    assert star_id is not None
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    (star,) = wall.current.stars
    assert (star.id, star.awarded_on, star.note) == (star_id, DAY, "Ryddig etter gym")


def test_double_tap_awards_one_star(db: Database, wall_id: str) -> None:
    # Two quick taps on the same day: the second is refused inside its transaction.
    assert sw.award_star(db, wall_id, today=DAY) is not None
    assert sw.award_star(db, wall_id, today=DAY) is None
    assert _count(db, wall_id) == 1
    assert sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=1)) is not None
    assert _count(db, wall_id) == 2


def test_teacher_allows_two_per_day(db: Database, class_id: str) -> None:
    wall_id = sw.create_wall(db, class_id, "Stille gang", ["respekt"], 10, 2, today=DAY)
    results = [sw.award_star(db, wall_id, today=DAY) for _ in range(3)]
    assert [r is not None for r in results] == [True, True, False]


def test_undo_award_removes_the_star(db: Database, wall_id: str) -> None:
    star_id = sw.award_star(db, wall_id, today=DAY)
    assert star_id is not None
    sw.remove_star(db, star_id)
    assert _count(db, wall_id) == 0
    # After the undo, today's star can be given again.
    assert sw.award_star(db, wall_id, today=DAY) is not None


def test_no_star_beyond_target_then_new_round(db: Database, wall_id: str) -> None:
    # At the target the wall is full; a new round (same target) starts empty as round 2.
    for i in range(3):
        assert sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=i)) is not None
    wall = sw.get_wall(db, wall_id)
    assert wall is not None and wall.current.reached
    assert sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=5)) is None
    new_round = sw.start_new_round(db, wall_id, today=DAY + dt.timedelta(days=5))
    assert new_round is not None
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    assert (wall.current.number, wall.current.target, wall.current.count) == (2, 3, 0)
    (finished,) = wall.history
    assert finished.count == 3
    assert finished.finished_on == DAY + dt.timedelta(days=2)


def test_new_round_with_new_target_and_history_kept(db: Database, wall_id: str) -> None:
    for i in range(3):
        sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=i))
    sw.start_new_round(db, wall_id, 30, today=DAY + dt.timedelta(days=3))
    sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=3))
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    assert wall.current.target == 30 and wall.current.count == 1
    # Editing the wall changes the running round only; round 1 keeps its target.
    sw.update_wall(db, wall_id, "Orden i garderoben", ["respekt"], 25, 1)
    (first,) = sw.history(db, wall_id)
    assert (first.number, first.target, first.count) == (1, 3, 3)
    wall = sw.get_wall(db, wall_id)
    assert wall is not None and wall.current.target == 25


def test_round_cannot_finish_before_target(db: Database, wall_id: str) -> None:
    sw.award_star(db, wall_id, today=DAY)
    assert sw.start_new_round(db, wall_id, today=DAY) is None
    assert sw.history(db, wall_id) == []


def test_undo_new_round_reopens_the_full_round(db: Database, wall_id: str) -> None:
    for i in range(3):
        sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=i))
    round_id = sw.start_new_round(db, wall_id, today=DAY + dt.timedelta(days=3))
    assert round_id is not None
    sw.undo_new_round(db, round_id)
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    assert wall.current.number == 1 and wall.current.reached and wall.history == ()


def test_history_is_never_rewritten_by_remove_star(db: Database, wall_id: str) -> None:
    # A star of a finished round cannot be taken back.
    ids = [sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=i)) for i in range(3)]
    sw.start_new_round(db, wall_id, today=DAY + dt.timedelta(days=3))
    assert ids[0] is not None
    sw.remove_star(db, ids[0])
    (finished,) = sw.history(db, wall_id)
    assert finished.count == 3


def test_several_walls_per_class(db: Database, class_id: str, wall_id: str) -> None:
    # Cloakroom, quiet corridor, kind words: each counts its own stars, in order.
    second = sw.create_wall(db, class_id, "Stille gang", ["respekt"], 10, today=DAY)
    third = sw.create_wall(db, class_id, "Gode ord", ["omsorg"], 15, today=DAY)
    assert [w.id for w in sw.list_walls(db, class_id)] == [wall_id, second, third]
    sw.award_star(db, second, today=DAY)
    # The daily limit is per wall: the cloakroom can still earn today's star.
    assert sw.award_star(db, wall_id, today=DAY) is not None
    assert (_count(db, wall_id), _count(db, second), _count(db, third)) == (1, 1, 0)


def test_archive_hides_wall_and_stops_awards(db: Database, class_id: str, wall_id: str) -> None:
    sw.award_star(db, wall_id, today=DAY)
    sw.set_wall_archived(db, wall_id, True)
    assert sw.list_walls(db, class_id) == []
    (archived,) = sw.list_walls(db, class_id, include_archived=True)
    assert archived.archived and archived.current.count == 1
    assert sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=1)) is None
    sw.set_wall_archived(db, wall_id, False)
    assert [w.id for w in sw.list_walls(db, class_id)] == [wall_id]


def test_delete_and_restore_give_back_everything(db: Database, class_id: str, wall_id: str) -> None:
    # Deleting a wall removes its rounds and stars; the undo brings all of it back.
    for i in range(3):
        sw.award_star(db, wall_id, f"note {i}", today=DAY + dt.timedelta(days=i))
    sw.start_new_round(db, wall_id, 5, today=DAY + dt.timedelta(days=3))
    sw.award_star(db, wall_id, today=DAY + dt.timedelta(days=4))
    before = sw.get_wall(db, wall_id)
    snapshot = sw.delete_wall(db, wall_id)
    assert snapshot is not None
    assert sw.get_wall(db, wall_id) is None
    assert db.execute("SELECT COUNT(*) FROM stars").fetchone()[0] == 0
    sw.restore_wall(db, snapshot)
    assert sw.get_wall(db, wall_id) == before


def test_deleting_the_class_deletes_its_walls(db: Database, class_id: str, wall_id: str) -> None:
    sw.award_star(db, wall_id, today=DAY)
    delete_class_for_good(db, class_id)
    assert db.execute("SELECT COUNT(*) FROM star_walls").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM stars").fetchone()[0] == 0
