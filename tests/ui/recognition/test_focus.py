"""FOKUS: pick two to four strengths, show them big, then log which the class used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.settings import Settings
from smartklasse.storage import classes, log
from smartklasse.ui.context import AppContext
from smartklasse.ui.recognition.focus import FocusWindow


@pytest.fixture
def context(db: Database, data_dir: Path) -> AppContext:
    class_id = classes.create_class(db, "4C", ["Ola", "Kari"])
    return AppContext(db, data_dir, Settings(active_class_id=class_id))


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> FocusWindow:
    made = FocusWindow(context)
    qtbot.addWidget(made)
    made.resize(1600, 900)
    made.show()
    return made


def test_only_two_to_four_strengths_can_be_shown(window: FocusWindow) -> None:
    chips = window.pick_chips
    chips["samarbeid"].click()
    assert not window.show_button.isEnabled()
    chips["utholdenhet"].click()
    assert window.show_button.isEnabled()
    chips["mot"].click()
    chips["humor"].click()
    assert window.show_button.isEnabled()
    # A full hand: a fifth cannot be chosen.
    assert not chips["omsorg"].isEnabled()


def test_focus_is_shown_big_and_the_strengths_used_go_to_the_log(
    window: FocusWindow, context: AppContext, qtbot: QtBot
) -> None:
    for sid in ("samarbeid", "utholdenhet", "mot"):
        window.pick_chips[sid].click()
    window.show_button.click()
    assert window.stack.currentWidget() is window.show_page
    assert [t.text() for t in window.focus_tiles] == ["Mot", "Samarbeid", "Utholdenhet"]
    # Escape steps back to the choice, and on again.
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == 0
    window.show_button.click()
    window.ask_used()
    window.used_chips["samarbeid"].click()
    window.used_chips["mot"].click()
    window.save()
    class_id = context.active_class_id
    (entry_id,) = [r["id"] for r in context.db.query("SELECT id FROM log_entries")]
    entry = log.get_entry(context.db, entry_id)
    assert entry is not None
    assert entry.whole_class and entry.pupil_ids == ()
    assert set(entry.strength_ids) == {"samarbeid", "mot"}
    assert entry.task_text == "Fokus: Mot, Samarbeid, Utholdenhet"
    context.undo_stack.undo()
    assert log.count_entries(context.db, class_id) == 0
