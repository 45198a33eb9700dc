"""Every control is at least 44×44 px on a laptop and a full-HD board, and every list scrolls
under a finger; the app stays light on a dark system."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain.colour import contrast_ratio
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.ui.application import apply_factor, apply_style
from smartklasse.ui.context import AppContext
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.pages import PAGES
from smartklasse.ui.style import control_size, pupil_size, scale_factor
from smartklasse.ui.touch_style import INTERACTIVE
from smartklasse.ui.widgets import is_kinetic

SCREENS = [(1366, 768), (1920, 1080)]


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    yield application
    apply_style(application, Settings())


@pytest.fixture
def context(db: Database, data_dir: Path) -> AppContext:
    class_id = classes.create_class(db, "7B", [f"Elev {n}" for n in range(1, 29)])
    return AppContext(db, data_dir, Settings(active_class_id=class_id, reduced_motion=True))


def _dialogs(context: AppContext, window: MainWindow) -> Iterator[QDialog]:
    """Every dialog of the app, made as the app makes it, over ``window``."""
    from smartklasse.domain.documents import PageFormat
    from smartklasse.printing.star_chart import star_chart
    from smartklasse.storage import catalogue, log
    from smartklasse.storage.database import DamagedDatabaseError
    from smartklasse.storage.star_walls import create_wall
    from smartklasse.ui.classes.import_dialog import ImportDialog
    from smartklasse.ui.dialogs.damaged_data import RecoveryBox
    from smartklasse.ui.dialogs.end_of_year import EndOfYearDialog
    from smartklasse.ui.dialogs.restore import RestoreDialog
    from smartklasse.ui.dialogs.settings import SettingsDialog
    from smartklasse.ui.dialogs.teacher_lock import PinDialog, SetPinDialog
    from smartklasse.ui.dialogs.welcome import WelcomeDialog
    from smartklasse.ui.log.entry_editor import LogEntryEditor
    from smartklasse.ui.log.page import LogPage
    from smartklasse.ui.printing.dialog import PrintDialog
    from smartklasse.ui.printing.preview import PrintPreviewDialog
    from smartklasse.ui.recognition.card_dialog import GiveCardDialog
    from smartklasse.ui.recognition.focus import FocusWindow
    from smartklasse.ui.star_wall.editor import StarWallEditor
    from smartklasse.ui.star_wall.scaling import ScalingDialog
    from smartklasse.ui.strengths.editor import StrengthEditorDialog
    from smartklasse.ui.wheel.editor import WheelEditor
    from smartklasse.ui.wheel.period_dialog import edit_period
    from smartklasse.ui.year.calendar_editor import CalendarEditor
    from smartklasse.ui.year.game_player import GamePlayer
    from smartklasse.ui.year.games_view import GameEditor
    from smartklasse.ui.year.page import YearPage

    db = context.db
    wheel = catalogue.list_wheels(db)[0]
    strengths = catalogue.list_strengths(db)
    yield WheelEditor(context, wheel, window)
    yield SettingsDialog(context.settings, window, context.teacher_lock)
    yield EndOfYearDialog(context, window)
    yield RestoreDialog(context.data_dir / "backups", window)
    yield WelcomeDialog(context, window)
    yield StrengthEditorDialog(context, window)
    yield ImportDialog(["Elev 1"], window)
    yield edit_period(window, context, wheel)
    yield PinDialog(context.teacher_lock, window)
    yield SetPinDialog(context.teacher_lock, window)
    yield PrintDialog(context, window)
    yield PrintPreviewDialog(star_chart(None, "nb"), "Stjernekart", window, PageFormat())
    class_id = context.active_class_id
    log.add_entry(db, class_id, wheel_id=None, task_id=None, task_text="Ryddet")
    log_page = window.page("log")
    assert isinstance(log_page, LogPage)
    log_page.reload()
    row = log_page.model.row_at(0)
    assert row is not None
    yield LogEntryEditor(
        row,
        log_page.labels.task(row),
        [(p.id, p.name) for p in log_page.pupils],
        [(s.id, s.name("nb")) for s in strengths],
        window,
    )
    yield GiveCardDialog(context, window)
    yield FocusWindow(context, window)
    create_wall(db, class_id, "Ro", ("respekt",), 20)
    yield StarWallEditor(strengths, None, window)
    yield ScalingDialog("Ro", window)
    year = window.page("year")
    assert isinstance(year, YearPage)
    calendar = year.calendar_view.current()
    game = year.games_view.current()
    assert calendar is not None and game is not None
    yield CalendarEditor(context, calendar, window)
    yield GameEditor(context, window)
    yield GamePlayer(context, game, window)
    yield RecoveryBox(DamagedDatabaseError(context.data_dir / "x.sqlite3"), None, window)


def _tap_flow_steps(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    """The pupils' tap flow, opened from the wheel as a tap does, at each of its steps."""
    from smartklasse.ui.wheel.page import WheelPage

    page = window.page("wheel")
    assert isinstance(page, WheelPage)
    window.show_page("wheel")
    page.open_task(0)
    flow = page.tap_flow
    assert flow is not None
    QApplication.processEvents()
    yield "TapFlow: who", flow
    next(iter(flow.pupil_tiles.values())).click()
    flow.next_button.click()
    QApplication.processEvents()
    yield "TapFlow: strengths", flow
    next(iter(flow.strength_chips.values())).click()
    flow.next_button.click()
    QApplication.processEvents()
    yield "TapFlow: reflection", flow
    flow.reject()


