"""A screen reader finds every star place of the wall as a child: its number, its date, and
where it is painted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse import i18n
from smartklasse.domain import clock
from smartklasse.domain.star_grid import Rect
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.storage import star_walls as sw
from smartklasse.ui.context import AppContext
from smartklasse.ui.star_wall.accessible import place_rect
from smartklasse.ui.star_wall.grid import GOLD
from smartklasse.ui.star_wall.page import StarWallPage

#: The ``find_accessible`` fixture (tests/conftest.py).
AccessibleFinder = Callable[[QWidget, str], QAccessibleInterface | None]


TARGET = 20
EARNED = 13
NB_MONTHS = "januar februar mars april mai juni juli august september oktober november desember"
EN_MONTHS = "January February March April May June July August September October November December"


def _day(offset: int, months: str = NB_MONTHS, dot: str = ".") -> str:
    """The date ``offset`` days before today as the names say it ("11. november")."""
    day = clock.today() - dt.timedelta(days=offset)
    return f"{day.day}{dot} {months.split()[day.month - 1]}"


@pytest.fixture
def page(qtbot: QtBot, db: Database, data_dir: Path) -> StarWallPage:
    # 13 stars, one a day from 14 days ago (11 November when today is 25 November).
    class_id = classes.create_class(db, "7B", ["Ada", "Bo"])
    start = clock.today() - dt.timedelta(days=EARNED + 1)
    wall_id = sw.create_wall(db, class_id, "Orden", ("respekt",), TARGET, today=start)
    for i in range(EARNED):
        assert sw.award_star(db, wall_id, "", today=start + dt.timedelta(days=i))
    context = AppContext(db, data_dir, Settings(active_class_id=class_id, reduced_motion=True))
    widget = StarWallPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _stars(
    page: StarWallPage, find: AccessibleFinder
) -> tuple[QAccessibleInterface, list[QAccessibleInterface]]:
    grid = find(page, "star_grid")
    assert grid is not None
    return grid, [grid.child(i) for i in range(grid.childCount())]


def test_the_walk_finds_every_star_place_with_its_date(
    page: StarWallPage, find_accessible: AccessibleFinder
) -> None:
    # Walked from the page down, like a screen reader: a list of 20 places; the earned ones
    # say their date in full, the rest that they are still to come.
    grid, stars = _stars(page, find_accessible)
    assert grid.role() == QAccessible.Role.List
    assert grid.text(QAccessible.Text.Name) == "13 av 20 stjerner"
    assert len(stars) == TARGET
    assert {star.role() for star in stars} == {QAccessible.Role.ListItem}
    names = [star.text(QAccessible.Text.Name) for star in stars]
    assert names[0] == f"Stjerne 1 av 20: {_day(14)}"
    assert names[2] == f"Stjerne 3 av 20: {_day(12)}"
    assert names[12] == f"Stjerne 13 av 20: {_day(2)}"
    assert names[13] == "Stjerne 14 av 20: ikke fått ennå"
    assert names[19] == "Stjerne 20 av 20: ikke fått ennå"
    assert [star.state().checked for star in stars] == [True] * EARNED + [False] * 7
    assert all(
        star.parent() is grid and grid.indexOfChild(star) == i for i, star in enumerate(stars)
    )


def test_names_follow_the_language(page: StarWallPage, find_accessible: AccessibleFinder) -> None:
    _grid, stars = _stars(page, find_accessible)
    i18n.set_language("nn")
    assert stars[2].text(QAccessible.Text.Name) == f"Stjerne 3 av 20: {_day(12)}"
    assert stars[13].text(QAccessible.Text.Name) == "Stjerne 14 av 20: ikkje fått enno"
    i18n.set_language("en")
    assert stars[2].text(QAccessible.Text.Name) == f"Star 3 of 20: {_day(12, EN_MONTHS, '')}"


def test_each_star_is_where_it_is_painted(
    page: StarWallPage, find_accessible: AccessibleFinder
) -> None:
    # A review cursor moving over the screen finds each star: its rectangle holds the painted
    # star (gold where earned, not gold where still an outline), and childAt hits it.
    grid, stars = _stars(page, find_accessible)
    widget = page.grid
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    for index, star in enumerate(stars):
        rect = star.rect()
        local = QPoint(widget.mapFromGlobal(rect.topLeft()))
        assert widget.rect().contains(local) and not rect.isEmpty()
        # The star's middle (it sits a little high in its place, above the date).
        middle = QPoint(rect.center().x(), rect.top() + round(rect.height() * 0.42))
        colour = QColor(image.pixel(widget.mapFromGlobal(middle) * ratio))
        is_gold = abs(colour.red() - GOLD.red()) + abs(colour.green() - GOLD.green()) < 40
        assert is_gold == (index < EARNED), (index, colour.name())
        hit = grid.childAt(middle.x(), middle.y())
        assert hit is not None and grid.indexOfChild(hit) == index
    rects = [star.rect() for star in stars]
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_place_rect_rounds_to_whole_pixels_without_gaps_or_overlap() -> None:
    assert place_rect(Rect(10.4, 20.6, 50.3, 50.3)).getRect() == (10, 21, 51, 50)
    left, right = place_rect(Rect(0.5, 0, 9.6, 9.6)), place_rect(Rect(10.1, 0, 9.6, 9.6))
    assert left.right() < right.left()


def test_an_earned_star_gets_its_date(
    page: StarWallPage, find_accessible: AccessibleFinder
) -> None:
    page.award()
    _grid, stars = _stars(page, find_accessible)
    assert stars[13].text(QAccessible.Text.Name) == f"Stjerne 14 av 20: {_day(0)}"
    assert stars[13].state().checked


def test_stars_offer_no_action(page: StarWallPage, find_accessible: AccessibleFinder) -> None:
    # A star only shows; it has nothing to press.
    _grid, stars = _stars(page, find_accessible)
    assert stars[0].actionInterface() is None
