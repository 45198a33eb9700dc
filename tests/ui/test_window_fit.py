"""The window fits the screen it opens on, at 100–200 % text size, and remembers itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.paths import SETTINGS_NAME
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.ui.application import apply_factor, apply_style
from smartklasse.ui.context import AppContext
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.pages import PAGES
from smartklasse.ui.style import scale_factor
from smartklasse.ui.wheel.page import WheelPage
from smartklasse.ui.window_fit import WindowPlan, place_window, plan_window

#: A taskbar at the bottom of the screen, as on a school PC.
TASKBAR = 48
SCREENS = [(1366, 768), (1920, 1080), (3840, 2160)]
TEXT_SIZES = [1.0, 1.5, 2.0]


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    yield application
    apply_style(application, Settings())  # the next test starts at the normal size


@pytest.fixture
def context(db: Database, data_dir: Path) -> AppContext:
    class_id = classes.create_class(db, "7B", [f"Elev {n}" for n in range(1, 29)])
    return AppContext(db, data_dir, Settings(active_class_id=class_id, reduced_motion=True))


def _window(qtbot: QtBot, app: QApplication, context: AppContext, w: int, h: int) -> MainWindow:
    apply_factor(app, scale_factor(w, h - TASKBAR, 1.0, context.settings.ui_scale))
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("text_size", TEXT_SIZES, ids=lambda s: f"{round(s * 100)}%")
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_window_never_needs_more_than_the_screen(
    qtbot: QtBot,
    app: QApplication,
    context: AppContext,
    screen: tuple[int, int],
    text_size: float,
) -> None:
    # Every page, the log included, fits the free screen at every text size: the window opens
    # maximised on laptops and projectors and its smallest possible size is inside the screen.
    width, height = screen
    free = QRect(0, 0, width, height - TASKBAR)
    context.settings.ui_scale = text_size
    window = _window(qtbot, app, context, width, height)
    plan = place_window(window, free, context.settings)
    assert plan.maximised
    window.show()
    for spec in PAGES:
        window.show_page(spec.key)
        QApplication.processEvents()
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert least.width() <= free.width(), (spec.key, least)
        assert least.height() <= free.height(), (spec.key, least)
        assert window.width() <= free.width()
        assert window.height() <= free.height()


def test_text_size_applies_and_reverts_without_restart(
    qtbot: QtBot, app: QApplication, context: AppContext
) -> None:
    # 200 % and back to 100 % on a 1366×768 laptop: the window ends as it began.
    window = _window(qtbot, app, context, 1366, 768)
    place_window(window, window.screen().availableGeometry(), context.settings)
    window.show()
    window.show_page(PAGES[3].key)
    QApplication.processEvents()
    before = (window.size(), window.minimumSizeHint(), window.nav_buttons["wheel"].iconSize())
    apply_factor(app, 2.0)
    window.rescale()
    QApplication.processEvents()
    assert window.nav_buttons["wheel"].iconSize() == before[2] * 2
    assert window.minimumSizeHint().height() <= 768 - TASKBAR
    apply_factor(app, 1.0)
    window.rescale()
    QApplication.processEvents()
    after = (window.size(), window.minimumSizeHint(), window.nav_buttons["wheel"].iconSize())
    assert after == before
    assert window.current_key() == PAGES[3].key


def test_plan_window_first_start_and_remembered() -> None:
    # First start: maximised on laptops and projectors, most of a middle-sized monitor;
    # a remembered size is kept, and shrunk onto a smaller screen.
    assert plan_window(1366, 720, Settings()).maximised
    assert plan_window(1920, 1032, Settings()).maximised
    assert plan_window(3840, 2112, Settings()).maximised
    middle = plan_window(1680, 1010, Settings())
    assert not middle.maximised
    assert (middle.width, middle.height) == (1428, 858)
    left = Settings(window_width=1500, window_height=950, window_maximised=False)
    assert plan_window(1680, 1010, left) == WindowPlan(1500, 950, False)
    assert plan_window(1366, 720, left) == WindowPlan(1366, 720, False)


def test_window_remembers_size_page_and_wheel(
    qtbot: QtBot, app: QApplication, context: AppContext, data_dir: Path
) -> None:
    # Closed on the star wall with the green wheel chosen and a 1200×700 window: the next start
    # shows the same.
    window = _window(qtbot, app, context, 1680, 1050)
    place_window(window, QRect(0, 0, 1680, 1010), context.settings)
    window.show()
    wheel_page = window.page(PAGES[0].key)
    assert isinstance(wheel_page, WheelPage)
    green = wheel_page.wheels[1].id
    wheel_page.show_wheel(green)
    window.resize(1200, 700)
    window.show_page(PAGES[2].key)
    window.close()
    saved = Settings.load(data_dir / SETTINGS_NAME)
    assert (saved.window_width, saved.window_height) == (1200, 700)
    again = MainWindow(AppContext(context.db, data_dir, saved))
    qtbot.addWidget(again)
    plan = place_window(again, QRect(0, 0, 1680, 1010), saved)
    assert (plan.width, plan.height, plan.maximised) == (1200, 700, False)
    assert again.current_key() == PAGES[2].key
    shown = again.page(PAGES[0].key)
    assert isinstance(shown, WheelPage) and shown.wheel is not None
    assert shown.wheel.id == green


def test_wheel_page_fits_a_laptop_without_scrolling(
    qtbot: QtBot, app: QApplication, context: AppContext
) -> None:
    # 1366×768 with a taskbar and a title bar, a confirmation shown: the whole wheel page, its
    # lowest button included, is on screen without a scroll bar.
    window = _window(qtbot, app, context, 1366, 768)
    window.resize(1366, 768 - TASKBAR - 32)
    window.show()
    qtbot.waitExposed(window)
    window.context.toast_requested.emit("Lagret. Bra jobbet!", object())
    qtbot.wait(50)
    page = window.page(PAGES[0].key)
    assert isinstance(page, WheelPage)
    assert not window.page_scroll.verticalScrollBar().isVisible()
    edit = page.edit_button
    assert edit.visibleRegion().boundingRect() == edit.rect()


@pytest.mark.parametrize("height", [768 - TASKBAR - 32, 600])
def test_page_buttons_keep_their_size_when_a_confirmation_shows(
    qtbot: QtBot, app: QApplication, context: AppContext, height: int
) -> None:
    # The confirmation takes its room below the pages; the page buttons keep all of theirs
    # (squeezed, their labels' last lines were cut). Short of room they scroll instead.
    window = _window(qtbot, app, context, 1366, 768)
    window.resize(1366, height)
    window.show()
    qtbot.waitExposed(window)
    before = {key: button.geometry() for key, button in window.nav_buttons.items()}
    window.context.toast_requested.emit("Lagret. Bra jobbet!", object())
    qtbot.waitUntil(window.toast.isVisible)
    qtbot.wait(50)
    for key, button in window.nav_buttons.items():
        assert button.height() >= button.sizeHint().height(), key
        assert button.geometry() == before[key], key
    assert window.toast.geometry().left() >= window.nav_scroll.geometry().right()
