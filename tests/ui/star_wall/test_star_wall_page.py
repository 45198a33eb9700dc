"""The Stjerneveggen page: award, daily limit, undo, celebration, rounds, walls, no pupil names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.star_wall import WallDraft
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.storage import star_walls as sw
from smartklasse.ui.context import AppContext
from smartklasse.ui.star_wall.editor import StarWallEditor
from smartklasse.ui.star_wall.page import StarWallPage

PUPILS = ["Ola Nordmann", "Kari Hansen", "محمد علي", "Oksana Kovalenko"]
STRENGTHS = ("ansvarsbevissthet", "hjelpsomhet", "respekt", "samarbeid")


@pytest.fixture
def context(db: Database, data_dir: Path) -> Iterator[AppContext]:
    class_id = classes.create_class(db, "7B", PUPILS)
    ctx = AppContext(db, data_dir, Settings(active_class_id=class_id, reduced_motion=True))
    yield ctx


def _wall_at(db: Database, class_id: str, earned: int, target: int = 20) -> str:
    """A wall with ``earned`` stars on earlier days, so today's star is still open."""
    start = clock.today() - dt.timedelta(days=earned + 1)
    wall_id = sw.create_wall(db, class_id, "Orden i garderoben", STRENGTHS, target, today=start)
    for i in range(earned):
        assert sw.award_star(db, wall_id, f"dag {i}", today=start + dt.timedelta(days=i))
    return wall_id


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> StarWallPage:
    _wall_at(context.db, context.active_class_id, 13)
    widget = StarWallPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _count(page: StarWallPage) -> int:
    wall = page.current_wall()
    assert wall is not None
    return wall.current.count


def test_wall_at_13_of_20_shows_13_gold_and_7_outlines(page: StarWallPage) -> None:
    # The class can count its stars: 13 filled places, 7 outlines, all inside the grid.
    assert page.goal_label.text() == "Orden i garderoben"
    assert page.grid.filled_count() == 13
    assert page.grid.empty_count() == 7
    places = page.grid.places()
    assert len(places) == 20
    assert all(p.x + p.width <= page.grid.width() + 0.01 for p in places)
    assert page.count_label.text() == "13 av 20 stjerner"
    chips = page.chips.findChildren(QLabel, "star_wall_chip")
    assert [c.text() for c in chips] == ["Ansvarsbevissthet", "Hjelpsomhet", "Respekt", "Samarbeid"]


def test_award_button_gives_one_star_and_double_tap_gives_no_second(
    lesson_day: dt.date, page: StarWallPage, qtbot: QtBot
) -> None:
    # A double tap on the board awards exactly one star, dated today, on any day of the week.
    page.note_edit.setText("Helt ryddig etter gym")
    qtbot.mouseClick(page.award_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.award_button, Qt.MouseButton.LeftButton)
    page.award()
    assert _count(page) == 14
    assert page.grid.filled_count() == 14
    wall = page.current_wall()
    assert wall is not None
    assert wall.current.stars[-1].awarded_on == clock.today()
    assert wall.current.stars[-1].note == "Helt ryddig etter gym"
    assert not page.award_button.isEnabled()
    assert "i morgen" in page.status_label.text()


def test_s_key_awards_a_star(page: StarWallPage, qtbot: QtBot) -> None:
    # The teacher can give the star from the keyboard.
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_S)
    assert _count(page) == 14


def test_undo_and_ctrl_z_take_the_star_back(page: StarWallPage, context: AppContext) -> None:
    # The toast's Undo (and Ctrl+Z) removes the star and the button works again.
    messages: list[str] = []
    context.toast_requested.connect(lambda text, _cmd: messages.append(text))
    page.award()
    assert messages == ["En stjerne til klassen!"]
    assert _count(page) == 14
    context.undo_stack.undo()
    assert _count(page) == 13
    assert page.grid.filled_count() == 13
    assert page.award_button.isEnabled()
    context.undo_stack.redo()
    assert _count(page) == 14