#: The dialogs pupils tap at the board (the rest are the teacher's, behind the PIN).
PUPIL_VIEWS = {"TapFlow: who", "TapFlow: strengths", "TapFlow: reflection", "game_player"}


def _views(qtbot: QtBot, context: AppContext, window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    """Each dialog shown in turn (each step of the stepped ones), closed after it is looked at."""
    yield from _tap_flow_steps(window)
    for dialog in _dialogs(context, window):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        yield dialog.objectName() or type(dialog).__name__, dialog
        dialog.close()


def _small_controls(root: QWidget, least: int) -> list[str]:
    """Names of the visible controls (and list rows) in ``root`` under ``least`` px a side."""
    small: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() == 0:
            continue
        if isinstance(widget, QScrollBar) and not widget.isVisible():
            continue
        if isinstance(widget, (*INTERACTIVE, QScrollBar)):
            if isinstance(widget, QScrollBar):
                thickness = (
                    widget.width()
                    if widget.orientation() == Qt.Orientation.Vertical
                    else widget.height()
                )
                size_ok = thickness >= least
            else:
                size_ok = widget.width() >= least and widget.height() >= least
            if not size_ok and not _inside_spin_box(widget):
                small.append(f"{type(widget).__name__} {widget.objectName()} {widget.size()}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            if model.rowCount() > 0:
                rect = widget.visualRect(model.index(0, 0))
                if rect.height() < least:
                    small.append(f"row of {widget.objectName()} {rect.height()} px")
    return small


def _inside_spin_box(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractSpinBox

    return isinstance(widget.parentWidget(), QAbstractSpinBox)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_control_under_44_px_on_any_page_or_dialog(
    qtbot: QtBot, app: QApplication, context: AppContext, screen: tuple[int, int]
) -> None:
    # A finger on a board hits every button, field, check box, list row, scroll bar and menu:
    # 44 px at the teacher's controls, 48 px on what pupils tap (the pages they may open in
    # pupil mode, the tap flow, a game played at the board).
    width, height = screen
    factor = scale_factor(width, height, 1.0, 1.0)
    apply_factor(app, factor)
    least, pupils = control_size(factor), pupil_size(factor)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(width, height - 48)
    window.show()
    found: dict[str, list[str]] = {}
    for spec in PAGES:
        window.show_page(spec.key)
        QApplication.processEvents()
        found[spec.key] = _small_controls(window, least)
        if not spec.teacher_only:
            found[f"{spec.key} for pupils"] = _small_controls(window.page(spec.key), pupils)
    walked = []
    for where, dialog in _views(qtbot, context, window):
        walked.append(where)
        found[where] = _small_controls(dialog, pupils if where in PUPIL_VIEWS else least)
    assert len(walked) == 3 + 21  # the tap flow's three steps and 21 dialogs
    assert set(walked) >= PUPIL_VIEWS
    assert {where: small for where, small in found.items() if small} == {}


def _scroll_areas(root: QWidget) -> list[QAbstractScrollArea]:
    return [area for area in root.findChildren(QAbstractScrollArea) if area.isVisible()]


def test_every_list_grid_and_scroll_area_scrolls_under_a_finger(
    qtbot: QtBot, app: QApplication, context: AppContext
) -> None:
    # Every scroll area on every page and dialog is grabbed for touch, and a touch drag on
    # a long list moves it.
    apply_factor(app, 1.0)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    not_grabbed: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        QApplication.processEvents()
        not_grabbed += [
            a.objectName() or type(a).__name__ for a in _scroll_areas(window) if not is_kinetic(a)
        ]
    for where, dialog in _views(qtbot, context, window):
        not_grabbed += [
            f"{where}: {a.objectName() or type(a).__name__}"
            for a in _scroll_areas(dialog)
            if not is_kinetic(a)
        ]
    assert not_grabbed == []


def _touch_drag(area: QAbstractScrollArea, distance: int) -> None:
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    viewport = area.viewport()
    # The part of the list on the screen: the page may be scrolled in the window, and the
    # window be wider than the test's screen.
    screen = viewport.screen().geometry()
    on_screen = QRect(viewport.mapFromGlobal(screen.topLeft()), screen.size())
    shown = viewport.visibleRegion().boundingRect().intersected(on_screen)
    start = QPoint(shown.center().x(), shown.bottom() - 10)
    distance = min(distance, shown.height() - 20)
    QTest.touchEvent(viewport, device).press(0, start, viewport).commit()
    for step in range(1, 11):
        QTest.qWait(16)
        point = start - QPoint(0, distance * step // 10)
        QTest.touchEvent(viewport, device).move(0, point, viewport).commit()
    QTest.touchEvent(viewport, device).release(0, start - QPoint(0, distance), viewport).commit()


@pytest.mark.parametrize("page_key", ["strengths", "log", "class"])
def test_a_touch_drag_scrolls_the_list(
    qtbot: QtBot, app: QApplication, context: AppContext, page_key: str
) -> None:
    # A finger dragging up on the strengths, the log and the pupils moves the list.
    from smartklasse.storage import log

    class_id = context.settings.active_class_id
    assert class_id is not None
    for n in range(60):
        log.add_entry(context.db, class_id, wheel_id=None, task_id=None, task_text=f"Oppgave {n}")
    apply_factor(app, 1.0)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    window.show_page(page_key)
    QApplication.processEvents()
    lists = [
        area
        for area in _scroll_areas(window.page(page_key))
        if area.verticalScrollBar().maximum() > 0
    ]
    assert lists, "a list long enough to scroll"
    area = lists[0]
    area.verticalScrollBar().setValue(0)
    before = area.verticalScrollBar().value()
    _touch_drag(area, 300)
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > before, timeout=2000)


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2b2b",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#3c4043",
        QPalette.ColorRole.ButtonText: "#e8eaed",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def test_the_app_stays_light_on_a_dark_system(
    qtbot: QtBot, app: QApplication, context: AppContext
) -> None:
    # A school PC set to a dark theme: check-box labels and headings still read (4.5:1).
    app.setPalette(_dark_palette())
    apply_factor(app, 1.0)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()

    def readable(w: QWidget) -> float:
        return contrast_ratio(
            w.palette().color(w.foregroundRole()).name(),
            w.palette().color(QPalette.ColorRole.Window).name(),
        )

    from smartklasse.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(context.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    texts = [w for w in dialog.findChildren(QWidget) if isinstance(w, QCheckBox | QLabel)]
    assert texts
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert [(w.objectName(), round(readable(w), 1)) for w in texts if readable(w) < 4.5] == []
    assert isinstance(texts[0], QAbstractButton | QLabel)
