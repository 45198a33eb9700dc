"""The app's shared state for widgets: the database, settings, undo and change signals."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget
from sqlite_utils import Database

from smartklasse.i18n import _, current_language, set_language
from smartklasse.paths import BACKUPS_DIR_NAME, DATABASE_NAME, SETTINGS_NAME
from smartklasse.settings import Settings
from smartklasse.storage import classes, deletion
from smartklasse.storage.faults import STORAGE_ERRORS, Fault, classify
from smartklasse.storage.teacher_lock import TeacherLock
from smartklasse.ui.qt_translations import install_qt_translations

Done = TypeVar("Done")

#: Seconds a right PIN counts for in pupil mode: the teacher's moment at the board.
TEACHER_MOMENT = 90.0


def failure_message(fault: Fault) -> str:
    """What the teacher is told when a save failed: what happened and what to do."""
    if fault is Fault.DISK_FULL:
        return _(
            "This was not saved: the disk is full. Free some space on the computer "
            "(empty the bin, remove large files), then try again."
        )
    if fault is Fault.READ_ONLY:
        return _(
            "This was not saved: the data folder cannot be written to (it is read-only). "
            "Ask whoever looks after the computer to give your account write access to it, "
            "then try again."
        )
    if fault is Fault.LOCKED:
        return _(
            "This was not saved: another program is using the data file. Close it "
            "(or wait a moment), then try again."
        )
    return _(
        "This was not saved: the data could not be written. Try again; if it keeps "
        "failing, restart SMART klasse."
    )


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
        done: object = None,
        pupil_action: bool = False,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._topic = topic
        self._context = context
        #: What ``do`` returned when :meth:`AppContext.perform` ran it, before the push.
        self._done: object = done
        self._first = True
        #: A pupil's own action (a logged task, a star): undone and redone without the PIN.
        self.pupil_action = pupil_action

    def redo(self) -> None:
        """Carry out (or redo) the action; the first time it was already done by perform."""
        if self._first:
            self._first = False
        else:
            try:
                self._done = self._do()
            except STORAGE_ERRORS as exc:
                self._failed(exc)
                return
        self._context.notify(self._topic)

    def undo(self) -> None:
        """Reverse the action, given what it did."""
        try:
            self._undo(self._done)
        except STORAGE_ERRORS as exc:
            self._failed(exc)
            return
        self._done = None
        self._context.notify(self._topic)

    def _failed(self, exc: BaseException) -> None:
        # Nothing that failed stays on the stack: QUndoStack drops an obsolete command.
        self.setObsolete(True)
        self._context.report_failure(exc)


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
    #: A save failed; the argument is the message for the teacher. See report_failure.
    storage_failed = Signal(str)
    #: Removing deleted data from the backups: (backups done, backups in all). See purge_backups.
    backup_purge_progress = Signal(int, int)

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
        #: Monotonic time until which a right PIN counts (pupil mode); see require_teacher.
        self._teacher_until = 0.0
        self._clock: Callable[[], float] = time.monotonic
        self._purging = False

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
        if not self.pupil_mode or self.teacher_present:
            return True
        from smartklasse.ui.dialogs.teacher_lock import ask_for_pin

        if not ask_for_pin(self.teacher_lock, parent):
            return False
        self._teacher_until = self._clock() + TEACHER_MOMENT
        return True

    @property
    def teacher_present(self) -> bool:
        """True for a moment after the right PIN (in pupil mode); then everything locks again."""
        return self._clock() < self._teacher_until

    def lock_again(self) -> None:
        """End the teacher's moment at once (pupil mode asks for the PIN at the next edit)."""
        self._teacher_until = 0.0

    def undo(self, parent: QWidget | None = None) -> bool:
        """Undo the last action; in pupil mode, the teacher's actions need the PIN."""
        index = self.undo_stack.index()
        if index <= 0:
            return False
        return self._step(self.undo_stack.command(index - 1), self.undo_stack.undo, parent)

    def redo(self, parent: QWidget | None = None) -> bool:
        """Redo the last undone action; in pupil mode, the teacher's actions need the PIN."""
        index = self.undo_stack.index()
        if index >= self.undo_stack.count():
            return False
        return self._step(self.undo_stack.command(index), self.undo_stack.redo, parent)

    def _step(
        self, command: QUndoCommand, step: Callable[[], None], parent: QWidget | None
    ) -> bool:
        pupils_own = isinstance(command, ActionCommand) and command.pupil_action
        if not pupils_own and not self.require_teacher(parent):
            return False
        step()
        return True

    def report_failure(self, exc: BaseException) -> str:
        """Tell the teacher that a save failed and what to do; returns the message."""
        message = failure_message(classify(exc))
        self.storage_failed.emit(message)
        return message

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

    def save_settings(self) -> bool:
        """Write the settings file; a failure is told like any failed save. True if saved."""
        self.settings.wheel_id = self.view_state.wheel_id
        try:
            self.settings.save(self.data_dir / SETTINGS_NAME)
        except OSError as exc:
            self.report_failure(exc)
            return False
        return True

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
        *,
        pupil_action: bool = False,
        parent: QWidget | None = None,
    ) -> ActionCommand | None:
        """Carry out an undoable action, optionally confirming it with a toast.

        The one place every storage action goes through. ``undo`` is given
        what ``do`` returned (each time it ran). In pupil mode an action that
        is not ``pupil_action`` needs the teacher's PIN. When the save fails
        (a full disk, a read-only folder, a lock), nothing goes on the undo
        stack, the teacher is told what happened and what to do, and None is
        returned so the caller can keep what was typed for another try.
        """
        if not pupil_action and not self.require_teacher(parent):
            return None
        try:
            done = do()
        except STORAGE_ERRORS as exc:
            self.report_failure(exc)
            return None
        command = ActionCommand(text, do, undo, topic, self, done, pupil_action)
        self.undo_stack.push(command)
        if toast:
            self.show_toast(toast, command)
        return command

    def write(
        self,
        do: Callable[[], object],
        parent: QWidget | None = None,
        *,
        pupil_action: bool = False,
    ) -> bool:
        """Carry out a write that cannot be undone (a deletion for good, a wheel's pick).

        Like :meth:`perform`: in pupil mode it needs the PIN unless it is a
        ``pupil_action``, and a failed save is told to the teacher. True if it
        was saved.
        """
        if not pupil_action and not self.require_teacher(parent):
            return False
        try:
            do()
        except STORAGE_ERRORS as exc:
            self.report_failure(exc)
            return False
        return True

    def purge_backups(self) -> None:
        """Remove what was deleted for good from every backup, in the background, with progress.

        Called after a deletion and at start (a purge stopped by closing the app goes on).
        """
        from smartklasse.ui.worker import run_in_background

        folder = self.data_dir / BACKUPS_DIR_NAME
        pending = deletion.pending_backup_purges(folder)
        if not pending or self._purging:
            return
        files = deletion.files_to_purge(self.data_dir, DATABASE_NAME)
        self._purging = True

        def step(index: int) -> None:
            if index >= len(files):
                deletion.finish_backup_purges(folder, pending)
                self._purging = False
                self.backup_purge_progress.emit(len(files), len(files))
                if files:
                    self.show_toast(_("The deleted data is gone from every backup too."))
                self.purge_backups()  # anything deleted meanwhile
                return
            self.backup_purge_progress.emit(index, len(files))
            run_in_background(
                lambda: deletion.purge_backup(files[index], pending),
                lambda _r: step(index + 1),
                failed,
            )

        def failed(exc: BaseException) -> None:
            self._purging = False  # tried again at the next start
            self.report_failure(exc)

        step(0)

    def undo_if_last(self, command: ActionCommand) -> bool:
        """Undo ``command`` if it is still the last action done; True if undone."""
        index = self.undo_stack.index()
        if index > 0 and self.undo_stack.command(index - 1) is command:
            return self.undo()
        return False
