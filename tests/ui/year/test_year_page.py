"""Året: the doors on the board follow the clock; a game logs one class entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.advent import Door, doors
from smartklasse.settings import Settings
from smartklasse.storage import advent, classes, log
from smartklasse.ui.context import AppContext
from smartklasse.ui.year.calendar_editor import CalendarEditor
from smartklasse.ui.year.page import YearPage


@pytest.fixture
def context(db: Database, data_dir: Path) -> Iterator[AppContext]:
    """A class of three and the shipped calendars and games."""
    class_id = classes.create_class(db, "4B", ["Ada", "Birk", "Oksana Kovalenko"])
    yield AppContext(db, data_dir, Settings(active_class_id=class_id, reduced_motion=True))


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> YearPage:
    """The page on 3 December 2026 at 9 o'clock."""
    clock.pin(dt.datetime(2026, 12, 3, 9, 0))
    widget = YearPage(context)
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def enabled_doors(page: YearPage) -> list[int]:
    """The numbers of the doors a pupil can tap."""
    view = page.calendar_view
    return sorted(d.day for d, b in view.door_buttons.items() if b.isEnabled())


def test_on_3_december_doors_1_to_3_open_and_3_opens_large(page: YearPage) -> None:
    view = page.calendar_view
    assert len(view.door_buttons) == 16
    assert enabled_doors(page) == [1, 2, 3]
    assert view.door_number.text() == "3"
    assert view.door_text.text() == "Spør en du sjelden leker med om å bli med."


def test_the_doors_follow_the_clock_across_days(qtbot: QtBot, page: YearPage) -> None:
    clock.pin(dt.datetime(2026, 12, 9, 8, 0))
    page.on_shown()
    assert enabled_doors(page) == [1, 2, 3, 4, 7, 8, 9]
    # The clock goes back (another run had it wrong): door 9 is shut again.
    clock.pin(dt.datetime(2026, 12, 2, 8, 0))
    page.on_shown()
    assert enabled_doors(page) == [1, 2]
    assert page.calendar_view.door_number.text() == "2"
    # A shut door cannot be shown, even when asked for.
    future = next(d for d in advent_doors(page) if d.day.day == 9)
    page.calendar_view.show_door(future)
    assert page.calendar_view.door_number.text() != "9"


def advent_doors(page: YearPage) -> list[Door]:
    """The doors of the calendar shown."""
    calendar = page.calendar_view.current()
    assert calendar is not None
    return doors(calendar, 2026)


def test_the_games_calendar_opens_navnebolgen_and_logs_one_class_entry(
    qtbot: QtBot, page: YearPage, context: AppContext
) -> None:
    clock.pin(dt.datetime(2026, 12, 1, 8, 0))
    view = page.calendar_view
    view.calendar_combo.setCurrentIndex(1)
    view.refresh()
    assert view.door_text.text().startswith("Navnebølgen")
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    player = page.games_view.player
    assert player is not None and player.isFullScreen()
    for _step in range(5):
        qtbot.mouseClick(player.next_button, Qt.MouseButton.LeftButton)
    assert player.save_button.isVisible()
    chips = list(player.chips.values())
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chips[8], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(player.save_button, Qt.MouseButton.LeftButton)
    class_id = context.active_class_id
    assert log.count_entries(context.db, class_id) == 1
    assert player.saved_entry is not None
    entry = log.get_entry(context.db, player.saved_entry)
    assert entry is not None and entry.whole_class and entry.pupil_ids == ()
    assert entry.task_text == "Navnebølgen" and len(entry.strength_ids) == 2
    assert entry.entry_date == "2026-12-01"
    context.undo_stack.undo()
    assert log.count_entries(context.db, class_id) == 0


def test_the_order_toggle_mixes_the_doors_and_undo_puts_them_back(page: YearPage) -> None:
    view = page.calendar_view
    before = grid_numbers(page)
    view.order_button.click()
    mixed = view.current()
    assert mixed is not None and mixed.order.value == "shuffled"
    assert grid_numbers(page) != before
    assert sorted(grid_numbers(page)) == sorted(before)
    page.context.undo_stack.undo()
    back = view.current()
    assert back is not None and back.order.value == "standard"
    assert grid_numbers(page) == before


def grid_numbers(page: YearPage) -> list[int]:
    """The door numbers row by row as the grid shows them."""
    grid = page.calendar_view.grid
    found: list[tuple[int, int, int]] = []
    for row in range(grid.rowCount()):
        for column in range(grid.columnCount()):
            item = grid.itemAtPosition(row, column)
            widget = item.widget() if item is not None else None
            if widget is not None:
                found.append((row, column, int(widget.objectName().rsplit("_", 1)[1])))
    return [number for _row, _column, number in sorted(found)]


def test_the_editor_starts_from_the_wheels_tasks(page: YearPage, context: AppContext) -> None:
    calendar = page.calendar_view.current()
    assert calendar is not None
    editor = CalendarEditor(context, calendar, page)
    editor.fill_from_wheels()
    assert editor.save()
    saved = advent.get_calendar(context.db, calendar.id)
    assert saved is not None and len(saved.items) == 24
    assert saved.items[0].text("nb") == "Spør noen som trenger det om de vil være med i leken."


def test_importing_a_hostile_calendar_says_why_and_changes_nothing(
    page: YearPage, context: AppContext, tmp_path: Path
) -> None:
    calendar = page.calendar_view.current()
    assert calendar is not None
    editor = CalendarEditor(context, calendar, page)
    hostile = tmp_path / "kalender.json"
    hostile.write_bytes(b'{"format": "smartklasse-calendar", "version": 1, "kind": "x"}')
    before = advent.list_calendars(context.db)
    assert editor.import_from(hostile) is None
    assert "Nothing was imported" in editor.message_label.text() or "Ingenting" in (
        editor.message_label.text()
    )
    assert advent.list_calendars(context.db) == before
    good = tmp_path / "god.json"
    assert editor.export_to(good)
    new_id = editor.import_from(good)
    assert new_id is not None
    assert len(advent.list_calendars(context.db)) == len(before) + 1
    imported = advent.get_calendar(context.db, new_id)
    assert imported is not None and imported.items == calendar.items
    # An imported calendar can be removed again (a shipped one cannot), and the removal undone.
    CalendarEditor(context, imported, page).remove()
    assert advent.list_calendars(context.db) == before
    context.undo_stack.undo()
    assert advent.get_calendar(context.db, new_id) == imported


def test_the_summary_keeps_five_reflections_and_copies_plain_text(
    page: YearPage, context: AppContext
) -> None:
    class_id = context.active_class_id
    pupil = classes.list_pupils(context.db, class_id)[0]
    for day in range(1, 8):
        log.add_entry(
            context.db,
            class_id,
            wheel_id=None,
            task_id=None,
            task_text="Holdt døra",
            pupil_ids=[pupil.id],
            reflection_me=f"Refleksjon {day}",
            entry_date=f"2026-11-0{day}",
        )
    page.show_section(2)
    view = page.summary_view
    view.reload()
    assert view.reflections.count() == 7
    for row in range(7):
        view.reflections.item(row).setCheckState(Qt.CheckState.Checked)
    assert len(view.chosen_ids()) == 5
    view.notes.setPlainText("Vi har øvd på å holde døra.")
    view.copy_text()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Praksisoppsummering: 4B")
    assert "Vi har øvd på å holde døra." in copied
    assert copied.count("«Refleksjon") == 5
    assert "Ada" not in copied and "En elev" in copied
