"""The teacher's wheel editor: edit a task, make a wheel, export and import, refuse bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.settings import Settings
from smartklasse.storage import catalogue
from smartklasse.ui.context import AppContext
from smartklasse.ui.wheel.editor import WheelEditor
from smartklasse.ui.wheel.page import WheelPage


@pytest.fixture
def page(qtbot: QtBot, db: Database, data_dir: Path) -> WheelPage:
    widget = WheelPage(AppContext(db, data_dir, Settings()))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


def open_editor(page: WheelPage, qtbot: QtBot) -> WheelEditor:
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.addWidget(editor)
    return editor


def test_edited_task_shows_on_the_wheel_and_undo_restores(page: WheelPage, qtbot: QtBot) -> None:
    # The teacher rewords a task; the wheel shows it; Ctrl+Z brings the old words back.
    editor = open_editor(page, qtbot)
    old = editor.task_edits[0].text()
    editor.task_edits[0].setText("Hjelp en venn med lekser.")
    assert editor.save()
    assert page.wheel is not None
    assert page.wheel.tasks[0].text("nb") == "Hjelp en venn med lekser."
    assert page.wheel.tasks[0].text("nn") != "Hjelp en venn med lekser."  # nynorsk kept
    page.context.undo_stack.undo()
    assert page.wheel.tasks[0].text("nb") == old


def test_new_wheel_with_five_tasks_gets_its_own_button(page: WheelPage, qtbot: QtBot) -> None:
    # A new wheel needs a name and at least four tasks; then it can be shown with key 4.
    editor = open_editor(page, qtbot)
    editor.start_new_wheel()
    editor.name_edit.setText("Friminutt")
    for _ in range(3):
        editor.remove_button.click()
    assert len(editor.task_edits) == 5
    assert not editor.save()  # empty tasks are refused with a message
    assert "oppgave" in editor.message_label.text()
    for index, edit in enumerate(editor.task_edits):
        edit.setText(f"Oppgave nummer {index + 1}")
    assert editor.save()
    assert len(page.wheel_buttons) == 4
    qtbot.keyClick(page, Qt.Key.Key_4)
    assert page.wheel is not None and page.wheel.name("nb") == "Friminutt"
    assert len(page.wheel.tasks) == 5


def test_export_and_import_round_trip(
    page: WheelPage, qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    # A wheel exported to a file comes back, via import, as a new identical wheel.
    editor = open_editor(page, qtbot)
    path = tmp_path / "blaa.smartwheel.json"
    assert editor.export_to(path)
    assert editor.import_from(path)
    wheels = catalogue.list_wheels(db)
    assert len(wheels) == 4
    assert [dict(t.texts) for t in wheels[-1].tasks] == [dict(t.texts) for t in wheels[0].tasks]
    assert editor.message_label.text() == "Hjulet er importert."


def test_broken_file_shows_why_and_changes_nothing(
    page: WheelPage, qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    # A damaged file from a colleague gets a clear message and no wheel is touched.
    editor = open_editor(page, qtbot)
    path = tmp_path / "broken.json"
    path.write_text(
        '{"format": "smartklasse-wheel", "version": 1, "colour": "#123456",'
        ' "names": {"nb": "X"}, "tasks": [{"nb": "a"}]}',
        encoding="utf-8",
    )
    before = list(db.query("SELECT * FROM wheel_tasks ORDER BY id"))
    assert editor.import_from(path) is None
    assert editor.message_label.text() == (
        "Ingenting ble importert. Et hjul trenger fra 4 til 12 oppgaver."
    )
    assert list(db.query("SELECT * FROM wheel_tasks ORDER BY id")) == before
    assert page.context.undo_stack.count() == 0
