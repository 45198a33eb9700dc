"""The Class page: import with preview, undo, reorder, archive, delete; and the language switch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from smartklasse.settings import Settings
from smartklasse.storage import classes, log
from smartklasse.storage.database import open_database
from smartklasse.ui.application import start
from smartklasse.ui.classes.import_dialog import ImportDialog
from smartklasse.ui.classes.page import ClassPage
from smartklasse.ui.main_window import MainWindow

MESSY = (
    "\ufeffFornavn;Etternavn\r\n"
    + "".join(f"Elev{i};Ås{i}\r\n" for i in range(1, 24))
    + "\r\n  Noor ; Al-Amin \r\n"
    + "محمد;علي\r\n"
    + "Elev1;Ås1\r\n"
    + ";\r\n"
    + "X" * 300
    + ";Y\r\n"
)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    db = open_database(data_dir / "smartklasse.sqlite3")
    classes.create_class(db, "7B")
    db.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = start(app, data_dir, Settings())
    assert win is not None
    qtbot.addWidget(win)
    win.show_page("class")
    return win


def class_page(window: MainWindow) -> ClassPage:
    page = window.page("class")
    assert isinstance(page, ClassPage)
    return page


def pupil_names(window: MainWindow) -> list[str]:
    ctx = window.context
    return [p.name for p in classes.list_pupils(ctx.db, ctx.active_class_id)]


def test_import_messy_csv_shows_preview_and_adds_25(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    # A teacher imports a messy CSV: the preview lists 25 names and the left-out lines;
    # confirming adds them in one step, and one undo removes them all.
    path = tmp_path / "klasse 7B.csv"
    path.write_bytes(MESSY.encode("utf-8"))
    dialog = ImportDialog([], None, path)
    qtbot.addWidget(dialog)
    assert dialog.preview.count() == 25
    assert dialog.issues.count() == 2  # the duplicate Elev1 and the 300-character name
    assert dialog.add_button.text() == "Legg til 25 elever"
    assert "Noor Al-Amin" in dialog.names() and "محمد علي" in dialog.names()

    page = class_page(window)

    def accept_dialog() -> None:
        active = QApplication.activeModalWidget()
        assert isinstance(active, ImportDialog)
        active.add_button.click()

    QTimer.singleShot(0, accept_dialog)
    page.import_pupils(path)
    assert len(pupil_names(window)) == 25
    assert window.toast.message == "25 elever er lagt til."
    window.undo_action.trigger()
    assert pupil_names(window) == []


def test_unreadable_file_imports_nothing_and_says_why(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    # A binary file picked by mistake is refused with a message naming the line.
    path = tmp_path / "bilde.csv"
    path.write_bytes(b"Navn\nKari\n\x00\x89PNG\x01\x02")
    dialog = ImportDialog([], None, path)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    assert "Linje 3" in dialog.summary.text()


def test_add_rename_move_archive_with_undo(window: MainWindow, qtbot: QtBot) -> None:
    # Typing names adds pupils; moving and archiving are undoable with Ctrl+Z.
    page = class_page(window)
    for name in ("Åse", "Birk", "Chen"):
        page.add_name_edit.setText(name)
        qtbot.keyClick(page.add_name_edit, Qt.Key.Key_Return)
    assert pupil_names(window) == ["Åse", "Birk", "Chen"]
    page.pupil_view.selectionModel().select(
        page.pupil_model.index(2), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    page.move_pupil(-1)
    assert pupil_names(window) == ["Åse", "Chen", "Birk"]
    window.undo_action.trigger()
    assert pupil_names(window) == ["Åse", "Birk", "Chen"]
    page.pupil_view.selectionModel().select(
        page.pupil_model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    page.toggle_pupil_archived()
    assert pupil_names(window) == ["Birk", "Chen"]
    window.undo_action.trigger()
    assert pupil_names(window) == ["Åse", "Birk", "Chen"]


def test_delete_pupil_asks_then_deletes_for_good_without_undo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    # The question says it cannot be undone; the pupil, the entry they alone took part in
    # and its reflection leave the data file, and nothing offers Undo afterwards.
    page = class_page(window)
    page.add_name_edit.setText("Zyxwv Kari")
    page.add_pupil()
    page.add_name_edit.setText("Ola")
    page.add_pupil()
    db, class_id = window.context.db, window.context.active_class_id
    kari, ola = (p.id for p in classes.list_pupils(db, class_id))
    alone = log.add_entry(
        db,
        class_id,
        wheel_id=None,
        task_id=None,
        task_text="Holdt døra",
        pupil_ids=[kari],
        reflection_me="Qwerty modig",
    )
    shared = log.add_entry(
        db, class_id, wheel_id=None, task_id=None, task_text="Ryddet", pupil_ids=[kari, ola]
    )
    page.pupil_view.selectionModel().select(
        page.pupil_model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def ask(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.delete_pupils()
    assert pupil_names(window) == ["Zyxwv Kari", "Ola"]
    assert "kan ikke angres" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.delete_pupils()
    assert pupil_names(window) == ["Ola"]
    assert log.get_entry(db, alone) is None
    shared_entry = log.get_entry(db, shared)
    assert shared_entry is not None and shared_entry.pupil_ids == (ola,)
    assert window.toast.message == "1 elev er slettet for godt."
    assert window.toast._undo.isHidden()
    assert not window.undo_action.isEnabled()
    path = data_dir / "smartklasse.sqlite3"
    for file in (path, path.with_name(path.name + "-wal")):
        data = file.read_bytes() if file.exists() else b""
        assert b"Zyxwv Kari" not in data and b"Qwerty modig" not in data, file.name


def test_delete_class_asks_for_its_name_and_cannot_be_undone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    # Deleting a class says it cannot be undone, purges the file and offers no Undo.
    page = class_page(window)
    page.add_name_edit.setText("Zyxwv Kari")
    page.add_pupil()
    asked: list[str] = []

    def typed(_parent: object, _title: str, text: str) -> tuple[str, bool]:
        asked.append(text)
        return "7B", True

    monkeypatch.setattr(QInputDialog, "getText", typed)
    page.delete_class()
    assert "kan ikke angres" in asked[0]
    assert classes.list_classes(window.context.db) == []
    assert not window.undo_action.isEnabled()
    assert window.toast._undo.isHidden()
    path = data_dir / "smartklasse.sqlite3"
    for file in (path, path.with_name(path.name + "-wal")):
        assert b"Zyxwv Kari" not in (file.read_bytes() if file.exists() else b""), file.name


def test_language_switch_without_restart(window: MainWindow) -> None:
    # Switching to nynorsk and English relabels navigation, menus and pages at once.
    window.context.set_language("nn")
    assert window.nav_buttons["strengths"].text() == "Eigenskapane"
    assert class_page(window).new_class_button.text() == "Ny klasse …"
    assert window.context.settings.language == "nn"
    window.context.set_language("en")
    assert window.nav_buttons["strengths"].text() == "Strengths"
    assert window.menuBar().actions()[0].text() == "&File"
    assert Settings.load(window.context.data_dir / "settings.json").language == "en"
