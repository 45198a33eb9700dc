"""A screen reader sees the wheel's eight tasks, follows the arrow keys and hears the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.i18n import current_language
from smartklasse.settings import Settings
from smartklasse.storage import catalogue, classes
from smartklasse.ui.context import AppContext
from smartklasse.ui.wheel.page import WheelPage

#: The ``find_accessible`` fixture (tests/conftest.py).
AccessibleFinder = Callable[[QWidget, str], QAccessibleInterface | None]


@pytest.fixture
def page(qtbot: QtBot, db: Database, data_dir: Path) -> WheelPage:
    class_id = classes.create_class(db, "7B", ["Ada", "Bo"])
    widget = WheelPage(AppContext(db, data_dir, Settings(active_class_id=class_id)))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_each_wheel_shows_its_eight_tasks_as_named_children(
    page: WheelPage, find_accessible: AccessibleFinder
) -> None:
    # Walked from the window down, like a screen reader: each wheel is a list of eight items
    # named by their task texts, in the wheel's order.
    for wheel in catalogue.list_wheels(page.context.db):
        page.show_wheel(wheel.id)
        QApplication.processEvents()
        node = find_accessible(page, "wheel_widget")
        assert node is not None
        assert node.role() == QAccessible.Role.List
        names = [node.child(i).text(QAccessible.Text.Name) for i in range(node.childCount())]
        assert names == [task.text(current_language()) for task in wheel.tasks]
        assert len(names) == 8
        roles = {node.child(i).role() for i in range(node.childCount())}
        assert roles == {QAccessible.Role.ListItem}


def test_arrow_keys_move_the_accessible_focus(page: WheelPage, qtbot: QtBot) -> None:
    # Right arrow: the second task is the focused child, and its state says so.
    wheel = page.wheel_widget
    wheel.setFocus()
    qtbot.waitUntil(wheel.hasFocus)
    qtbot.keyClick(wheel, Qt.Key.Key_Right)
    node = QAccessible.queryAccessibleInterface(wheel)
    assert node is not None
    focused = node.focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == wheel.texts()[1]
    assert focused.state().focused
    assert not node.child(0).state().focused


def test_done_and_picked_tasks_say_so(page: WheelPage) -> None:
    wheel = page.wheel_widget
    wheel.set_progress([2] + [0] * 7)
    wheel.set_picked([True] + [False] * 7)
    node = QAccessible.queryAccessibleInterface(wheel)
    assert node is not None
    first, second = node.child(0), node.child(1)
    assert first.state().checked and first.state().selected
    assert "2" in first.text(QAccessible.Text.Description)
    assert not second.state().checked and not second.state().selected


def test_each_segment_offers_open_and_its_action_opens_that_task(page: WheelPage) -> None:
    # A screen reader's "press" on the fourth task opens the tap flow on it, as a tap does;
    # the action is found the way Qt's AT-SPI bridge finds it (actionInterface()).
    wheel = page.wheel_widget
    node = QAccessible.queryAccessibleInterface(wheel)
    assert node is not None
    segment = node.child(3)
    action = segment.actionInterface()
    assert action is not None
    press = QAccessibleActionInterface.pressAction()
    assert action.actionNames() == [press]
    assert action.localizedActionName(press) == "Åpne"
    assert page.tap_flow is None
    action.doAction(press)
    assert page.tap_flow is not None
    task = page.tap_flow.findChild(QLabel, "tap_flow_task")
    assert task is not None and task.text() == wheel.texts()[3]
    assert wheel.focused_segment() == 3  # the keyboard goes on from the opened task
    page.tap_flow.reject()


def test_the_open_action_waits_while_the_wheel_spins(page: WheelPage) -> None:
    wheel = page.wheel_widget
    wheel.set_interactive(False)
    node = QAccessible.queryAccessibleInterface(wheel)
    assert node is not None
    action = node.child(0).actionInterface()
    assert action is not None
    action.doAction(QAccessibleActionInterface.pressAction())
    assert page.tap_flow is None


def test_the_wheel_switch_is_one_choice_of_radio_buttons(page: WheelPage, qtbot: QtBot) -> None:
    # "Blå, Grønn, Rød": a screen reader hears a choice of one, the shown wheel selected.
    buttons = page.wheel_buttons
    nodes = {wid: QAccessible.queryAccessibleInterface(b) for wid, b in buttons.items()}
    assert {node.role() for node in nodes.values()} == {QAccessible.Role.RadioButton}
    qtbot.mouseClick(buttons["green"], Qt.MouseButton.LeftButton)
    assert [wid for wid, node in nodes.items() if node.state().checked] == ["green"]
    qtbot.mouseClick(buttons["green"], Qt.MouseButton.LeftButton)  # a second tap keeps it
    assert [wid for wid, node in nodes.items() if node.state().checked] == ["green"]
