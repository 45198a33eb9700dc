"""Starting when the data file cannot be used: say why, keep the file, offer the best way on.

The damaged file is never written to. If the teacher chooses to go on, it is
moved aside under a timestamped name and the newest good backup (or an
empty start) takes its place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from sqlite_utils import Database

from smartklasse import APP_NAME
from smartklasse.i18n import _
from smartklasse.paths import BACKUPS_DIR_NAME
from smartklasse.storage.backups import BackupInfo, newest_usable_backup
from smartklasse.storage.database import (
    DamagedDatabaseError,
    LockedDatabaseError,
    MigrationProgress,
    MissingDatabaseError,
    NewerDatabaseError,
    NotOurDatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    move_aside,
    open_database,
    replace_with_backup,
)
from smartklasse.storage.faults import Fault
from smartklasse.ui.single_instance import Claim


def storage_error_message(error: StorageError) -> str:
    """Explain in the user's language why the database cannot be opened."""
    if isinstance(error, NewerDatabaseError):
        text = _(
            "The data in {path} was saved by a newer version of SMART klasse. "
            "Update the app to open it. The file itself has not been changed."
        )
    elif isinstance(error, LockedDatabaseError):
        text = _(
            "The data in {path} is in use by another program. Close that program and try again."
        )
    elif isinstance(error, ReadOnlyDatabaseError):
        text = _(
            "The data in {path} cannot be written to: the file or its folder is read-only. "
            "Ask whoever looks after the computer to give your account write access to it, "
            "then try again."
        )
    elif isinstance(error, MissingDatabaseError):
        text = _(
            "The data file {path} is missing or empty, but this folder has backups or unsaved "
            "changes of it. Nothing has been deleted."
        )
    elif isinstance(error, NotOurDatabaseError):
        text = _("{path} is not a SMART klasse data file. The file itself has not been changed.")
    elif isinstance(error, DamagedDatabaseError):
        text = _(
            "The data file {path} is damaged and cannot be read. "
            "The file itself has not been changed."
        )
    else:
        text = _("The data in {path} cannot be opened. The file itself has not been changed.")
    return text.format(path=error.path)


def claim_message(claim: Claim, data_dir: Path, pid: int = 0) -> str:
    """Why the data folder could not be taken at start, and what to do."""
    if claim is Claim.OTHER_COPY:
        text = _(
            "SMART klasse is already open with this data. Its window has been brought to the front."
        )
    elif claim is Claim.READ_ONLY:
        text = _(
            "SMART klasse cannot write to its data folder {path}: it is read-only. Ask whoever "
            "looks after the computer to give your account write access to it."
        )
    elif claim is Claim.DISK_FULL:
        text = _(
            "SMART klasse cannot start: the disk with its data folder {path} is full. Free some "
            "space (empty the bin, remove large files), then start it again."
        )
    elif claim is Claim.NOT_ANSWERING:
        text = _(
            "The data folder {path} is marked as in use by process {pid}, which does not answer. "
            "If SMART klasse is not open, restart the computer or delete the file "
            "smartklasse.lock in that folder, then start it again."
        )
    else:
        text = _("SMART klasse could not take its data folder {path}. Start it again.")
    return text.format(path=data_dir, pid=pid)


def start_fault_message(fault: Fault, data_dir: Path) -> str:
    """What the teacher is told at start when saving would fail."""
    if fault is Fault.DISK_FULL:
        text = _(
            "The disk with the data folder {path} is full or nearly full: what you do now may "
            "not be saved. Free some space (empty the bin, remove large files)."
        )
    else:
        text = _(
            "The data folder {path} cannot be written to (it is read-only): nothing you do "
            "now can be saved. Ask whoever looks after the computer to give your account "
            "write access to it."
        )
    return text.format(path=data_dir)


class RecoveryBox(QMessageBox):
    """The message shown at start when the data file cannot be used, with the ways on."""

    def __init__(
        self, error: StorageError, backup: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_box")
        self.setWindowTitle(APP_NAME)
        self.setIcon(QMessageBox.Icon.Warning)
        self.error = error
        self.backup = backup
        self.setText(storage_error_message(error))
        self.backup_button: QAbstractButton | None = None
        self.empty_button: QAbstractButton | None = None
        self.retry_button: QAbstractButton | None = None
        if isinstance(error, LockedDatabaseError | ReadOnlyDatabaseError):
            self.retry_button = self.addButton(_("Try again"), QMessageBox.ButtonRole.AcceptRole)
            self.retry_button.setObjectName("recovery_retry")
        else:
            kept = f"{error.path.name}.{error.reason}-…"
            if backup is not None:
                from smartklasse.ui.dialogs.restore import backup_when  # only on this path

                info = _(
                    "You can go on with the newest good backup, from {when}. The file you "
                    "have now is kept, unchanged, as {kept} in the same folder."
                ).format(when=backup_when(backup.taken_at), kept=kept)
                self.backup_button = self.addButton(
                    _("Use the backup"), QMessageBox.ButtonRole.AcceptRole
                )
                self.backup_button.setObjectName("recovery_use_backup")
            else:
                info = _(
                    "There is no backup to go on with. You can start with no data; the file "
                    "you have now is kept, unchanged, as {kept} in the same folder."
                ).format(kept=kept)
            self.setInformativeText(info)
            self.empty_button = self.addButton(
                _("Start with no data"), QMessageBox.ButtonRole.DestructiveRole
            )
            self.empty_button.setObjectName("recovery_start_empty")
        self.quit_button = self.addButton(_("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("recovery_quit")
        self.setDefaultButton(self.backup_button or self.retry_button or self.quit_button)
        for button in self.buttons():
            button.setAccessibleName(button.text())


def open_or_recover(
    path: Path, parent: QWidget | None = None, on_migration: MigrationProgress | None = None
) -> Database | None:
    """Open the data file, asking the teacher what to do if it cannot be used; None to quit.

    ``on_migration`` is called while an upgrade prepares the data (see ``open_database``).
    """
    fresh = False
    while True:
        try:
            return open_database(path, fresh=fresh, on_migration=on_migration)
        except StorageError as error:
            backup = None
            if not isinstance(error, LockedDatabaseError | ReadOnlyDatabaseError):
                backup = newest_usable_backup(path.parent / BACKUPS_DIR_NAME)
            box = RecoveryBox(error, backup, parent)
            box.exec()
            clicked = box.clickedButton()
            if clicked is None or clicked is box.quit_button:
                return None
            if clicked is box.retry_button:
                continue
            move_aside(path, error.reason)
            if clicked is box.backup_button and backup is not None:
                return replace_with_backup(path, backup.path)
            # Start with no data: the loop opens a fresh file where the old one was.
            fresh = True
