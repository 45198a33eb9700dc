"""Pupil mode holds: nothing that changes the teacher's data happens without the PIN.

Every destructive action of every page, undo and redo (menu, keys, the toast's
Undo) is tried in pupil mode by someone who does not know the PIN. The whole
data file is compared before and after: not one byte of content changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.star_wall import WallDraft
from smartklasse.settings import Settings
from smartklasse.storage import classes, log
from smartklasse.storage import log_queries as queries
from smartklasse.storage import star_walls as sw
from smartklasse.ui import context as context_module
from smartklasse.ui.classes.page import ClassPage
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.dialogs import teacher_lock as lock_dialogs
from smartklasse.ui.dialogs.end_of_year import EndOfYearDialog
from smartklasse.ui.log.page import LogPage
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.pages import PageKey
from smartklasse.ui.star_wall.page import StarWallPage
from smartklasse.ui.strengths.page import StrengthsPage
from smartklasse.ui.wheel.page import WheelPage

PIN = "2468"


def dump(db: Database) -> list[str]:
    """Everything the file holds, as SQL."""
    return list(db.conn.iterdump())


@pytest.fixture
def window(qtbot: QtBot, db: Database, data_dir: Path) -> Iterator[MainWindow]:
    class_id = classes.create_class(db, "7B", ["Ola", "Kari", "Aisha"])
    context = AppContext(db, data_dir, Settings(active_class_id=class_id))
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win


class Pupil:
    """Someone at the board who does not know the PIN: every PIN pad is cancelled."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self, lock: object, parent: QWidget | None = None, prompt: str = "") -> bool:
        self.asked += 1
        return False


def test_every_destructive_action_and_undo_redo_need_the_pin(
    window: MainWindow, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = window.context
    class_id = ctx.active_class_id
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    # The teacher's day before pupil mode: a rename and a star wall (undoable), an entry.
    ctx.perform(
        "Rename",
        lambda: classes.rename_class(db, class_id, "7C"),
        lambda _d: classes.rename_class(db, class_id, "7B"),
        Topic.CLASSES,
    )
    wall_id = sw.create_wall(db, class_id, "Vi hjelper", ["omsorg"], 10)
    entry_id = log.add_entry(
        db, class_id, wheel_id=None, task_id=None, task_text="Hjelp", pupil_ids=pupils[:1]
    )
    ctx.perform(
        "Rename pupil",
        lambda: classes.rename_pupil(db, pupils[0], "Ola N."),
        lambda _d: classes.rename_pupil(db, pupils[0], "Ola"),
        Topic.PUPILS,
    )
    ctx.undo()  # something to redo, too
    ctx.teacher_lock.set_pin(PIN)
    ctx.set_pupil_mode(True)
    before = dump(db)
    pupil = Pupil()
    monkeypatch.setattr(lock_dialogs, "ask_for_pin", pupil)
    # Every question is answered "yes", every name typed right: only the PIN stops it.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("7C", True))

    # Undo and redo, from the menu, the keys and the toast.
    assert not ctx.undo(window) and not ctx.redo(window)
    window.undo_action.trigger()
    window.redo_action.trigger()
    last = ctx.undo_stack.command(ctx.undo_stack.index() - 1)
    assert isinstance(last, context_module.ActionCommand)
    ctx.undo_if_last(last)

    # The Class page (reached after an unlock that has run out) and its actions.
    class_page = ClassPage(ctx)
    qtbot.addWidget(class_page)
    class_page.on_shown()
    monkeypatch.setattr(class_page, "_ask_name", lambda *a, **k: "Nytt navn")
    monkeypatch.setattr(class_page, "selected_pupil_ids", lambda: pupils[:2])
    for action in (
        class_page.delete_pupils,
        class_page.delete_class,
        class_page.new_class,
        class_page.rename_class,
        class_page.rename_pupil,
        class_page.toggle_class_archived,
        class_page.toggle_pupil_archived,
        class_page.add_pupil,
        lambda: class_page.move_pupil(1),
    ):
        action()
    # The log page.
    log_page = LogPage(ctx)
    qtbot.addWidget(log_page)
    log_page.delete_entry(entry_id)
    log_page.apply_edit(
        entry_id,
        queries.EntryEdit(clock.today() - dt.timedelta(days=1), (), (), "x", "y"),
    )
    # The star wall.
    wall_page = StarWallPage(ctx)
    qtbot.addWidget(wall_page)
    wall_page.on_shown()
    wall = sw.get_wall(db, wall_id)
    assert wall is not None
    wall_page.delete_wall(wall)
    wall_page.archive_wall(wall, True)
    wall_page.save_wall(wall, WallDraft("Annet", ("mot",), 5))
    wall_page.create_wall(WallDraft("Ny", ("mot",), 5))
    wall_page.award()
    wall_page.start_new_round(5)
    # Strengths and the wheel.
    strengths_page = StrengthsPage(ctx)
    qtbot.addWidget(strengths_page)
    strengths_page.set_pinned("mot", True)
    wheel_page = WheelPage(ctx)
    qtbot.addWidget(wheel_page)
    wheel_page.reset_picks()
    # End of the school year: delete the class for good.
    end = EndOfYearDialog(ctx, window)
    qtbot.addWidget(end)
    end.delete_radio.setChecked(True)
    end.confirm_check.setChecked(True)
    end.carry_out()
    # Any other action, straight through the one place every action goes.
    ctx.perform(
        "x", lambda: classes.rename_class(db, class_id, "Hacked"), lambda _d: None, Topic.CLASSES
    )
    assert not ctx.write(lambda: classes.rename_class(db, class_id, "Hacked"))

    assert dump(db) == before
    assert pupil.asked >= 20
    assert ctx.pupil_mode


def test_a_page_unlocked_for_a_moment_locks_again(
    window: MainWindow, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The teacher opens the Class page with the PIN in pupil mode and walks away: after
    # the moment the window leaves the page, and its actions ask for the PIN again.
    ctx = window.context
    ctx.teacher_lock.set_pin(PIN)
    ctx.set_pupil_mode(True)
    now = [1000.0]
    monkeypatch.setattr(ctx, "_clock", lambda: now[0])
    monkeypatch.setattr(lock_dialogs, "ask_for_pin", lambda *a, **k: True)
    window.show_page(PageKey.CLASS)
    assert window.current_key() == PageKey.CLASS
    window.relock_if_due()
    assert window.current_key() == PageKey.CLASS  # still the teacher's moment
    now[0] += context_module.TEACHER_MOMENT + 1
    window.relock_if_due()
    assert window.current_key() != PageKey.CLASS
    pupil = Pupil()
    monkeypatch.setattr(lock_dialogs, "ask_for_pin", pupil)
    page = window.page(PageKey.CLASS)
    assert isinstance(page, ClassPage)
    before = dump(db)
    monkeypatch.setattr(
        page,
        "selected_pupil_ids",
        lambda: [p.id for p in classes.list_pupils(db, ctx.active_class_id)],
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_pupils()
    assert pupil.asked == 1
    assert dump(db) == before
