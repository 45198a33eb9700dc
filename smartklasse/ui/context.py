"""The app's shared state for widgets: the database, settings, undo and change signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget
from sqlite_utils import Database

from smartklasse.i18n import current_language, set_language
from smartklasse.paths import SETTINGS_NAME
from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.storage.teacher_lock import TeacherLock
from smartklasse.ui.qt_translations import install_qt_translations

Done = TypeVar("Done")


class Topic(Enum):
    """What stored data changed: the argument of :attr:`AppContext.data_changed`."""

    CLASSES = "classes"
    PUPILS = "pupils"
    LOG = "log"
    STARS = "stars"
    STRENGTHS = "strengths"
    STRENGTH_OF_WEEK = "strength_of_week"
    WHEELS = "wheels"
    WHEEL_PICKS = "wheel_picks"
    PERIODS = "periods"
    SETTINGS = "settings"
    CALENDARS = "calendars"
    GAMES = "games"
    RECOGNITION = "recognition"


class ActionCommand(QUndoCommand):
    """An undoable user action: ``do`` and ``undo`` are each one storage transaction.

    What ``do`` returns (a snapshot of what it removed or replaced, a new id)
    is handed to ``undo``, so an action keeps no state of its own.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[Any], object],
        topic: Topic,
        context: AppContext,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._topic = topic
        self._context = context
        self._done: object = None

    def redo(self) -> None:
        """Carry out (or redo) the action."""
        self._done = self._do()
        self._context.notify(self._topic)

    def undo(self) -> None:
        """Reverse the action, given what it did."""
        self._undo(self._done)
        self._done = None
        self._context.notify(self._topic)


@dataclass
class ViewState:
    """What the pages show that outlives a page: pages are rebuilt on a language change."""

    #: The wheel shown last on the wheel page ("" for the first one).
    wheel_id: str = ""
    #: The star wall chosen on the star wall page ("" for the first one not archived).
    star_wall_id: str = ""
    #: The task spun or tapped last on the wheel page (the Print dialog's first task).
    task_id: str = ""


class AppContext(QObject):
    """What every page needs, passed in explicitly (no globals).

    Widgets emit intent; they change data only through storage functions,
    usually wrapped in :meth:`perform` so the action can be undone. Only the
    context emits its signals: others call its methods.
    """

    #: The active class changed; the argument is its id ("" for none). See set_active_class.
    class_changed = Signal(str)
    #: Stored data changed; the argument is the :class:`Topic`. See notify and perform.
    data_changed = Signal(object)
    #: The UI language changed; the argument is the new code. See set_language.
    language_changed = Signal(str)
    #: Show a short confirmation; the command (if any) can be undone from it. See show_toast.
    toast_requested = Signal(str, object)
    #: Pupil mode was switched on (True) or off (False). See set_pupil_mode.
    pupil_mode_changed = Signal(bool)

    def __init__(self, db: Database, data_dir: Path, settings: Settings) -> None:
        super().__init__()
        self.db = db
        self.data_dir = data_dir
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(100)
        self.teacher_lock = TeacherLock(data_dir)
        # The wheel shown last is also remembered across restarts (settings.json).
        self.view_state = ViewState(wheel_id=settings.wheel_id)

    # -- teacher lock (pupil mode) -------------------------------------------------------------
    @property
    def pupil_mode(self) -> bool:
        """True while pupils use the board: editing and leaving need the teacher's PIN."""
        return self.teacher_lock.pupil_mode

    def set_pupil_mode(self, on: bool) -> None:
        """Enter or leave pupil mode (the caller has asked for the PIN to leave it)."""
        if on != self.pupil_mode:
            self.teacher_lock.set_pupil_mode(on)
            self.pupil_mode_changed.emit(on)

    def switch_pupil_mode(self, on: bool, parent: QWidget | None = None) -> bool:
        """Enter pupil mode (setting a PIN first if there is none) or leave it with the PIN.

        Returns True if the mode was changed.
        """
        if on:
            if not self.teacher_lock.has_pin:
                from smartklasse.ui.dialogs.teacher_lock import SetPinDialog

                if SetPinDialog(self.teacher_lock, parent).exec() != QDialog.DialogCode.Accepted:
                    return False
            self.set_pupil_mode(True)
            return True
        if not self.require_teacher(parent):
            return False
        self.set_pupil_mode(False)
        return True

    def sync_pupil_mode(self) -> None:
        """Tell every page whether pupil mode is on (removing the PIN in Settings ends it)."""
        self.pupil_mode_changed.emit(self.pupil_mode)

    def require_teacher(self, parent: QWidget | None = None) -> bool:
        """Call before anything that edits, deletes, exports or leaves: True if it may go on.

        Outside pupil mode this returns True at once. In pupil mode it asks for
        the teacher's PIN and returns True only if the right PIN was given.
        Usage: ``if not self.context.require_teacher(self): return``.
        """
        if not self.pupil_mode:
            return True
        from smartklasse.ui.dialogs.teacher_lock import ask_for_pin

        return ask_for_pin(self.teacher_lock, parent)

    def replace_database(self, db: Database) -> None:
        """Use another database connection (after a restore); undo history does not carry over."""
        self.undo_stack.clear()
        self.db = db
        self.class_changed.emit(self.active_class_id)
        self.notify(Topic.CLASSES)

    # -- language ------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the whole UI to ``lang`` without a restart, and remember it.

        The one way to change language: the window listens to
        :attr:`language_changed` and rebuilds its pages.
        """
        set_language(lang)
        install_qt_translations(current_language())
        self.settings.language = current_language()
        self.save_settings()
        self.language_changed.emit(current_language())

    # -- toasts --------------------------------------------------------------------------------
    def show_toast(self, text: str, command: ActionCommand | None = None) -> None:
        """Show a short confirmation; ``command`` (if any) can be undone from it."""
        self.toast_requested.emit(text, command)

    @property
    def active_class_id(self) -> str:
        """The id of the class shown everywhere ("" when there is no class)."""
        class_id = self.settings.active_class_id
        if class_id and classes.get_class(self.db, class_id) is not None:
            return class_id
        remaining = classes.list_classes(self.db)
        return remaining[0].id if remaining else ""

    def set_active_class(self, class_id: str) -> None:
        """Make ``class_id`` the active class and tell every page."""
        if class_id == self.settings.active_class_id:
            return
        self.settings.active_class_id = class_id
        self.save_settings()
        self.class_changed.emit(class_id)

    def save_settings(self) -> None:
        """Write the settings file."""
        self.settings.wheel_id = self.view_state.wheel_id
        self.settings.save(self.data_dir / SETTINGS_NAME)

    def notify(self, topic: Topic) -> None:
        """Tell every page that stored data about ``topic`` changed."""
        self.data_changed.emit(topic)

    def perform(
        self,
        text: str,
        do: Callable[[], Done],
        undo: Callable[[Done], object],
        topic: Topic,
        toast: str | None = None,
    ) -> ActionCommand:
        """Carry out an undoable action, optionally confirming it with a toast.

        ``undo`` is given what ``do`` returned (each time it ran).
        """
        command = ActionCommand(text, do, undo, topic, self)
        self.undo_stack.push(command)
        if toast:
            self.show_toast(toast, command)
        return command

    def undo_if_last(self, command: ActionCommand) -> bool:
        """Undo ``command`` if it is still the last action done; True if undone."""
        index = self.undo_stack.index()
        if index > 0 and self.undo_stack.command(index - 1) is command:
            self.undo_stack.undo()
            return True
        return False
