"""The Print dialog makes documents off the UI thread and previews them; Ctrl+P opens it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.dates import format_date
from pdf_reading import pdftotext
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.documents.kind import Special
from smartklasse.documents.registry import DOCUMENTS
from smartklasse.domain.document_ids import DocumentId
from smartklasse.domain.log_filters import school_year_range
from smartklasse.settings import Settings
from smartklasse.storage import catalogue, classes
from smartklasse.ui.context import AppContext
from smartklasse.ui.printing.dialog import PrintDialog
from smartklasse.ui.printing.preview import PrintPreviewDialog, safe_file_name


def _dialog(qtbot: QtBot, db: Database, data_dir: Path) -> PrintDialog:
    class_id = classes.create_class(db, "7B", [f"Elev {i} Ærø" for i in range(30)])
    context = AppContext(db, data_dir, Settings(active_class_id=class_id))
    dialog = PrintDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def _combo(dialog: PrintDialog, name: str) -> QComboBox:
    combo = dialog.findChild(QComboBox, name)
    assert combo is not None, name
    return combo


def test_class_set_preview_has_one_page_per_pupil(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    dialog = _dialog(qtbot, db, data_dir)
    dialog.select(DocumentId.REFLECTION)
    who = _combo(dialog, "who_combo")
    who.setCurrentIndex(who.findData(Special.WHOLE_CLASS))
    _combo(dialog, "task_combo").setCurrentIndex(1)
    with qtbot.waitSignal(dialog.preview_opened, timeout=60000) as blocker:
        dialog.preview_button.click()
    preview = blocker.args[0]
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.page_count() == 30
    saved = data_dir / "sheets.pdf"
    preview.save_to(saved)
    assert saved.read_bytes().startswith(b"%PDF")
    preview.close()


def test_every_registered_document_is_listed_and_previews(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    # The dialog lists exactly the registry, in its order, and each entry makes a preview.
    dialog = _dialog(qtbot, db, data_dir)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [
        kind.id for kind in DOCUMENTS
    ]
    assert dialog.kind.itemText(0) == "Refleksjonsark"
    for kind in DOCUMENTS[1:]:
        dialog.select(kind.id)
        assert dialog.current() is kind
        with qtbot.waitSignal(dialog.preview_opened, timeout=60000) as blocker:
            dialog.preview_button.click()
        assert blocker.args[0].page_count() >= 1, kind.id
        blocker.args[0].close()


def test_a_document_with_nothing_to_choose_from_says_so(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    # Without an active class there is no pupil, so no profile can be made.
    dialog = PrintDialog(AppContext(db, data_dir, Settings()))
    qtbot.addWidget(dialog)
    dialog.select(DocumentId.PROFILE)
    assert _combo(dialog, "profile_pupil_combo").count() == 0
    assert dialog.job() is None
    dialog.select(DocumentId.STRENGTHS)
    job = dialog.job()
    assert job is not None and job.title == "Karakteregenskapene"


def test_save_name_has_no_characters_a_file_system_refuses() -> None:
    assert safe_file_name('Styrkeprofil: Åse/"Ø"') == "Styrkeprofil_ Åse__Ø_.pdf"


def test_ctrl_p_in_the_file_menu_opens_the_print_dialog(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    from smartklasse.ui.main_window import MainWindow

    context = AppContext(db, data_dir, Settings())
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.print_action in window.file_menu.actions()
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.print_action.trigger()
    dialogs = window.findChildren(PrintDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_defaults_follow_the_lesson_and_names_say_what_and_when(
    qtbot: QtBot, db: Database, data_dir: Path, pinned_clock: dt.datetime
) -> None:
    today = pinned_clock.date()
    class_id = classes.create_class(db, "7B", ["Åse", "Ola"])
    context = AppContext(db, data_dir, Settings(active_class_id=class_id))
    wheel = catalogue.list_wheels(db)[0]
    context.view_state.task_id = wheel.tasks[2].id  # just spun on the wheel page
    dialog = PrintDialog(context)
    qtbot.addWidget(dialog)
    assert _combo(dialog, "task_combo").currentData() == wheel.tasks[2].id
    job = dialog.job()
    assert job is not None and job.file_stem == f"Refleksjonsark 7B {today.isoformat()}"
    sheet_date = dialog.findChild(QDateEdit, "sheet_date")
    assert sheet_date is not None and sheet_date.text() == today.strftime("%d.%m.%Y")

    # A blank sheet is blank: no date printed on it.
    who = _combo(dialog, "who_combo")
    who.setCurrentIndex(who.findData(Special.BLANK))
    job = dialog.job()
    assert job is not None
    text = pdftotext(job.draw(lambda _done, _total: None))
    month = format_date(today, "MMMM", locale="nb")
    assert str(today.year) not in text and month not in text.lower()

    # The profile covers the school year, as the screen's profile does.
    dialog.select(DocumentId.PROFILE)
    start = dialog.findChild(QDateEdit, "profile_from")
    first = school_year_range(today)[0]
    assert start is not None and start.date() == QDate(first.year, first.month, first.day)


def test_saving_confirms_with_the_folder(
    qtbot: QtBot, db: Database, data_dir: Path, pinned_clock: dt.datetime
) -> None:
    dialog = _dialog(qtbot, db, data_dir)
    dialog.select(DocumentId.STRENGTHS)
    with qtbot.waitSignal(dialog.preview_opened, timeout=60000) as blocker:
        dialog.preview_button.click()
    preview = blocker.args[0]
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.file_stem == f"Karakteregenskapene 7B {pinned_clock.date().isoformat()}"
    path = data_dir / safe_file_name(preview.file_stem)
    preview.save_to(path)
    box = preview.confirm_saved(path)
    assert str(data_dir) in box.text() and path.name in box.text()
    assert any(b.text() == "Åpne mappe" for b in box.buttons())
    box.close()
    preview.close()
