"""The app shell: the five pages, navigation by click and Ctrl+1..5, the welcome on first start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.ui.application import start
from smartklasse.ui.context import Topic
from smartklasse.ui.dialogs.welcome import WelcomeDialog
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.pages import PAGES
from smartklasse.ui.wheel.page import WheelPage


def welcome_dialog(window: MainWindow) -> WelcomeDialog:
    """The dialog an empty data folder greets the teacher with."""
    dialog = window.findChild(WelcomeDialog)
    assert dialog is not None
    return dialog


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = start(app, data_dir, Settings())
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_five_pages_in_bokmal_navigation_order(window: MainWindow) -> None:
    # A newcomer sees the five first pages named in bokmål, in this order, and later ones after.
    texts = [window.nav_buttons[spec.key].text() for spec in PAGES]
    assert texts[:5] == ["Hjulet", "Egenskapene", "Stjerneveggen", "Logg", "Klassen"]
    assert "Året" in texts[5:] and "Anerkjennelse" in texts[5:]


def test_ctrl_number_switches_page(window: MainWindow, qtbot: QtBot) -> None:
    # Ctrl+1..7 jump to the pages, the navigation follows.
    welcome_dialog(window).reject()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for index, spec in enumerate(PAGES):
        key = Qt.Key(Qt.Key.Key_1.value + index)
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        current = window.stack.currentWidget()
        assert current is not None and current.objectName() == f"page_{spec.key}"
        assert window.is_current_in_navigation(spec.key)


def test_clicking_navigation_shows_page(window: MainWindow, qtbot: QtBot) -> None:
    # Tapping a navigation button on the board shows its page.
    qtbot.mouseClick(window.nav_buttons["class"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "class"


def test_first_start_welcome_creates_class_with_pupils(window: MainWindow, qtbot: QtBot) -> None:
    # An empty data folder greets the teacher, who names the class and pastes names.
    welcome = welcome_dialog(window)
    assert welcome.isVisible()
    assert not welcome.create_button.isEnabled()
    welcome.class_name_edit.setText("7B")
    welcome.names_edit.setPlainText("Ola Nordmann\n\n  Kari  \nKari\nمحمد\n")
    assert "3" in welcome.summary.text()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    db = window.context.db
    (school_class,) = classes.list_classes(db)
    assert school_class.name == "7B"
    assert [p.name for p in classes.list_pupils(db, school_class.id)] == [
        "Ola Nordmann",
        "Kari",
        "محمد",
    ]
    assert window.class_combo.currentText() == "7B"
    assert window.context.active_class_id == school_class.id


def test_full_screen_toggles_with_f11(window: MainWindow, qtbot: QtBot) -> None:
    # F11 puts the window on the whole projector screen and back.
    window.show()
    qtbot.waitExposed(window)
    window.fullscreen_action.trigger()
    assert window.isFullScreen()
    window.fullscreen_action.trigger()
    assert not window.isFullScreen()


def test_qt_standard_buttons_follow_the_language(window: MainWindow) -> None:
    # Qt's own dialog buttons (Cancel, Yes, No) speak the user's language too.
    from PySide6.QtWidgets import QDialogButtonBox

    def cancel_text() -> str:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        box.deleteLater()
        return text

    assert cancel_text() == "Avbryt"
    window.context.set_language("en")
    assert cancel_text() == "Cancel"


def test_print_button_opens_the_page_document(window: MainWindow, qtbot: QtBot) -> None:
    # On the star wall page, Print opens the Print dialog at the star chart; the class
    # page has nothing to print, so it shows no Print button.
    from smartklasse.domain.document_ids import DocumentId
    from smartklasse.ui.printing.dialog import PrintDialog

    welcome_dialog(window).reject()
    window.show_page("class")
    assert window.print_button.isHidden()
    window.show_page("starwall")
    assert not window.print_button.isHidden()
    assert window.print_button.text() == "Skriv ut …"
    qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(PrintDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.current().id is DocumentId.STAR_CHART
    dialog.reject()


def test_every_shortcut_is_bound_once_and_ctrl_shift_z_redoes(
    window: MainWindow, qtbot: QtBot
) -> None:
    # A key bound twice is ambiguous and Qt ignores it: Ctrl+Shift+Z must redo on Linux.
    from PySide6.QtGui import QAction

    keys = [
        key.toString()
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    welcome_dialog(window).reject()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    done: list[str] = []
    window.context.perform(
        "x", lambda: done.append("do"), lambda _r: done.append("undo"), Topic.LOG
    )
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, mods)
    assert done == ["do", "undo", "do"]


def test_toast_covers_no_control_and_goes_with_the_page(window: MainWindow, qtbot: QtBot) -> None:
    # "Lagret" with Undo sits in its own strip: it covers neither "Gi en stjerne" nor Slett
    # nor any other control of any page, and a page switch clears it.
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    from smartklasse.storage import star_walls

    welcome_dialog(window).reject()
    db = window.context.db
    class_id = classes.create_class(db, "7B", ["Ola", "Kari"])
    window.context.set_active_class(class_id)
    star_walls.create_wall(db, class_id, "Orden i garderoben", ["respekt"], 10)
    window.resize(1366, 720)
    window.show()
    qtbot.waitExposed(window)

    def global_rect(widget: QWidget) -> QRect:
        # The part a person can see (a page taller than the window scrolls, clipped).
        seen = widget.visibleRegion().boundingRect()
        return QRect(widget.mapToGlobal(seen.topLeft()), seen.size())

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    checked: set[str] = set()
    for spec in PAGES:
        window.show_page(spec.key)
        window.context.toast_requested.emit("Lagret. Bra jobbet!", object())
        qtbot.wait(20)
        assert window.toast.isVisible()
        toast = global_rect(window.toast)
        page = window.stack.currentWidget()
        assert page is not None
        for control in page.findChildren(QWidget):
            if isinstance(control, kinds) and control.isVisible():
                assert not global_rect(control).intersects(toast), (spec.key, control)
                checked.add(control.objectName())
    assert {"star_award", "delete_pupil"} <= checked
    window.show_page(PAGES[0].key)
    assert not window.toast.isVisible()


def test_space_spins_from_anywhere_in_the_window_only_on_the_wheel_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    # With the class list focused, Space still spins; on another page it spins nothing.
    from smartklasse.storage import wheel_progress

    welcome_dialog(window).reject()
    class_id = classes.create_class(window.context.db, "7B", ["Ola"])
    window.context.set_active_class(class_id)
    window.context.settings.reduced_motion = True
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    wheel_page = window.page("wheel")
    assert isinstance(wheel_page, WheelPage) and wheel_page.wheel is not None
    wheel_id = wheel_page.wheel.id

    def picked() -> int:
        return len(wheel_progress.picked_tasks(window.context.db, class_id, wheel_id))

    window.class_combo.setFocus()
    qtbot.keyClick(window.class_combo, Qt.Key.Key_Space)
    assert picked() == 1
    window.show_page("starwall")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert picked() == 1


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_top_bar_icons_grow_with_the_scale(qtbot: QtBot, data_dir: Path, scale: float) -> None:
    # On a 4K board the scale is 2: Qt's default 16 px icons would shrink to dots there.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = start(app, data_dir, Settings(ui_scale=scale))
    assert win is not None
    qtbot.addWidget(win)
    factor = float(app.property("smartklasse_scale"))
    assert factor >= scale * 0.99
    for button in (win.fullscreen_button, win.settings_button, win.pupil_mode_button):
        assert button.iconSize().width() == round(24 * factor)
        assert button.iconSize().width() >= 24 * scale
