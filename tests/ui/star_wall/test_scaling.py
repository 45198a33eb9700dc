"""Skalering on the star wall: anonymous 1–5 counts, the round's trend, undo, a new round."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.scaling import ScalingCheck, trend
from smartklasse.settings import Settings
from smartklasse.storage import classes, scaling
from smartklasse.storage import star_walls as sw
from smartklasse.storage.deletion import delete_class_for_good
from smartklasse.ui.context import AppContext
from smartklasse.ui.star_wall.page import StarWallPage
from smartklasse.ui.star_wall.scaling import ScalingDialog


@pytest.fixture
def context(db: Database, data_dir: Path) -> AppContext:
    class_id = classes.create_class(db, "7B", ["Ola", "Kari"])
    sw.create_wall(db, class_id, "Ro i klasserommet", ("respekt",), 10)
    return AppContext(db, data_dir, Settings(active_class_id=class_id, reduced_motion=True))


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> StarWallPage:
    widget = StarWallPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_average_and_the_trend_skip_checks_without_pupils() -> None:
    day = dt.date(2026, 11, 2)
    checks = [
        ScalingCheck("b", "r", day + dt.timedelta(days=7), (0, 0, 2, 2, 0)),
        ScalingCheck("a", "r", day, (2, 2, 0, 0, 0)),
        ScalingCheck("c", "r", day + dt.timedelta(days=8), (0, 0, 0, 0, 0)),
    ]
    assert checks[0].average == 3.5 and checks[2].average is None
    assert trend(checks) == [1.5, 3.5]


def test_a_check_draws_the_trend_and_undo_takes_it_away(
    page: StarWallPage, context: AppContext
) -> None:
    wall = page.current_wall()
    assert wall is not None
    assert page.scaling_trend.isHidden()
    page.save_scaling(wall, (3, 5, 8, 4, 2))
    page.save_scaling(wall, (0, 2, 6, 10, 4))
    assert not page.scaling_trend.isHidden()
    assert page.scaling_trend.values == pytest.approx((2.8636, 3.7273), abs=1e-3)
    context.undo_stack.undo()
    assert page.scaling_trend.values == pytest.approx((2.8636,), abs=1e-3)


def test_the_dialog_counts_only(qtbot: QtBot) -> None:
    dialog = ScalingDialog("Ro i klasserommet")
    qtbot.addWidget(dialog)
    dialog.spins[2].setValue(7)
    dialog.spins[4].setValue(1)
    assert dialog.counts() == (0, 0, 7, 0, 1)


def test_a_new_round_starts_a_new_trend_and_the_class_takes_its_checks(
    context: AppContext,
) -> None:
    db, class_id = context.db, context.active_class_id
    wall_id = sw.create_wall(db, class_id, "Rydde pulten", ("respekt",), 1)
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    scaling.add_check(db, wall.current.id, (1, 1, 1, 1, 1))
    assert sw.award_star(db, wall_id, "", today=clock.today())
    assert sw.start_new_round(db, wall_id, 10, today=clock.today())
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    assert scaling.checks_of_round(db, wall.current.id) == []
    assert len(scaling.checks_of_round(db, wall.history[0].id)) == 1
    delete_class_for_good(db, class_id)
    assert db.execute("SELECT COUNT(*) FROM scaling_checks").fetchone()[0] == 0
