"""The projected strengths wall is the poster: all cards on one screen, as large as it allows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.i18n import set_language
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.ui.application import apply_factor, apply_style
from smartklasse.ui.context import AppContext
from smartklasse.ui.fonts import install_fonts
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.projection import text_px
from smartklasse.ui.strengths.cards import layout_for, poster_plan
from smartklasse.ui.strengths.page import StrengthsPage
from smartklasse.ui.style import projected_text_px, scale_factor

SCREENS = [(1366, 768), (1920, 1080), (2560, 1440), (3840, 2160)]


def _need(px: int, cell_width: int) -> int | None:
    # A made-up card: ten ems wide at least, eight ems tall.
    return 8 * px if cell_width >= 10 * px else None


def test_the_plan_takes_the_shape_with_the_largest_text() -> None:
    # 5 × 4 gives 57 px (3400/5/10 = 68, 1850/4/8 = 57); 4 × 5, 6 × 4 and 7 × 3 give less.
    plan = poster_plan(3400, 1850, 20, 48, _need)
    assert (plan.columns, plan.rows, plan.text_px, plan.fits) == (5, 4, 57, True)
    assert (plan.cell_width, plan.cell_height) == (680, 462)


def test_when_nothing_fits_the_plan_keeps_the_smallest_size_and_says_so() -> None:
    plan = poster_plan(300, 200, 20, 48, _need)
    assert plan.text_px == 48 and not plan.fits


@pytest.mark.parametrize("count", range(1, 31))
def test_the_plan_has_a_cell_for_every_card_and_no_empty_row(count: int) -> None:
    plan = poster_plan(1800, 900, count, 17, _need)
    assert plan.columns * plan.rows >= count
    assert (plan.rows - 1) * plan.columns < count
    assert plan.columns * plan.cell_width <= 1800 and plan.rows * plan.cell_height <= 900


@pytest.fixture
def app() -> Iterator[QApplication]:
    # The app's own fonts (Noto Sans first), as the running app has them.
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    before = QFont(application.font())
    install_fonts(application)
    yield application
    application.setFont(before)
    apply_style(application, Settings())


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_all_cards_fit_one_screen_with_nothing_cut_off(
    qtbot: QtBot,
    app: QApplication,
    db: Database,
    data_dir: Path,
    screen: tuple[int, int],
    lang: str,
) -> None:
    # Full screen from a laptop to a 4K projector, in each language: the 20 cards on the
    # screen at once without scrolling, every description whole (none shortened), no text
    # under the projector's rule, and the cards' cells filling the wall.
    set_language(lang)
    class_id = classes.create_class(db, "7B", ["Ola"])
    context = AppContext(db, data_dir, Settings(active_class_id=class_id))
    width, height = screen
    apply_factor(app, scale_factor(width, height, 1.0, 1.0))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.project(True)
    window.show_page("strengths")
    QApplication.processEvents()
    page = window.page("strengths")
    assert isinstance(page, StrengthsPage)
    grid, model = page.grid, page.model
    plan = grid.poster
    assert plan is not None and plan.fits
    assert model.rowCount() == 20
    assert grid.verticalScrollBar().maximum() == 0
    fonts = grid.card_delegate.fonts
    assert text_px(fonts.description) >= projected_text_px(height)
    shown = grid.viewport().rect()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        cell = grid.visualRect(index)
        assert shown.contains(cell), (index.data(), cell, shown)
        card = layout_for(fonts, cell.width() - fonts.gap, index)
        assert card.height <= cell.height() - fonts.gap, index.data()
    cells = plan.columns * plan.cell_width * plan.rows * plan.cell_height
    assert cells >= 0.97 * shown.width() * shown.height()
    assert QRect(0, 0, plan.columns * plan.cell_width, plan.rows * plan.cell_height).isValid()
