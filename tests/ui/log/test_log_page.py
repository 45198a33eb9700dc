"""The Logg page: the table shows the right entries, filters, edits and deletes undoably,
charts stay class-level, the pupil profile opens and closes, exports land on disk."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain.log_filters import LogFilter, Period
from smartklasse.domain.strengths import load_default_strengths
from smartklasse.settings import Settings
from smartklasse.storage import classes, log
from smartklasse.storage import log_queries as q
from smartklasse.storage.log_queries import LogRow
from smartklasse.ui.context import AppContext
from smartklasse.ui.log.entry_editor import LogEntryEditor, checked_ids
from smartklasse.ui.log.model import (
    COL_DATE,
    COL_PUPILS,
    COL_REFLECTION,
    COL_STRENGTHS,
    COL_TASK,
    Labels,
    LogTableModel,
)
from smartklasse.ui.log.page import LogPage

TODAY = dt.date(2026, 3, 12)


@pytest.fixture
def school(db: Database) -> tuple[str, list[str]]:
    class_id = classes.create_class(db, "5B", ["Åse", "Ola", "Kari"])
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    log.add_entry(
        db,
        class_id,
        wheel_id="blue",
        task_id="blue-1",
        task_text="a",
        pupil_ids=[pupils[0]],
        strength_ids=["mot", "humor"],
        reflection_me="Jeg ble modig",
        entry_date="2026-03-02",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="red",
        task_id="red-5",
        task_text="b",
        pupil_ids=[pupils[1]],
        strength_ids=["omsorg"],
        entry_date="2026-03-09",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="green",
        task_id="green-1",
        task_text="c",
        pupil_ids=[pupils[1], pupils[2]],
        strength_ids=["mot"],
        entry_date="2026-03-10",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="red",
        task_id="red-5",
        task_text="b",
        pupil_ids=[pupils[0]],
        strength_ids=["mot"],
        entry_date="2025-06-01",
    )
    return class_id, pupils


@pytest.fixture
def page(qtbot: QtBot, db: Database, data_dir: Path, school: tuple[str, list[str]]) -> LogPage:
    context = AppContext(db, data_dir, Settings(active_class_id=school[0]))
    widget = LogPage(context)
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    widget.refresh()
    qtbot.waitUntil(lambda: not widget.stats_pending)
    return widget


def _row(model: LogTableModel, r: int) -> LogRow:
    row = model.row_at(r)
    assert row is not None, f"no row {r}"
    return row


def _shown(page: LogPage, column: int = COL_DATE) -> list[str]:
    return [page.model.display(_row(page.model, r), column) for r in range(page.model.rowCount())]


def test_model_shows_newest_first_and_fetches_more_on_scroll(
    db: Database, school: tuple[str, list[str]]
) -> None:
    # The table shows a page of entries, newest first, with bokmål dates and names, and asks
    # for older entries only when the view needs them.
    class_id, _pupils = school
    f = LogFilter(class_id, period=Period.ALL)
    model = LogTableModel()
    model.page_size = 2
    model.reset(
        lambda after, limit: q.list_entries(db, f, TODAY, limit, after),
        Labels(strengths={"mot": "Mot", "humor": "Humor"}, wheels={"blue": "Blå"}),
    )
    assert model.rowCount() == 2 and model.canFetchMore()
    assert model.display(_row(model, 0), COL_DATE) == "10. mars 2026"
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and not model.canFetchMore()
    third = model.row_at(2)
    assert third is not None
    assert model.display(third, COL_TASK) == "Blå: a"
    assert model.display(third, COL_PUPILS) == "Åse"
    assert model.display(third, COL_STRENGTHS) == "Humor, Mot"
    assert model.display(third, COL_REFLECTION) == "Besvart"
    assert model.headerData(COL_PUPILS, Qt.Orientation.Horizontal) == "Elever"


def test_filters_narrow_the_table_and_the_count(page: LogPage) -> None:
    # Choosing a pupil and a strength shows only the entries with both; the count says so.
    assert _shown(page) == ["10. mars 2026", "9. mars 2026", "2. mars 2026"]
    assert page.count_label.text().startswith("3 loggføringer")
    bar = page.filter_bar
    bar.pupil_combo.setCurrentIndex(bar.pupil_combo.findText("Ola"))
    assert _shown(page) == ["10. mars 2026", "9. mars 2026"]
    bar.strength_combo.setCurrentIndex(bar.strength_combo.findText("Mot"))
    assert _shown(page) == ["10. mars 2026"]
    bar.period_combo.setCurrentIndex(bar.period_combo.findData(Period.ALL))
    bar.pupil_combo.setCurrentIndex(bar.pupil_combo.findText("Åse"))
    assert _shown(page) == ["2. mars 2026", "1. juni 2025"]
    bar.clear()
    bar.search_edit.setText("MODIG")
    bar.search_edit.returnPressed.emit()
    assert _shown(page) == ["2. mars 2026"]


def test_charts_stay_class_level_when_a_pupil_is_chosen(page: LogPage, qtbot: QtBot) -> None:
    # On the shared screen the charts show the class, even with one pupil picked in the filter.
    before = page.strength_chart.bars()
    assert [(b.label, b.value) for b in before][:1] == [("Mot", 2)]
    bar = page.filter_bar
    bar.pupil_combo.setCurrentIndex(bar.pupil_combo.findText("Åse"))
    qtbot.waitUntil(lambda: not page.stats_pending)
    assert page.strength_chart.bars() == before
    assert page.count_label.text().startswith("1 loggføring")
    trend = {b.label: b.value for b in page.trend_chart.bars()}
    assert trend["mar"] == 3 and trend["aug"] == 0 and len(trend) == 12


def test_delete_entry_then_undo(page: LogPage, db: Database) -> None:
    # Deleting an entry removes it from the table; Undo brings it back whole.
    page.table.selectRow(1)
    row = page.selected_row()
    assert row is not None and page.delete_button.isEnabled()
    original = log.get_entry(db, row.id)
    page.delete_selected()
    assert row.id not in [_row(page.model, r).id for r in range(page.model.rowCount())]
    assert log.get_entry(db, row.id) is None
    page.context.undo_stack.undo()
    assert log.get_entry(db, row.id) == original
    assert page.model.rowCount() == 3


def test_edit_entry_then_undo(page: LogPage, db: Database, school: tuple[str, list[str]]) -> None:
    # The teacher corrects who did the task and which strengths; Undo restores the original.
    _class_id, pupils = school
    row = page.model.row_at(0)
    assert row is not None
    original = log.get_entry(db, row.id)
    page.apply_edit(
        row.id, q.EntryEdit(dt.date(2026, 3, 11), (pupils[0],), ("respekt",), "Fint", "")
    )
    edited = log.get_entry(db, row.id)
    assert edited is not None and edited.pupil_ids == (pupils[0],)
    assert _shown(page)[0] == "11. mars 2026"
    assert page.model.display(_row(page.model, 0), COL_PUPILS) == "Åse"
    page.context.undo_stack.undo()
    assert log.get_entry(db, row.id) == original
    page.context.undo_stack.redo()
    assert log.get_entry(db, row.id) == edited


def test_editor_dialog_returns_what_was_checked(qtbot: QtBot, page: LogPage) -> None:
    # Unticking a pupil and ticking a strength in the dialog is what gets saved.
    row = page.model.row_at(0)  # 10 March: Ola and Kari, Mot
    assert row is not None
    editor = LogEntryEditor(
        row,
        "Grønn: c",
        [(p.id, p.name) for p in page.pupils],
        [("mot", "Mot"), ("omsorg", "Omsorg")],
    )
    qtbot.addWidget(editor)
    pupil_model = editor.pupil_list.model()
    strength_model = editor.strength_list.model()
    assert isinstance(pupil_model, QStandardItemModel)
    assert isinstance(strength_model, QStandardItemModel)
    pupil_model.item(2).setCheckState(Qt.CheckState.Unchecked)
    strength_model.item(1).setCheckState(Qt.CheckState.Checked)
    edit = editor.result_edit()
    assert edit.pupil_ids == (row.pupil_ids[0],)
    assert checked_ids(editor.strength_list) == ("mot", "omsorg")
    assert edit.entry_date == dt.date(2026, 3, 10)


def test_pupil_profile_opens_and_back_returns_to_the_class(page: LogPage, qtbot: QtBot) -> None:
    # The profile is opened on purpose, shows only that pupil, and "Back" returns to the class.
    bar = page.filter_bar
    assert not bar.profile_button.isEnabled()
    bar.pupil_combo.setCurrentIndex(bar.pupil_combo.findText("Åse"))
    qtbot.mouseClick(bar.profile_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.profile_view
    qtbot.waitUntil(lambda: not page.profile_pending)
    view = page.profile_view
    assert "Åse" in view.heading.text()
    assert [(b.label, b.value) for b in view.strength_chart.bars()] == [("Humor", 1), ("Mot", 1)]
    assert "Jeg ble modig" in view.reflections_model.stringList()[0]
    # "Print profile" opens the Print dialog at this pupil's profile.
    from PySide6.QtWidgets import QComboBox

    from smartklasse.domain.document_ids import DocumentId
    from smartklasse.ui.printing.dialog import PrintDialog

    assert view.print_button.isEnabled()
    view.print_button.click()
    dialog = page.findChild(PrintDialog)
    assert dialog is not None and dialog.current().id is DocumentId.PROFILE
    pupil_combo = dialog.findChild(QComboBox, "profile_pupil_combo")
    assert pupil_combo is not None and "Åse" in pupil_combo.currentText()
    dialog.reject()
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.class_view


def test_csv_and_pupil_export_write_files(page: LogPage, qtbot: QtBot, tmp_path: Path) -> None:
    # The export buttons save where the teacher chose: CSV with BOM and ";", and Åse's data.
    target = tmp_path / "logg.csv"
    page.ask_save_path = lambda _t, _s, _f: str(target)
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.export_pending)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == 4 and rows[0][0] == "Dato"
    pupil_file = tmp_path / "aase.txt"
    page.ask_save_path = lambda _t, _s, _f: str(pupil_file)
    page.export_pupil(page.pupils[0].id)
    qtbot.waitUntil(lambda: not page.export_pending)
    assert "Åse" in pupil_file.read_text(encoding="utf-8-sig")


def test_chart_bars_are_readable_and_in_order() -> None:
    # The strength chart lists the most used first, months run August to July in bokmål,
    # long task texts are cut at a word with an ellipsis, and bars scale to the largest value.
    from PySide6.QtCore import QRectF

    from smartklasse.ui.log.charts import (
        Bar,
        horizontal_layout,
        month_bars,
        shorten,
        strength_bars,
    )

    catalogue = {s.id: s for s in load_default_strengths()}
    strengths = [catalogue["mot"], catalogue["humor"], catalogue["omsorg"]]
    bars = strength_bars({"humor": 2, "omsorg": 5, "mot": 2, "x": 9}, strengths, "nb")
    assert [(b.label, b.value) for b in bars] == [("Omsorg", 5), ("Mot", 2), ("Humor", 2)]
    trend = [q.MonthCount(2025 + (m < 8), m, m, 0) for m in [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]]
    labels = [b.label for b in month_bars(trend, "nb")]
    assert labels[0] == "aug" and labels[4] == "des" and labels[-1] == "jul"
    cut = shorten("Si til noen at du liker dem og fortell hvorfor du gjør det", 30)
    assert len(cut) <= 30 and cut.endswith("…") and " " not in cut[-2:]
    boxes = horizontal_layout([Bar("a", 10), Bar("b", 5)], QRectF(0, 0, 300, 100), 100, 40, 20)
    assert boxes[0].bar.width() == 160 and boxes[1].bar.width() == 80
    assert boxes[1].bar.top() > boxes[0].bar.bottom()


def test_the_profile_shows_the_strength_cards_given(
    page: LogPage, qtbot: QtBot, school: tuple[str, list[str]]
) -> None:
    from smartklasse.storage import recognition

    recognition.give_card(page.context.db, school[1][0], "mot", "Du sa ifra", dt.date(2026, 10, 5))
    bar = page.filter_bar
    bar.pupil_combo.setCurrentIndex(bar.pupil_combo.findText("Åse"))
    qtbot.mouseClick(bar.profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.profile_pending)
    label = page.profile_view.cards_label
    assert not label.isHidden()
    assert label.text() == "Egenskapskort som er gitt: Mot (5. okt. 2026): Du sa ifra"
    # Ola has none: the line is not shown.
    qtbot.mouseClick(page.profile_view.back_button, Qt.MouseButton.LeftButton)
    bar.pupil_combo.setCurrentIndex(bar.pupil_combo.findText("Ola"))
    qtbot.mouseClick(bar.profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ola" in page.profile_view.heading.text())
    assert label.isHidden()


def test_showing_the_table_reads_nothing_more_than_its_pages(
    page: LogPage, db: Database, qtbot: QtBot, school: tuple[str, list[str]]
) -> None:
    # Once a page is loaded, painting the table and reading every cell (names, strengths,
    # tooltips) asks the database nothing: each row carries its pupils and strengths.
    class_id, pupils = school
    for n in range(30):
        log.add_entry(
            db,
            class_id,
            wheel_id="blue",
            task_id="blue-1",
            task_text=f"x{n}",
            pupil_ids=pupils[n % 3 :],
            strength_ids=["mot", "omsorg"][: 1 + n % 2],
            entry_date="2026-03-11",
        )
    page.refresh()
    qtbot.waitUntil(lambda: not page.stats_pending)
    page.show()
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        page.table.viewport().grab()
        model = page.model
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    model.data(model.index(r, c), role)
    finally:
        db.conn.set_trace_callback(None)
    assert model.rowCount() == 33
    assert statements == []
