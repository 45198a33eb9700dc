"""Pupil mode: what pupils must not do asks for the PIN; wrong PINs slow down; the PIN pad works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.storage.database import open_database
from smartklasse.storage.teacher_lock import TeacherLock
from smartklasse.ui.application import start
from smartklasse.ui.dialogs.teacher_lock import PinDialog, SetPinDialog, TeacherLockSection
from smartklasse.ui.dialogs.welcome import WelcomeDialog
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.star_wall.page import StarWallPage

PIN = "2468"


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    db = open_database(data_dir / "smartklasse.sqlite3")
    classes.create_class(db, "5A", ["Ola"])
    classes.create_class(db, "7B", ["Kari"])
    db.close()
    TeacherLock(data_dir).set_pin(PIN)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = start(app, data_dir, Settings())
    assert win is not None
    yield win
    # Leave pupil mode so closing the window does not ask for the PIN (closed here, not by
    # qtbot, whose teardown runs before this fixture's).
    win.context.set_pupil_mode(False)
    win.close()
    win.deleteLater()


def _answer_pin(qtbot: QtBot, keys: str | None) -> list[str]:
    """Answer the next PIN dialog by tapping the pad (None: cancel); records what it showed."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.prompt.text())
        if keys is None:
            dialog.reject()
            return
        for key in keys:
            qtbot.mouseClick(dialog.findChild(QWidget, f"pin_key_{key}"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.message.text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def test_require_teacher_is_free_outside_pupil_mode(window: MainWindow) -> None:
    # Without pupil mode, pages go on at once: no dialog.
    assert not window.context.pupil_mode
    assert window.context.require_teacher(window) is True


def test_switching_class_in_pupil_mode_needs_pin(window: MainWindow, qtbot: QtBot) -> None:
    # A pupil cannot switch the board to another class; the teacher can, with the PIN.
    ctx = window.context
    window.pupil_mode_action.trigger()
    assert ctx.pupil_mode and window.pupil_mode_action.isChecked()
    first = ctx.active_class_id
    other = window.class_combo.findData(
        next(c.id for c in classes.list_classes(ctx.db) if c.id != first)
    )
    _answer_pin(qtbot, None)
    window.class_combo.activated.emit(other)
    assert ctx.active_class_id == first
    assert window.class_combo.currentData() == first
    _answer_pin(qtbot, PIN)
    window.class_combo.activated.emit(other)
    assert ctx.active_class_id != first


def test_wrong_pin_refused_and_quitting_blocked(window: MainWindow, qtbot: QtBot) -> None:
    # A wrong PIN keeps the window open in pupil mode; the right one leaves pupil mode.
    window.pupil_mode_action.trigger()
    seen = _answer_pin(qtbot, "1111")
    assert not window.close()
    assert window.isVisible()
    assert seen[-1] == "Den PIN-koden er ikke riktig. Prøv igjen."
    _answer_pin(qtbot, PIN)
    window.pupil_mode_action.trigger()
    assert not window.context.pupil_mode


def test_settings_and_restore_gated(window: MainWindow, qtbot: QtBot) -> None:
    # Settings and Restore do not open for a pupil who cancels the PIN pad.
    window.pupil_mode_action.trigger()
    opened: list[str] = []
    window.settings_requested.connect(lambda: opened.append("settings"))
    window.restore_requested.connect(lambda: opened.append("restore"))
    for _ in range(2):
        _answer_pin(qtbot, None)
    window.restore_action.trigger()
    window.end_of_year_action.trigger()
    assert opened == []


def test_pupil_mode_survives_restart(qtbot: QtBot, data_dir: Path) -> None:
    # Restarting the app does not get a pupil out of pupil mode.
    lock = TeacherLock(data_dir)
    lock.set_pin(PIN)
    lock.set_pupil_mode(True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = start(app, data_dir, Settings())
    assert win is not None
    assert win.context.pupil_mode and win.pupil_mode_action.isChecked()
    assert win.isFullScreen()
    win.context.set_pupil_mode(False)
    welcome = win.findChild(WelcomeDialog)
    if welcome is not None:
        welcome.reject()
    win.close()
    win.deleteLater()


def test_pin_pad_shows_wait_after_wrong_tries(qtbot: QtBot, tmp_path: Path) -> None:
    # After three wrong PINs the pad says to wait and will not take a PIN.
    lock = TeacherLock(tmp_path)
    lock.set_pin(PIN)
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.pin_edit.setText("0000")
        dialog.try_pin()
    assert "Vent" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.pin_edit.isEnabled()


def test_enter_during_the_wait_keeps_the_wait_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    # Pupils hammer Enter after wrong PINs: the pad stays open and the wait stays shown.
    lock = TeacherLock(tmp_path)
    lock.set_pin(PIN)
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(4):
        qtbot.keyClicks(dialog.pin_edit, "0000")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    # The PIN field is off during the wait, so focus lands on "Not now".
    cancel = dialog.findChild(QPushButton, "pin_cancel")
    assert cancel is not None
    for _ in range(5):
        cancel.setFocus()
        qtbot.keyClick(cancel, Qt.Key.Key_Return)
        qtbot.keyClick(cancel, Qt.Key.Key_Enter)
    assert dialog.isVisible()
    assert "Vent" in dialog.message.text()
    assert lock.state.failures == 3  # Enter during the wait tried nothing


def test_damaged_lock_file_is_told_at_start_and_on_the_pad(qtbot: QtBot, data_dir: Path) -> None:
    # An empty lock file: the app starts in pupil mode and tells the teacher how to reset.
    db = open_database(data_dir / "smartklasse.sqlite3")
    classes.create_class(db, "5A", ["Ola"])
    db.close()
    (data_dir / "teacher-lock.json").write_bytes(b"")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = start(app, data_dir, Settings())
    assert win is not None
    try:
        assert win.context.pupil_mode
        box = win.damaged_lock_box
        assert box is not None
        assert "teacher-lock.json" in box.text() and "slett" in box.text()
        box.close()
        dialog = PinDialog(win.context.teacher_lock, win)
        qtbot.addWidget(dialog)
        assert "slett" in dialog.message.text()
        assert not dialog.ok_button.isEnabled()
    finally:
        win.context.teacher_lock.damaged = False
        win.context.teacher_lock.state.pupil_mode = False
        win.close()
        win.deleteLater()


def test_set_pin_needs_matching_digits(qtbot: QtBot, tmp_path: Path) -> None:
    # Setting a PIN refuses letters-short PINs and mismatches, and saves a good one.
    lock = TeacherLock(tmp_path)
    dialog = SetPinDialog(lock)
    qtbot.addWidget(dialog)
    dialog.new_edit.setText("12")
    dialog.repeat_edit.setText("12")
    dialog.save_button.click()
    assert dialog.message.text() == "En PIN-kode har 4 til 8 sifre."
    dialog.new_edit.setText("123456")
    dialog.repeat_edit.setText("123457")
    dialog.save_button.click()
    assert not lock.has_pin
    dialog.repeat_edit.setText("123456")
    dialog.save_button.click()
    assert lock.has_pin and lock.check("123456")


def test_settings_section_removes_pin_only_with_pin(qtbot: QtBot, tmp_path: Path) -> None:
    # Removing the PIN in settings asks for the current PIN first.
    lock = TeacherLock(tmp_path)
    lock.set_pin(PIN)
    section = TeacherLockSection(lock)
    qtbot.addWidget(section)
    assert section.remove_button.isEnabled()
    _answer_pin(qtbot, None)
    section.remove()
    assert lock.has_pin
    _answer_pin(qtbot, PIN)
    section.remove()
    assert not lock.has_pin and not section.remove_button.isEnabled()


def test_pupils_can_spin_and_view_but_teacher_pages_and_stars_need_pin(
    window: MainWindow, qtbot: QtBot
) -> None:
    # In pupil mode the wheel and strengths stay open; the log, the class list, printing and
    # awarding a star ask for the PIN, and a cancelled PIN changes nothing.
    from smartklasse.storage import star_walls

    ctx = window.context
    wall = star_walls.create_wall(ctx.db, ctx.active_class_id, "Orden", ["respekt"], 10)
    window.pupil_mode_action.trigger()
    window.show_page("strengths")
    assert window.current_key() == "strengths"
    for key in ("log", "class"):
        _answer_pin(qtbot, None)
        window.show_page(key)
        assert window.current_key() == "strengths"
        assert window.is_current_in_navigation("strengths")
    window.show_page("starwall")
    _answer_pin(qtbot, None)
    wall_page = window.page("starwall")
    assert isinstance(wall_page, StarWallPage)
    wall_page.award()
    assert star_walls.get_wall(ctx.db, wall) is not None
    assert ctx.db.execute("SELECT COUNT(*) FROM stars").fetchone()[0] == 0
    _answer_pin(qtbot, PIN)
    window.show_page("log")
    assert window.current_key() == "log"
