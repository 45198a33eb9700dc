"""Failed saves are told, not hidden: a full disk, a read-only file, a failing undo.

The faults are real SQLite faults on the real file: a full disk is SQLite's
``max_page_count`` reached (the error SQLite gives when the disk is full), a
read-only data file is ``PRAGMA query_only`` (tests run as root, where file
modes do not stop writes).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.settings import Settings
from smartklasse.storage import classes, log
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.pages import PageKey
from smartklasse.ui.wheel.page import WheelPage


def fill_disk(db: Database) -> None:
    """Let the file grow no more, and fill it: the next entry fails as on a full disk."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    class_id = db.execute("SELECT id FROM classes").fetchone()[0]
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for _ in range(5_000):
            log.add_entry(db, class_id, wheel_id=None, task_id=None, task_text="Fyll", pupil_ids=[])


def make_read_only(db: Database) -> None:
    db.execute("PRAGMA query_only = ON")


@pytest.fixture
def window(qtbot: QtBot, db: Database, data_dir: Path) -> Iterator[MainWindow]:
    class_id = classes.create_class(db, "7B", ["Ola", "Kari"])
    context = AppContext(db, data_dir, Settings(active_class_id=class_id))
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win


def log_count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM log_entries").fetchone()[0])


def tap_and_finish(win: MainWindow, qtbot: QtBot) -> WheelPage:
    win.show_page(PageKey.WHEEL)
    page = win.page(PageKey.WHEEL)
    assert isinstance(page, WheelPage)
    page.open_task(0)
    flow = page.tap_flow
    assert flow is not None
    first_pupil = next(iter(flow.pupil_tiles.values()))
    first_pupil.setChecked(True)
    next(iter(flow.strength_chips.values())).setChecked(True)
    flow.reflection_me.setText("Jeg hjalp Kari")
    flow.steps.setCurrentIndex(flow.steps.count() - 1)
    flow.done_button.setEnabled(True)
    qtbot.mouseClick(flow.done_button, Qt.MouseButton.LeftButton)
    return page


@pytest.mark.parametrize(
    ("fault", "told"),
    [(fill_disk, "disken er full"), (make_read_only, "skrivebeskyttet")],
    ids=["disk-full", "read-only"],
)
def test_a_tap_that_cannot_be_saved_says_so_and_keeps_the_answers(
    window: MainWindow, qtbot: QtBot, db: Database, fault: object, told: str
) -> None:
    # One entry is saved, then the disk fills (or the file turns read-only): the next tap
    # is not saved, the teacher is told why and what to do, nothing goes on the undo stack,
    # no "Saved" toast is left showing, and what the pupils chose stays for another try.
    page = tap_and_finish(window, qtbot)
    assert log_count(db) == 1
    assert page.tap_flow is not None and not page.tap_flow.isVisible()
    saved = window.context.undo_stack.count()
    assert callable(fault)
    fault(db)
    confirmed = log_count(db)
    page = tap_and_finish(window, qtbot)
    flow = page.tap_flow
    assert flow is not None and flow.isVisible()  # still open
    assert flow.reflection_me.text() == "Jeg hjalp Kari"
    assert any(t.isChecked() for t in flow.pupil_tiles.values())
    assert flow.done_button.isEnabled()
    box = window.failure_box
    assert box is not None and box.isVisible()
    assert told in box.text()
    assert "prøv igjen" in box.text()
    assert not window.toast.isVisible()
    assert window.context.undo_stack.count() == saved
    assert log_count(db) == confirmed  # every confirmed entry is kept, none added
    flow.reject()


def test_a_failing_undo_is_told_and_leaves_nothing_to_undo(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    # A rename is undone while the file is read-only: the teacher is told, the name the
    # file holds is unchanged, and Edit no longer offers to undo what failed.
    class_id = classes.create_class(db, "7B", ["Ola"])
    context = AppContext(db, data_dir, Settings(active_class_id=class_id))
    told: list[str] = []
    context.storage_failed.connect(told.append)
    context.perform(
        "Rename",
        lambda: classes.rename_class(db, class_id, "7C"),
        lambda _d: classes.rename_class(db, class_id, "7B"),
        Topic.CLASSES,
    )
    make_read_only(db)
    assert context.undo()
    assert len(told) == 1 and "skrivebeskyttet" in told[0]
    assert not context.undo_stack.canUndo()
    school_class = classes.get_class(db, class_id)
    assert school_class is not None and school_class.name == "7C"


def test_a_locked_file_is_told_as_locked(qtbot: QtBot, db: Database, data_dir: Path) -> None:
    # Another program holds the write lock longer than the wait: "another program".
    class_id = classes.create_class(db, "7B", ["Ola"])
    context = AppContext(db, data_dir, Settings(active_class_id=class_id))
    db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(str(data_dir / "smartklasse.sqlite3"))
    other.execute("BEGIN IMMEDIATE")
    told: list[str] = []
    context.storage_failed.connect(told.append)
    try:
        done = context.perform(
            "Log",
            lambda: log.add_entry(
                db, class_id, wheel_id=None, task_id=None, task_text="Hjelp", pupil_ids=[]
            ),
            lambda _d: None,
            Topic.LOG,
        )
    finally:
        other.rollback()
        other.close()
    assert done is None
    assert len(told) == 1 and "annet program" in told[0]
    assert context.undo_stack.count() == 0
    assert log_count(db) == 0


def test_star_note_is_kept_when_the_star_is_not_saved(
    window: MainWindow, qtbot: QtBot, db: Database
) -> None:
    from smartklasse.storage import star_walls as sw
    from smartklasse.ui.star_wall.page import StarWallPage

    sw.create_wall(db, window.context.active_class_id, "Vi hjelper", ["omsorg"], 10)
    window.show_page(PageKey.STAR_WALL)
    page = window.page(PageKey.STAR_WALL)
    assert isinstance(page, StarWallPage)
    page.on_shown()
    page.note_edit.setText("Alle ryddet")
    make_read_only(db)
    page.award()
    assert page.note_edit.text() == "Alle ryddet"
    assert window.failure_box is not None and "skrivebeskyttet" in window.failure_box.text()


def test_settings_that_cannot_be_written_are_told(db: Database, data_dir: Path) -> None:
    # Something else sits where settings.json goes (a real OSError from the file system).
    context = AppContext(db, data_dir, Settings())
    (data_dir / "settings.json").mkdir()
    told: list[str] = []
    context.storage_failed.connect(told.append)
    assert not context.save_settings()
    assert len(told) == 1 and "ikke lagret" in told[0]