def test_reaching_target_celebrates_and_new_round_starts(qtbot: QtBot, context: AppContext) -> None:
    # The 20th star opens the calm celebration; "same target" starts round 2 with 20 places.
    _wall_at(context.db, context.active_class_id, 19)
    page = StarWallPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    assert not page.celebration.isVisible()
    page.award()
    assert page.celebration.isVisible()
    assert page.celebration.title.text() == "Dere klarte det!"
    assert page.celebration.close_button.text() == "Lukk"
    assert "20 stjerner" in page.celebration.detail.text()
    assert page.grid.filled_count() == 20 and page.grid.empty_count() == 0
    qtbot.mouseClick(page.celebration.same_button, Qt.MouseButton.LeftButton)
    assert not page.celebration.isVisible()
    wall = page.current_wall()
    assert wall is not None
    assert (wall.current.number, wall.current.target, wall.current.count) == (2, 20, 0)
    assert page.grid.empty_count() == 20
    assert page.history_model.rowCount() == 1
    line = page.history_model.index(0).data()
    assert line.startswith("Runde 1: 20 stjerner, ")
    # Undo brings the full round back (and the wall is not rewritten).
    context.undo_stack.undo()
    wall = page.current_wall()
    assert wall is not None and wall.current.number == 1 and wall.current.reached


def test_new_round_with_another_target(qtbot: QtBot, context: AppContext) -> None:
    _wall_at(context.db, context.active_class_id, 19)
    page = StarWallPage(context)
    qtbot.addWidget(page)
    page.show()
    page.award()
    page.celebration.target_spin.setValue(30)
    qtbot.mouseClick(page.celebration.new_button, Qt.MouseButton.LeftButton)
    wall = page.current_wall()
    assert wall is not None and wall.current.target == 30
    assert page.grid.target == 30


def test_closed_celebration_leaves_a_new_round_button(qtbot: QtBot, context: AppContext) -> None:
    # Closing the celebration keeps the full wall; "Start a new round" brings it back.
    _wall_at(context.db, context.active_class_id, 20)
    page = StarWallPage(context)
    qtbot.addWidget(page)
    page.show()
    assert not page.celebration.isVisible()
    assert page.round_button.isVisible() and not page.award_button.isVisible()
    qtbot.mouseClick(page.round_button, Qt.MouseButton.LeftButton)
    assert page.celebration.isVisible()
    qtbot.keyClick(page.celebration, Qt.Key.Key_Escape)
    assert not page.celebration.isVisible()


def test_several_walls_have_a_selector(page: StarWallPage, context: AppContext) -> None:
    # With one wall there is no selector; with two the teacher picks which one is shown.
    assert not page.wall_combo.isVisible()
    second = page.create_wall(WallDraft("Stille i gangen", ("respekt",), 10))
    assert page.wall_combo.isVisible()
    assert page.wall_combo.count() == 2
    assert page.goal_label.text() == "Stille i gangen"
    assert page.grid.filled_count() == 0 and page.grid.empty_count() == 10
    first = page.wall_combo.itemData(0)
    page.select_wall(first)
    assert page.goal_label.text() == "Orden i garderoben"
    page.select_wall(second)
    page.award()
    wall = sw.get_wall(context.db, second)
    assert wall is not None and wall.current.count == 1


def test_archive_hides_award_and_undo_brings_it_back(
    page: StarWallPage, context: AppContext
) -> None:
    wall = page.current_wall()
    assert wall is not None
    page.archive_wall(wall, True)
    assert page.wall_view.isHidden()
    assert "ingen stjernevegg" in page.empty_label.text()
    # The archived wall can still be opened from the selector, read-only.
    assert page.wall_combo.isVisible()
    page.select_wall(page.wall_combo.itemData(0))
    assert page.wall_view.isVisible() and not page.award_button.isVisible()
    assert page.status_label.text() == "Denne stjerneveggen er arkivert."
    assert page.grid.filled_count() == 13
    context.undo_stack.undo()
    assert page.wall_view.isVisible()
    assert page.award_button.isEnabled()


