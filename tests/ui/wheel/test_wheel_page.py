"""The wheel page as the class uses it: tap a task, spin, log with the tap flow, undo."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain import clock, spin, wheel_geometry
from smartklasse.domain.wheels import Wheel
from smartklasse.settings import Settings
from smartklasse.storage import catalogue, classes, log, wheel_progress
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.wheel.page import WheelPage


@pytest.fixture
def context(db: Database, data_dir: Path) -> Iterator[AppContext]:
    class_id = classes.create_class(db, "7B", ["Ola", "Kari", "Aisha", "Jonas"])
    ctx = AppContext(db, data_dir, Settings(active_class_id=class_id))
    yield ctx


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> WheelPage:
    widget = WheelPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.on_shown()
    return widget


def shown(page: WheelPage) -> Wheel:
    """The wheel the page shows (a fresh class has one)."""
    assert page.wheel is not None
    return page.wheel


def entries(db: Database) -> list[str]:
    return [r["id"] for r in db.query("SELECT id FROM log_entries")]


def screen_point(page: WheelPage, angle: float, share: float) -> QPoint:
    cx, cy, r = page.wheel_widget.wheel_circle()
    a = math.radians(angle)
    return QPoint(round(cx + share * r * math.sin(a)), round(cy - share * r * math.cos(a)))


def tapped_task(page: WheelPage, qtbot: QtBot, point: QPoint) -> str | None:
    page.tap_flow = None
    qtbot.mouseClick(page.wheel_widget, Qt.MouseButton.LeftButton, pos=point)
    flow = page.tap_flow
    if flow is None:
        return None
    text = flow.findChild(QLabel, "tap_flow_task").text()
    flow.reject()
    return text


def test_each_segment_centre_and_near_borders_open_the_right_task(
    page: WheelPage, qtbot: QtBot
) -> None:
    # Tapping anywhere in a task's segment, even close to a separator, opens that task.
    wheel = page.wheel
    assert wheel is not None
    count = len(wheel.tasks)
    rotation = page.wheel_widget.rotation()
    for index, task in enumerate(wheel.tasks):
        start = wheel_geometry.segment_start(index, count, rotation)
        width = wheel_geometry.span(count)
        points = [
            page.wheel_widget.segment_centre(index).toPoint(),
            screen_point(page, start + 2.0, 0.5),
            screen_point(page, start + width - 2.0, 0.5),
            screen_point(page, start + width / 2, 0.97),
            screen_point(page, start + width / 2, wheel_geometry.HUB_RATIO + 0.03),
        ]
        for point in points:
            assert tapped_task(page, qtbot, point) == task.text("nb"), (index, point)


def test_tapping_the_hub_spins_and_opens_no_task(page: WheelPage, qtbot: QtBot) -> None:
    # The hub is the wheel's own spin button; it never opens a task.
    page.context.settings.reduced_motion = True
    cx, cy, _r = page.wheel_widget.wheel_circle()
    assert tapped_task(page, qtbot, QPoint(round(cx), round(cy))) is None
    assert page.result_label.text() != ""


def test_seeded_spin_shows_the_picked_task_and_logs_nothing(
    page: WheelPage, qtbot: QtBot, db: Database
) -> None:
    # Space spins; the task decided before the animation is the one shown; nothing is logged.
    wheel = page.wheel
    assert wheel is not None
    ids = [t.id for t in wheel.tasks]
    expected = spin.fair_pick(ids, (), random.Random(7)).task_id
    page.rng = random.Random(7)
    qtbot.keyClick(page.wheel_widget, Qt.Key.Key_Space)
    assert page.is_spinning()
    assert page.result_label.text() == ""
    qtbot.keyClick(page.wheel_widget, Qt.Key.Key_Space)  # a second Space: land at once
    assert not page.is_spinning()
    index = ids.index(expected)
    assert page.result_label.text() == wheel.tasks[index].text("nb")
    assert wheel_geometry.segment_under_pointer(page.wheel_widget.rotation(), len(ids)) == index
    assert entries(db) == []


def test_reduced_motion_shows_the_result_at_once(page: WheelPage, qtbot: QtBot) -> None:
    # With "reduce motion" the wheel does not animate; the result is there immediately.
    page.context.settings.reduced_motion = True
    qtbot.mouseClick(page.spin_button, Qt.MouseButton.LeftButton)
    assert not page.is_spinning()
    assert page.result_label.text() != ""
    assert page.done_button.isVisibleTo(page)


def test_fair_round_picks_every_task_once_then_reset_asks_and_undoes(
    page: WheelPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Eight spins give eight different tasks and tell the class a new round comes next; the
    # reset asks first (No keeps the round), and Ctrl+Z brings the round's picks back.
    page.context.settings.reduced_motion = True
    toasts: list[str] = []
    page.context.toast_requested.connect(lambda text, _cmd: toasts.append(text))
    results = set()
    for _ in range(8):
        page.spin()
        results.add(page.result_label.text())
    assert len(results) == 8
    assert page.picked_label.text() == "Trukket så langt: 8 av 8 oppgaver"
    assert all(page.wheel_widget.picked())
    assert toasts == ["Alle 8 oppgavene er trukket. Neste snurr starter en ny runde."]
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    page.reset_button.click()
    assert all(page.wheel_widget.picked())
    page.reset_button.click()
    assert page.picked_label.text() == "Trukket så langt: 0 av 8 oppgaver"
    assert not any(page.wheel_widget.picked())
    page.context.undo_stack.undo()
    assert all(page.wheel_widget.picked())
    # The ninth spin starts the new round, and the class is told so: the earlier message
    # ("the next spin starts a new round") does not stay up as if it were still to come.
    page.spin()
    assert toasts[-1] == "En ny runde har startet."
    assert page.picked_label.text() == "Trukket så langt: 1 av 8 oppgaver"


def test_space_spins_whatever_button_had_focus(page: WheelPage, qtbot: QtBot) -> None:
    # After the mouse used the spin button, a wheel colour or "Start a new round", Space still
    # spins the wheel and presses none of them.
    page.context.settings.reduced_motion = True
    page.activateWindow()
    qtbot.waitActive(page)
    page.spin()
    blue = shown(page).id
    qtbot.mouseClick(page.spin_button, Qt.MouseButton.LeftButton)
    green = page.wheels[1].id
    qtbot.mouseClick(page.wheel_buttons[green], Qt.MouseButton.LeftButton)
    assert shown(page).id == green
    for button in (page.reset_button, page.wheel_buttons[blue], page.edit_button):
        button.setFocus()
        before = wheel_progress.picked_tasks(page.context.db, page.context.active_class_id, green)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        after = wheel_progress.picked_tasks(page.context.db, page.context.active_class_id, green)
        assert len(after) == len(before) + 1, button.objectName()
        assert shown(page).id == green
        assert not hasattr(page, "editor")


def run_flow(page: WheelPage, qtbot: QtBot, pupils: list[str], strengths: list[str]) -> None:
    qtbot.mouseClick(
        page.wheel_widget,
        Qt.MouseButton.LeftButton,
        pos=page.wheel_widget.segment_centre(2).toPoint(),
    )
    flow = page.tap_flow
    assert flow is not None
    for pid in pupils:
        qtbot.mouseClick(flow.pupil_tiles[pid], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    for sid in strengths:
        qtbot.mouseClick(flow.strength_chips[sid], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(flow.reflection_me, "Jeg ble glad")


def test_full_tap_flow_logs_one_entry_and_undo_removes_it(
    lesson_day: dt.date, page: WheelPage, qtbot: QtBot, db: Database, context: AppContext
) -> None:
    # Who → strengths → reflection → Ferdig: one entry with those pupils and strengths, dated
    # today and counted on the wheel on any day (a weekend counts for the week just ended).
    toasts: list[str] = []
    context.toast_requested.connect(lambda text, _cmd: toasts.append(text))
    class_id = context.active_class_id
    pupils = [p.id for p in classes.list_pupils(db, class_id)][:2]
    run_flow(page, qtbot, pupils, ["respekt", "samarbeid"])
    flow = page.tap_flow
    assert flow is not None
    assert flow.done_button.text() == "Ferdig"
    qtbot.mouseClick(flow.done_button, Qt.MouseButton.LeftButton)
    (entry_id,) = entries(db)
    entry = log.get_entry(db, entry_id)
    assert entry is not None
    assert entry.task_id == shown(page).tasks[2].id
    assert set(entry.pupil_ids) == set(pupils)
    assert set(entry.strength_ids) == {"respekt", "samarbeid"}
    assert entry.reflection_me == "Jeg ble glad"
    assert entry.entry_date == lesson_day.isoformat()
    assert not entry.whole_class
    assert toasts == ["Lagret. Bra jobbet!"]
    assert page.wheel_widget.progress()[2] == 1
    context.undo_stack.undo()  # what Ctrl+Z and the toast's Undo do
    assert entries(db) == []
    assert page.wheel_widget.progress()[2] == 0


def test_double_tap_on_done_saves_once(page: WheelPage, qtbot: QtBot, db: Database) -> None:
    # An eager double tap on "Ferdig" on the board still makes one entry.
    pupils = [p.id for p in classes.list_pupils(db, page.context.active_class_id)][:1]
    run_flow(page, qtbot, pupils, ["mot"])
    flow = page.tap_flow
    assert flow is not None
    qtbot.mouseDClick(flow.done_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.done_button, Qt.MouseButton.LeftButton)
    assert len(entries(db)) == 1


def test_whole_class_and_hidden_strengths(page: WheelPage, qtbot: QtBot, db: Database) -> None:
    # "The whole class" logs a class entry; a strength the teacher hid is not offered.
    mot = catalogue.get_strength(db, "mot")
    assert mot is not None
    catalogue.save_strength(db, replace(mot, hidden=True))
    qtbot.mouseClick(
        page.wheel_widget,
        Qt.MouseButton.LeftButton,
        pos=page.wheel_widget.segment_centre(0).toPoint(),
    )
    flow = page.tap_flow
    assert flow is not None
    assert "mot" not in flow.strength_chips
    assert len(flow.strength_chips) == 19
    qtbot.mouseClick(flow.whole_class, Qt.MouseButton.LeftButton)
    assert not flow.pupil_tiles[next(iter(flow.pupil_tiles))].isEnabled()
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert not flow.done_button.isEnabled()  # a strength must be chosen first
    qtbot.mouseClick(flow.strength_chips["humor"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.done_button, Qt.MouseButton.LeftButton)
    (entry_id,) = entries(db)
    entry = log.get_entry(db, entry_id)
    assert entry is not None and entry.whole_class and entry.pupil_ids == ()


def test_keys_and_buttons_switch_wheels(page: WheelPage, qtbot: QtBot) -> None:
    # 1/2/3 and the coloured buttons show the blue, green and red wheel.
    qtbot.keyClick(page.wheel_widget, Qt.Key.Key_2)
    assert page.wheel is not None and page.wheel.id == "green"
    qtbot.keyClick(page.wheel_widget, Qt.Key.Key_3)
    assert page.wheel.id == "red"
    qtbot.mouseClick(page.wheel_buttons["blue"], Qt.MouseButton.LeftButton)
    assert page.wheel.id == "blue"
    assert page.wheel_buttons["blue"].isChecked()
    assert page.spin_button.text() == "Snurr hjulet"


def test_keyboard_opens_a_task(page: WheelPage, qtbot: QtBot) -> None:
    # Without a mouse: arrows move between tasks, Enter opens the focused one.
    qtbot.keyClick(page.wheel_widget, Qt.Key.Key_Right)
    qtbot.keyClick(page.wheel_widget, Qt.Key.Key_Return)
    assert page.tap_flow is not None
    task = page.tap_flow.findChild(QLabel, "tap_flow_task")
    assert task is not None and task.text() == shown(page).tasks[1].text("nb")


def test_enter_after_a_spin_opens_the_task_it_landed_on(page: WheelPage, qtbot: QtBot) -> None:
    # Keyboard only: Space spins, and Enter on the wheel opens the landed task, not the one
    # the arrows were on before the spin.
    page.context.settings.reduced_motion = True
    page.wheel_widget.setFocus()
    qtbot.keyClick(page.wheel_widget, Qt.Key.Key_Space)
    landed = page.result_label.text()
    assert landed
    qtbot.keyClick(page.wheel_widget, Qt.Key.Key_Return)
    assert page.tap_flow is not None
    task = page.tap_flow.findChild(QLabel, "tap_flow_task")
    assert task is not None and task.text() == landed


def test_without_a_class_a_tap_explains_and_logs_nothing(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    # Before any class exists, tapping a task says what to do instead of failing.
    ctx = AppContext(db, data_dir, Settings())
    toasts: list[str] = []
    ctx.toast_requested.connect(lambda text, _cmd: toasts.append(text))
    widget = WheelPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.wheel_widget.segment_activated.emit(0)
    assert widget.tap_flow is None
    assert toasts == ["Lag en klasse først, på siden Klassen."]
    assert widget.findChild(QPushButton, "wheel_spin") is widget.spin_button


def test_teacher_sets_the_period_and_chosen_tasks_then_undoes(
    page: WheelPage, qtbot: QtBot, context: AppContext
) -> None:
    # The period shows in bokmål dates; ticked tasks get their mark; Ctrl+Z goes back.
    import datetime as dt

    from PySide6.QtCore import QDate

    qtbot.mouseClick(page.period_button, Qt.MouseButton.LeftButton)
    dialog = page.period_dialog
    today = clock.today()
    dialog.start_edit.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    dialog.end_edit.setDate(QDate(today.year, today.month, today.day).addDays(13))
    dialog.task_boxes["blue-3"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.period_label.text().startswith("Periode: ")
    assert page.wheel_widget.chosen()[2]
    end = today + dt.timedelta(days=13)
    assert str(end.day) in page.period_label.text()
    context.undo_stack.undo()
    assert not any(page.wheel_widget.chosen())


def test_end_before_start_is_refused_in_the_dialog(page: WheelPage, qtbot: QtBot) -> None:
    # A period that ends before it starts is explained and not saved.
    qtbot.mouseClick(page.period_button, Qt.MouseButton.LeftButton)
    dialog = page.period_dialog
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-3))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Siste dag" in dialog.error_label.text()
    assert page.context.undo_stack.count() == 0


def test_strength_of_the_week_shows_on_the_wheel_page(page: WheelPage, context: AppContext) -> None:
    # When the teacher pins a strength of the week, the wheel page shows it; unpinned, it goes.
    from smartklasse.storage import strength_of_week

    assert page.strength_of_week.isHidden()
    strength_of_week.pin(context.db, context.active_class_id, "mot")
    context.notify(Topic.STRENGTHS)
    assert not page.strength_of_week.isHidden()
    assert page.strength_of_week.text() == "Ukas egenskap: Mot"
    strength_of_week.unpin(context.db, context.active_class_id)
    context.notify(Topic.STRENGTHS)
    assert page.strength_of_week.isHidden()


def test_keyboard_only_tap_flow_saves_exactly_what_was_typed(
    page: WheelPage, qtbot: QtBot, db: Database
) -> None:
    # Enter on the wheel opens the task; each step starts in its first useful control; arrows
    # move by row; Enter moves on; a reflection with spaces is typed, not saved at the first
    # space, and the wheel behind does not spin. Only Enter on "Ferdig" saves.
    page.activateWindow()
    qtbot.waitActive(page)

    def press(*keys: Qt.Key) -> None:
        for key in keys:
            target = QApplication.focusWidget()
            assert target is not None
            qtbot.keyClick(target, key)

    page.wheel_widget.setFocus()
    press(Qt.Key.Key_Return)
    flow = page.tap_flow
    assert flow is not None
    flow.activateWindow()  # what the window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow)
    assert QApplication.focusWidget() is flow.whole_class
    press(Qt.Key.Key_Down)
    first_pupil = next(iter(flow.pupil_tiles.values()))
    assert flow.focusWidget() is first_pupil
    press(Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Return)
    chips = list(flow.strength_chips)
    assert flow.focusWidget() is flow.strength_chips[chips[0]]
    press(Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Space)
    press(Qt.Key.Key_Return)
    assert flow.focusWidget() is flow.reflection_me
    qtbot.keyClicks(flow.reflection_me, "Mamma ble glad")
    press(Qt.Key.Key_Return)
    assert flow.focusWidget() is flow.reflection_others
    qtbot.keyClicks(flow.reflection_others, "Hun smilte til meg")
    assert entries(db) == []
    press(Qt.Key.Key_Return)
    assert flow.focusWidget() is flow.done_button
    assert entries(db) == []
    press(Qt.Key.Key_Return)
    (entry_id,) = entries(db)
    entry = log.get_entry(db, entry_id)
    assert entry is not None
    assert entry.reflection_me == "Mamma ble glad"
    assert entry.reflection_others == "Hun smilte til meg"
    pupils = list(flow.pupil_tiles)
    assert set(entry.pupil_ids) == {pupils[0], pupils[1]}
    assert set(entry.strength_ids) == {chips[4], chips[5]}
    assert entry.task_id == shown(page).tasks[page.wheel_widget.focused_segment()].id
    assert not page.is_spinning()
    assert page.result_label.text() == ""
