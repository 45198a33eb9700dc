"""The app context: undoable actions, and the signals only it emits."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse import i18n
from smartklasse.paths import SETTINGS_NAME
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.storage import star_walls as sw
from smartklasse.ui.context import AppContext, Topic


def test_undo_gets_what_do_returned_each_time(db: Database, data_dir: Path) -> None:
    # Delete a star wall, undo, redo, undo: each undo restores exactly what its own do()
    # removed, so the action needs no list of its own to remember it.
    context = AppContext(db, data_dir, Settings())
    class_id = classes.create_class(db, "7B", ["Ada"])
    wall_id = sw.create_wall(db, class_id, "Vi hjelper hverandre", ["omsorg"], 10)
    topics: list[Topic] = []
    context.data_changed.connect(topics.append)

    def undo(kept: sw.WallSnapshot | None) -> None:
        assert kept is not None
        sw.restore_wall(db, kept)

    context.perform("Delete star wall", lambda: sw.delete_wall(db, wall_id), undo, Topic.STARS)
    assert sw.list_walls(db, class_id) == []
    context.undo_stack.undo()
    assert [w.goal for w in sw.list_walls(db, class_id)] == ["Vi hjelper hverandre"]
    context.undo_stack.redo()
    assert sw.list_walls(db, class_id) == []
    context.undo_stack.undo()
    assert [w.goal for w in sw.list_walls(db, class_id)] == ["Vi hjelper hverandre"]
    assert topics == [Topic.STARS] * 4


def test_set_language_switches_remembers_and_announces(
    db: Database, data_dir: Path, qtbot: QtBot
) -> None:
    # Choosing nynorsk in Settings: the UI language changes, it is saved for the next
    # start, and the window hears of it through the context.
    context = AppContext(db, data_dir, Settings())
    with qtbot.waitSignal(context.language_changed) as blocker:
        context.set_language("nn")
    assert blocker.args == ["nn"]
    assert i18n.current_language() == "nn"
    assert Settings.load(data_dir / SETTINGS_NAME).language == "nn"


def test_show_toast_asks_the_window_for_a_toast(db: Database, data_dir: Path) -> None:
    # Pages ask the context for a toast; the window shows it.
    context = AppContext(db, data_dir, Settings())
    shown: list[tuple[str, object]] = []
    context.toast_requested.connect(lambda text, command: shown.append((text, command)))
    context.show_toast("Lagret.")
    assert shown == [("Lagret.", None)]