def test_delete_then_undo_restores_every_star(page: StarWallPage, context: AppContext) -> None:
    # Deleting is undoable until the app closes: the wall comes back with its 13 stars.
    wall = page.current_wall()
    assert wall is not None
    page.delete_wall(wall)
    assert page.current_wall() is None
    assert page.wall_view.isHidden()
    context.undo_stack.undo()
    assert _count(page) == 13
    assert page.grid.filled_count() == 13


def test_editor_creates_wall_with_four_strengths_at_most(qtbot: QtBot, context: AppContext) -> None:
    # The teacher types the goal, picks strengths (a fifth cannot be picked), sets the target.
    page = StarWallPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.wall_view.isHidden()
    editor = page.open_editor(None)
    assert editor.save_button.text() == "Opprett stjernevegg"
    cancel = editor.findChild(QAbstractButton, "wall_cancel")
    assert cancel is not None and cancel.text() == "Avbryt"
    assert not editor.save_button.isEnabled()
    editor.goal_edit.setText("Gode ord")
    for sid in (*STRENGTHS, "omsorg"):
        editor.strength_buttons[sid].click()
    assert not editor.strength_buttons["omsorg"].isChecked()
    assert not editor.strength_buttons["omsorg"].isEnabled()
    editor.target_spin.setValue(15)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wall = page.current_wall()
    assert wall is not None
    assert (wall.goal, wall.strength_ids, wall.current.target) == ("Gode ord", STRENGTHS, 15)
    assert page.grid.empty_count() == 15


def test_editor_delete_asks_first(page: StarWallPage, qtbot: QtBot) -> None:
    # "Delete…" does nothing when the teacher answers no; with yes the wall goes.
    editor = page.open_editor(page.current_wall())
    answers = [False, True]
    editor.confirm_delete = lambda _parent, _goal: answers.pop(0)
    assert editor.delete_button is not None
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert page.current_wall() is not None
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert page.current_wall() is None


def test_editor_refuses_target_below_stars_earned(qtbot: QtBot, page: StarWallPage) -> None:
    editor = page.open_editor(page.current_wall())
    assert isinstance(editor, StarWallEditor)
    editor.target_spin.setValue(10)
    assert not editor.save_button.isEnabled()
    assert "13" in editor.problems_label.text()


def _all_texts(root: QWidget) -> list[str]:
    texts = [root.accessibleName(), root.toolTip()]
    for child in root.findChildren(QWidget):
        texts += [child.accessibleName(), child.toolTip(), child.accessibleDescription()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts += [child.text(), child.placeholderText()]
    return [t for t in texts if t]


def test_no_pupil_name_anywhere_on_the_page(qtbot: QtBot, context: AppContext) -> None:
    # Stars belong to the class: not one pupil name on the page, also not at the celebration.
    _wall_at(context.db, context.active_class_id, 19)
    page = StarWallPage(context)
    qtbot.addWidget(page)
    page.show()
    page.award()
    assert page.celebration.isVisible()
    texts = _all_texts(page)
    texts += [page.history_model.index(r).data() for r in range(page.history_model.rowCount())]
    assert "Orden i garderoben" in texts
    for name in PUPILS:
        for part in name.split():
            assert not any(part in text for text in texts), name


def test_enter_in_note_awards_and_typing_s_in_editor_does_not(
    page: StarWallPage, qtbot: QtBot
) -> None:
    # Typing "S" while writing in the editor never gives a star; Enter in the note does.
    editor = page.open_editor(page.current_wall())
    editor.goal_edit.setFocus()
    qtbot.keyClick(editor.goal_edit, Qt.Key.Key_S)
    assert _count(page) == 13
    editor.reject()
    qtbot.keyClicks(page.note_edit, "Sko på plass")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Return)
    wall = page.current_wall()
    assert wall is not None
    assert wall.current.count == 14 and wall.current.stars[-1].note == "Sko på plass"


def test_new_star_grows_in_unless_reduced_motion(page: StarWallPage, context: AppContext) -> None:
    # The short animation plays for the new star; with reduced motion it is skipped.
    context.settings.reduced_motion = False
    page.award()
    assert page.grid.is_animating()
    context.undo_stack.undo()
    page.grid._on_animation_done()
    context.settings.reduced_motion = True
    page.award()
    assert not page.grid.is_animating()
