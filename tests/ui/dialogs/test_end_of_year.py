"""End of the school year: deleting a class is final, says so, and leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.storage.database import open_database
from smartklasse.ui.application import start
from smartklasse.ui.dialogs.end_of_year import EndOfYearDialog


def test_deleting_a_class_says_it_is_final_and_purges_the_file(
    qtbot: QtBot, data_dir: Path
) -> None:
    # The summary warns in the teacher's language; after the deletion the class's names are
    # gone from the data file and its WAL, and no Undo is offered.
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    classes.create_class(db, "6A", ["Per"])
    gone = classes.create_class(db, "Qqqklasse", ["Zyxwv Kari"])
    db.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start(app, data_dir, Settings(active_class_id=gone))
    assert window is not None
    qtbot.addWidget(window)
    dialog = EndOfYearDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.delete_radio.setChecked(True)
    assert "kan ikke angres" in dialog.summary.text()
    assert not dialog.go_button.isEnabled()
    dialog.confirm_check.setChecked(True)
    dialog.carry_out()
    assert [c.name for c in classes.list_classes(window.context.db)] == ["6A"]
    assert not window.undo_action.isEnabled()
    assert window.toast._undo.isHidden()
    for file in (path, path.with_name(path.name + "-wal")):
        data = file.read_bytes() if file.exists() else b""
        assert b"Zyxwv Kari" not in data and b"Qqqklasse" not in data, file.name
