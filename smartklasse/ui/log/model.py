"""The log table's model: entries newest first, fetched a page at a time as the view scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from smartklasse.i18n import N_, _, format_date
from smartklasse.storage.log_queries import PAGE_SIZE, LogRow, SortKey

#: Fetches up to ``limit`` rows after a cursor (None for the first page).
PageFetcher = Callable[[SortKey | None, int], list[LogRow]]

COLUMNS = (N_("Date"), N_("Wheel and task"), N_("Pupils"), N_("Strengths used"), N_("Reflection"))
COL_DATE, COL_TASK, COL_PUPILS, COL_STRENGTHS, COL_REFLECTION = range(len(COLUMNS))

#: The role that returns the row's :class:`LogRow`.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class Labels:
    """Names to show for ids, in the current language."""

    strengths: dict[str, str] = field(default_factory=dict)
    wheels: dict[str, str] = field(default_factory=dict)
    tasks: dict[str, str] = field(default_factory=dict)

    def task(self, row: LogRow) -> str:
        """ "Wheel: task" for a row, with the stored text if the task has left the wheel."""
        text = self.tasks.get(row.task_id or "", row.task_text) or row.task_text
        wheel = self.wheels.get(row.wheel_id or "", "")
        return f"{wheel}: {text}" if wheel else text


class LogTableModel(QAbstractTableModel):
    """Log entries as rows; Qt asks for more (``fetchMore``) when the view scrolls to the end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []
        self._fetch: PageFetcher | None = None
        self._exhausted = True
        self.labels = Labels()
        self.page_size = PAGE_SIZE

    # -- loading ------------------------------------------------------------------------------
    def reset(self, fetch: PageFetcher | None, labels: Labels | None = None) -> None:
        """Show a new query from its first page."""
        self.beginResetModel()
        self._fetch = fetch
        if labels is not None:
            self.labels = labels
        self._rows = []
        self._exhausted = fetch is None
        self._load_page()
        self.endResetModel()

    def _load_page(self) -> list[LogRow]:
        if self._fetch is None or self._exhausted:
            return []
        after = self._rows[-1].sort_key if self._rows else None
        page = self._fetch(after, self.page_size)
        self._exhausted = len(page) < self.page_size
        self._rows.extend(page)
        return page

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        """True while there are older entries not loaded yet."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        """Load the next page of older entries."""
        if parent.isValid() or self._fetch is None or self._exhausted:
            return
        after = self._rows[-1].sort_key if self._rows else None
        page = self._fetch(after, self.page_size)
        self._exhausted = len(page) < self.page_size
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- reading ------------------------------------------------------------------------------
    def row_at(self, row: int) -> LogRow | None:
        """The entry shown in a row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """The five columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles in the current language."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """What a cell shows, its tooltip, and the whole row under :data:`ROW_ROLE`."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == COL_REFLECTION and row.has_reflection:
                return reflection_text(row)
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(row, index.column())
        return None

    def display(self, row: LogRow, column: int) -> str:
        """The text of one cell."""
        if column == COL_DATE:
            return format_date(dt.date.fromisoformat(row.entry_date), "medium")
        if column == COL_TASK:
            return self.labels.task(row)
        if column == COL_PUPILS:
            if row.whole_class and not row.pupil_names:
                return _("The whole class")
            return ", ".join(row.pupil_names)
        if column == COL_STRENGTHS:
            return ", ".join(self.labels.strengths.get(s, s) for s in row.strength_ids)
        if column == COL_REFLECTION:
            return _("Answered") if row.has_reflection else ""
        return ""


def reflection_text(row: LogRow) -> str:
    """Both reflection answers with their questions, for a tooltip or the profile."""
    parts = []
    if row.reflection_me:
        parts.append(f"{_('What did it do to me?')} {row.reflection_me}")
    if row.reflection_others:
        parts.append(f"{_('What did it do to the others?')} {row.reflection_others}")
    return "\n".join(parts)
