"""Full screen on a projector: no text on the wheel, strengths and star wall pages under 1/45
of the screen height, the star wall's goal the largest text, and the strengths as the poster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.settings import Settings
from smartklasse.storage import classes, strength_of_week
from smartklasse.storage import star_walls as sw
from smartklasse.ui.application import apply_factor, apply_style
from smartklasse.ui.context import AppContext
from smartklasse.ui.fonts import install_fonts
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.projection import TEXT_WIDGETS, text_px
from smartklasse.ui.star_wall.grid import projected_label_px
from smartklasse.ui.star_wall.page import StarWallPage
from smartklasse.ui.strengths.page import StrengthsPage
from smartklasse.ui.style import projected_text_px, scale_factor
from smartklasse.ui.wheel.page import WheelPage

SCREENS = [(1366, 768), (1920, 1080), (3840, 2160)]
PAGES = ("wheel", "strengths", "starwall")


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


@pytest.fixture
def context(db: Database, data_dir: Path) -> AppContext:
    class_id = classes.create_class(db, "7B", ["Ola", "Kari"])
    wall_id = sw.create_wall(db, class_id, "Ro i klasserommet", ("respekt", "samarbeid"), 20, 5)
    for day in range(7):
        assert sw.award_star(db, wall_id, "", today=dt.date(2026, 11, 2 + day))
    strength_of_week.set_pinned(db, class_id, "mot")
    return AppContext(db, data_dir, Settings(active_class_id=class_id, reduced_motion=True))


def _projected_window(
    qtbot: QtBot, app: QApplication, context: AppContext, screen: tuple[int, int]
) -> MainWindow:
    # The offscreen screen is 800 px: the window takes the screen's size and is projected
    # as full screen makes it (the test cannot make the offscreen screen 4K).
    width, height = screen
    apply_factor(app, scale_factor(width, height, 1.0, 1.0))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.project(True)
    return window


def _show(window: MainWindow, key: str) -> QWidget:
    window.show_page(key)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    page = window.page(key)
    page.grab()  # paint once: the painted widgets size their texts as they paint
    return page


def _texts(page: QWidget) -> dict[str, int]:
    """Every text the page draws now and its size in pixels."""
    found: dict[str, int] = {}
    for widget in page.findChildren(QWidget):
        if isinstance(widget, TEXT_WIDGETS) and widget.isVisible():
            label = getattr(widget, "text", lambda: "")() or widget.accessibleName()
            found[f"{type(widget).__name__} {widget.objectName()} {label!r}"] = text_px(
                widget.font()
            )
    if isinstance(page, WheelPage):
        found["wheel: task texts"] = int(page.wheel_widget.text_size)
        found["wheel: hub"] = page.wheel_widget.hub_text_size
    if isinstance(page, StrengthsPage):
        fonts = page.grid.card_delegate.fonts
        found["card: name"] = text_px(fonts.name)
        found["card: second name"] = text_px(fonts.second)
        found["card: description"] = text_px(fonts.description)
    if isinstance(page, StarWallPage):
        date, number = page.grid.label_px()
        found["star: date"] = date
        found["star: number"] = number
    return found


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_projected_text_under_a_45th_of_the_screen(
    qtbot: QtBot, app: QApplication, context: AppContext, screen: tuple[int, int]
) -> None:
    # From the back of the room: every label, button and painted text on the three pages
    # the class sees is at least the screen's height / 45 (48 px at 2160, 17 px at 768).
    window = _projected_window(qtbot, app, context, screen)
    least = projected_text_px(screen[1])
    small: dict[str, dict[str, int]] = {}
    for key in PAGES:
        texts = _texts(_show(window, key))
        assert len(texts) > 5
        small[key] = {what: px for what, px in texts.items() if px < least}
    assert {key: found for key, found in small.items() if found} == {}


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_window_bars_follow_the_rule_too(
    qtbot: QtBot, app: QApplication, context: AppContext, screen: tuple[int, int]
) -> None:
    # The class sees the top bar, the page buttons and the menu as well; leaving full screen
    # gives them their own size back, and the page buttons' column widens to fit.
    window = _projected_window(qtbot, app, context, screen)
    _show(window, "wheel")

    def bars() -> dict[str, int]:
        found = {**_texts(window.topbar), **_texts(window.navbar)}
        found["menu bar"] = text_px(window.menuBar().font())
        return found

    window.project(False)
    own = bars()
    window.project(True)
    least = projected_text_px(screen[1])
    projected = bars()
    # The page buttons keep the rule when they are re-styled as the current page changes.
    _show(window, "strengths")
    _show(window, "wheel")
    assert bars() == projected
    assert len(projected) > 8
    assert {what: px for what, px in projected.items() if px < least} == {}
    QApplication.processEvents()
    nav = window.nav_buttons["recognition"]
    assert nav.width() >= nav.sizeHint().width()
    window.project(False)
    assert bars() == own


@pytest.mark.parametrize("target", [20, 3])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_goal_is_the_largest_text_on_the_star_wall(
    qtbot: QtBot, app: QApplication, context: AppContext, screen: tuple[int, int], target: int
) -> None:
    # With few stars the places are large: their dates still stay below the goal.
    class_id = context.active_class_id
    wall_id = sw.create_wall(context.db, class_id, "Rydde pulten", ("respekt",), target, 5)
    for day in range(2):
        assert sw.award_star(context.db, wall_id, "", today=dt.date(2026, 11, 2 + day))
    context.view_state.star_wall_id = wall_id if target == 3 else ""
    window = _projected_window(qtbot, app, context, screen)
    page = _show(window, "starwall")
    assert isinstance(page, StarWallPage)
    texts = _texts(page)
    goal = text_px(page.goal_label.font())
    assert texts["star: date"] > 0  # 20 stars leave room for their dates
    assert {what: px for what, px in texts.items() if px >= goal and "goal" not in what} == {}


def test_full_screen_projects_and_a_window_gives_the_fonts_back(
    qtbot: QtBot, app: QApplication, context: AppContext
) -> None:
    # F11 and pupil mode go full screen: the pages follow; back in a window nothing is lifted.
    apply_factor(app, 1.0)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.page("starwall")
    assert isinstance(page, StarWallPage)
    before = text_px(page.award_button.font())
    window.showFullScreen()
    screen = window.screen().geometry().height()
    qtbot.waitUntil(lambda: page.projected_text_px == projected_text_px(screen))
    assert text_px(page.award_button.font()) > before
    assert text_px(page.status_label.font()) >= page.projected_text_px
    strengths = window.page("strengths")  # built while full screen: projected at once
    assert isinstance(strengths, StrengthsPage) and strengths.grid.poster is not None
    assert window.page("log").projected_text_px == 0  # the teacher's pages stay as they are
    window.showNormal()
    qtbot.waitUntil(lambda: page.projected_text_px == 0)
    assert text_px(page.award_button.font()) == before
    assert strengths.grid.poster is None


def test_star_labels_follow_the_rule_or_are_left_out() -> None:
    # A date is at least the rule and below the goal; on a place too small for the rule's
    # size it is not drawn at all (the screen reader still has it).
    assert projected_label_px(300, 48, 0) == (48, 60)
    assert projected_label_px(900, 48, 77) == (77, 77)
    assert projected_label_px(100, 48, 77) == (0, 0)
    date, number = projected_label_px(70, 17, 40)
    assert date >= 17 and number >= 17


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_confirmation_strip_follows_the_rule(
    qtbot: QtBot, app: QApplication, context: AppContext, screen: tuple[int, int]
) -> None:
    # "Lagret. Bra jobbet!" and its Undo button after a tap are read by the class too.
    window = _projected_window(qtbot, app, context, screen)
    _show(window, "wheel")
    window.context.toast_requested.emit("Lagret. Bra jobbet!", object())
    qtbot.waitUntil(window.toast.isVisible)
    window.project(False)
    own = _texts(window.toast)
    window.project(True)
    projected = _texts(window.toast)
    assert len(projected) == 2
    least = projected_text_px(screen[1])
    assert {what: px for what, px in projected.items() if px < least} == {}
    window.project(False)
    assert _texts(window.toast) == own
