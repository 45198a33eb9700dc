"""The Egenskapene page: tap a card to see it big, pin it, edit the catalogue, RTL names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.settings import Settings
from smartklasse.storage import catalogue, classes, log, strength_of_week
from smartklasse.ui.context import AppContext
from smartklasse.ui.dialogs.settings import SettingsDialog
from smartklasse.ui.strengths.editor import StrengthEditorDialog
from smartklasse.ui.strengths.page import StrengthsPage


@pytest.fixture
def context(db: Database, data_dir: Path) -> AppContext:
    class_id = classes.create_class(db, "4C", ["Ola", "Kari"])
    return AppContext(db, data_dir, Settings(active_class_id=class_id, second_language="ar"))


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> StrengthsPage:
    widget = StrengthsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tap(qtbot: QtBot, page: StrengthsPage, strength_id: str) -> None:
    index = page.model.index(page.model.row_of(strength_id), 0)
    page.grid.scrollTo(index)
    rect = page.grid.visualRect(index)
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_tapping_a_card_opens_it_big_and_escape_returns(qtbot: QtBot, page: StrengthsPage) -> None:
    # A pupil taps "Omsorg" on the board: it opens big with its talk questions; Escape goes back.
    _tap(qtbot, page, "omsorg")
    view = page.big_view
    assert page.stack.currentWidget() is view
    assert view.name_label.text() == "Omsorg"
    assert view.description_label.text().startswith("Du bryr deg om andre")
    assert [q.text() for q in view.question_labels] == [
        "•  Hvordan ser det ut på skolen?",
        "•  Hvordan ser det ut hjemme?",
        "•  Hvordan ser det ut sammen med venner?",
    ]
    qtbot.keyClick(view.back_button, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
    assert page.grid.currentIndex().data() == "Omsorg"


def test_keyboard_opens_the_current_card(qtbot: QtBot, page: StrengthsPage) -> None:
    # Without a mouse: arrow to the second card, Enter opens it.
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert page.big_view.name_label.text() == "Hjelpsomhet"


def test_big_view_shows_class_usage_from_the_log(
    lesson_day: dt.date, qtbot: QtBot, page: StrengthsPage, context: AppContext
) -> None:
    # The figures are the class's entries with the strength: this week, month, school year.
    today = clock.today()
    class_id = context.active_class_id
    for days_ago in (0, 0, 400):
        log.add_entry(
            context.db,
            class_id,
            wheel_id=None,
            task_id=None,
            task_text="t",
            strength_ids=["mot"],
            entry_date=(today - dt.timedelta(days_ago)).isoformat(),
        )
    page.open_strength("mot")
    figures = [label.text() for label in page.big_view.usage_figures]
    assert figures == ["2", "2", "2"]


def test_pin_strength_of_week_and_undo(
    qtbot: QtBot, page: StrengthsPage, context: AppContext
) -> None:
    # The teacher pins "Mot"; the wheel page will find it; Ctrl+Z takes the pin back.
    page.open_strength("mot")
    qtbot.mouseClick(page.big_view.pin_button, Qt.MouseButton.LeftButton)
    class_id = context.active_class_id
    assert strength_of_week.current(context.db, class_id) == "mot"
    assert page.big_view.is_pinned()
    assert "Mot" in page.week_label.text()
    context.undo_stack.undo()
    assert strength_of_week.current(context.db, class_id) is None
    assert not page.big_view.is_pinned()


def test_arabic_second_name_is_right_to_left(page: StrengthsPage) -> None:
    # In a class with Arabic-speaking pupils, the Arabic name runs right to left.
    page.open_strength("mot")
    label = page.big_view.second_label
    assert label.text() == "الشجاعة"
    assert label.isVisible()
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_editor_hides_renames_and_undoes(
    qtbot: QtBot, page: StrengthsPage, context: AppContext
) -> None:
    # The teacher hides "Humor" and renames "Mot"; the cards follow; undo puts both back.
    editor = StrengthEditorDialog(context, page)
    qtbot.addWidget(editor)
    editor.list_view.setCurrentIndex(editor.model.index(editor.model.row_of("humor"), 0))
    editor.shown_check.click()
    assert page.model.row_of("humor") == -1
    assert "humor" not in [s.id for s in catalogue.list_strengths(context.db)]
    editor.list_view.setCurrentIndex(editor.model.index(editor.model.row_of("mot"), 0))
    editor.name_edit.setText("Tapperhet")
    editor.name_edit.editingFinished.emit()
    assert page.model.index(page.model.row_of("mot"), 0).data() == "Tapperhet"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert page.model.index(page.model.row_of("mot"), 0).data() == "Mot"
    assert page.model.row_of("humor") >= 0


def test_editor_reset_asks_first_and_restores_default(
    qtbot: QtBot, page: StrengthsPage, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Reset to SMART default" asks; after yes, the 20 strengths are back in order.
    editor = StrengthEditorDialog(context, page)
    qtbot.addWidget(editor)
    editor.add_button.click()
    editor.list_view.setCurrentIndex(editor.model.index(0, 0))
    editor.down_button.click()
    assert page.model.index(0, 0).data() == "Hjelpsomhet"
    assert page.model.rowCount() == 21
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    editor.reset_button.click()
    assert page.model.rowCount() == 21
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.reset_button.click()
    assert page.model.rowCount() == 20
    assert page.model.index(0, 0).data() == "Ansvarsbevissthet"


def test_settings_offer_the_catalogue_languages(qtbot: QtBot) -> None:
    # The second-language list has every catalogue language, with Arabic in its own script.
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.second_language_combo
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes[:4] == ["", "nb", "nn", "en"]
    assert {"ar", "so", "uk", "pl"} <= set(codes)
    assert combo.itemText(codes.index("ar")) == "العربية"
