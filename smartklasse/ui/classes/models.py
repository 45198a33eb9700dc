"""Item models for the Class page: the classes on this machine and a class's pupils."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from sqlite_utils import Database

from smartklasse.i18n import _
from smartklasse.storage import classes

IdRole = Qt.ItemDataRole.UserRole + 1
ArchivedRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractListModel):
    """A list of (id, name, archived) rows read from storage on :meth:`reload`."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._rows: list[tuple[str, str, bool]] = []

    def _load(self) -> list[tuple[str, str, bool]]:
        raise NotImplementedError

    def reload(self) -> None:
        """Read the rows again from the database."""
        self.beginResetModel()
        self._rows = self._load()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of rows (a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name for display; id and archived state for the page."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row_id, name, archived = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _("{name} (archived)").format(name=name) if archived else name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return name
        if role == IdRole:
            return row_id
        if role == ArchivedRole:
            return archived
        if role == Qt.ItemDataRole.ForegroundRole and archived:
            return QColor("#7a7a7a")
        if role == Qt.ItemDataRole.FontRole and archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def ids(self) -> list[str]:
        """The ids in display order."""
        return [row[0] for row in self._rows]

    def row_of(self, row_id: str) -> int:
        """The row of an id, or -1."""
        return next((i for i, row in enumerate(self._rows) if row[0] == row_id), -1)


class ClassListModel(_RowsModel):
    """The classes on this machine, optionally with archived ones."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.show_archived = False

    def _load(self) -> list[tuple[str, str, bool]]:
        return [
            (c.id, c.name, c.archived)
            for c in classes.list_classes(self.db, include_archived=self.show_archived)
        ]


class PupilListModel(_RowsModel):
    """The pupils of one class in the teacher's order."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.class_id = ""
        self.show_archived = False

    def _load(self) -> list[tuple[str, str, bool]]:
        if not self.class_id:
            return []
        return [
            (p.id, p.name, p.archived)
            for p in classes.list_pupils(
                self.db, self.class_id, include_archived=self.show_archived
            )
        ]
