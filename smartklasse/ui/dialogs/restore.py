"""The "Restore from backup" dialog: the backups, when they were taken and what they hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartklasse.i18n import _, format_date, format_number
from smartklasse.storage.backups import (
    KIND_DAILY,
    KIND_MIGRATION,
    KIND_RESTORE,
    BackupInfo,
    list_backups,
)

_Index = QModelIndex | QPersistentModelIndex


def backup_when(taken_at: dt.datetime) -> str:
    """A backup's time in the user's language, e.g. "onsdag 26. november 2026 kl. 10:15"."""
    return _("{date} at {time}").format(
        date=format_date(taken_at.date(), "full"), time=taken_at.strftime("%H:%M")
    )


def kind_label(kind: str) -> str:
    """Why a backup was made, in words."""
    return {
        KIND_DAILY: _("Daily"),
        KIND_MIGRATION: _("Before an update"),
        KIND_RESTORE: _("Before a restore"),
    }.get(kind, "")


class BackupsModel(QAbstractTableModel):
    """The backups, newest first: when, why, which classes, how many log entries."""

    COLUMNS = 4

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """One row per backup."""
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """When, why, classes, entries."""
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_("Taken"), _("Why"), _("Classes"), _("Log entries"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The text of one cell."""
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return backup_when(info.taken_at)
            if column == 1:
                return kind_label(info.kind)
            if not info.usable:
                return _("Cannot be read") if column == 2 else ""
            if column == 2:
                return ", ".join(info.class_names) or _("No classes")
            return format_number(info.entry_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return info
        return None


class RestoreDialog(QDialog):
    """Lists the backups; the teacher picks one and confirms. The window does the restore."""

    #: Restore this backup file (the teacher has confirmed).
    restore_requested = Signal(Path)

    def __init__(self, backups_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(_("Restore from backup"))
        self.setMinimumSize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "SMART klasse makes a backup every day it is started, and before every update. "
                "Restoring replaces all data with the backup; what you have now is backed up "
                "first, so you can go back."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(list_backups(backups_dir), self)
        self.table = QTableView(self)
        self.table.setObjectName("backups_table")
        self.table.setAccessibleName(_("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda _i: self.confirm_restore())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(_("There are no backups yet."), self)
        self.empty_label.setVisible(not self.model.backups)
        layout.addWidget(self.empty_label)
        note = QLabel(
            _(
                "Note: backups keep deleted pupils, classes and entries until they rotate out "
                "(backups are kept for 14 days, then one a week for 8 weeks)."
            ),
            self,
        )
        note.setObjectName("backups_note")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(
            _("Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setAccessibleName(_("Restore the chosen backup"))
        self.restore_button.setProperty("primary", True)
        self.restore_button.clicked.connect(self.confirm_restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first_usable = next((i for i, b in enumerate(self.model.backups) if b.usable), None)
        if first_usable is not None:
            self.table.selectRow(first_usable)
        self._update_button()

    def selected_backup(self) -> BackupInfo | None:
        """The backup chosen in the list, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        chosen = self.selected_backup()
        self.restore_button.setEnabled(chosen is not None and chosen.usable)

    def confirm_restore(self) -> None:
        """Ask once, then ask the window to restore the chosen backup."""
        chosen = self.selected_backup()
        if chosen is None or not chosen.usable:
            return
        answer = QMessageBox.question(
            self,
            _("Restore from backup"),
            _(
                "Replace all data with the backup from {when}? "
                "What you have now is backed up first."
            ).format(when=backup_when(chosen.taken_at)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(chosen.path)
            self.accept()
