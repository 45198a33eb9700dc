"""The dialog in which the teacher corrects a log entry: date, pupils, strengths, reflection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smartklasse.i18n import _
from smartklasse.storage.log_queries import EntryEdit, LogRow
from smartklasse.ui.style import TOUCH_TARGET

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _checklist(
    parent: QWidget, name: str, items: Sequence[tuple[str, str]], checked: Sequence[str]
) -> QListView:
    model = QStandardItemModel(parent)
    for item_id, label in items:
        item = QStandardItem(label)
        item.setData(item_id, ID_ROLE)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
        model.appendRow(item)
    view = QListView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setMinimumHeight(TOUCH_TARGET * 4)
    # The item delegate toggles a check box with Space, so the list works from the keyboard.
    return view


def checked_ids(view: QListView) -> tuple[str, ...]:
    """The ids of the checked items of a checklist, in list order."""
    model = view.model()
    assert isinstance(model, QStandardItemModel)
    return tuple(
        str(model.item(r).data(ID_ROLE))
        for r in range(model.rowCount())
        if model.item(r).checkState() == Qt.CheckState.Checked
    )


class LogEntryEditor(QDialog):
    """Edits one entry; :meth:`result_edit` gives what the teacher chose."""

    def __init__(
        self,
        row: LogRow,
        task_label: str,
        pupils: Sequence[tuple[str, str]],
        strengths: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("log_entry_editor")
        self.setWindowTitle(_("Edit log entry"))
        self.setAccessibleName(_("Edit log entry"))
        task = QLabel(task_label, self)
        task.setWordWrap(True)
        task.setProperty("heading", True)
        self.date_edit = QDateEdit(QDate.fromString(row.entry_date, Qt.DateFormat.ISODate), self)
        self.date_edit.setObjectName("editor_date")
        self.date_edit.setAccessibleName(_("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumHeight(48)
        self.pupil_list = _checklist(self, "editor_pupils", pupils, row.pupil_ids)
        self.pupil_list.setAccessibleName(_("Pupils"))
        self.strength_list = _checklist(self, "editor_strengths", strengths, row.strength_ids)
        self.strength_list.setAccessibleName(_("Strengths used"))
        self.me_edit = QPlainTextEdit(row.reflection_me, self)
        self.me_edit.setObjectName("editor_reflection_me")
        self.me_edit.setAccessibleName(_("What did it do to me?"))
        self.me_edit.setTabChangesFocus(True)
        self.others_edit = QPlainTextEdit(row.reflection_others, self)
        self.others_edit.setObjectName("editor_reflection_others")
        self.others_edit.setAccessibleName(_("What did it do to the others?"))
        self.others_edit.setTabChangesFocus(True)
        for edit in (self.me_edit, self.others_edit):
            edit.setMaximumHeight(TOUCH_TARGET * 2)

        form = QFormLayout()
        form.addRow(_("Date"), self.date_edit)
        lists = QHBoxLayout()
        for title, view in (
            (_("Pupils"), self.pupil_list),
            (_("Strengths used"), self.strength_list),
        ):
            column = QVBoxLayout()
            label = QLabel(title, self)
            label.setBuddy(view)
            column.addWidget(label)
            column.addWidget(view, 1)
            lists.addLayout(column, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("editor_buttons")
        for button in buttons.buttons():
            button.setMinimumHeight(48)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(task)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(QLabel(_("What did it do to me?"), self))
        layout.addWidget(self.me_edit)
        layout.addWidget(QLabel(_("What did it do to the others?"), self))
        layout.addWidget(self.others_edit)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def result_edit(self) -> EntryEdit:
        """The entry as the teacher left it in the dialog."""
        qdate = self.date_edit.date()
        return EntryEdit(
            entry_date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            pupil_ids=checked_ids(self.pupil_list),
            strength_ids=checked_ids(self.strength_list),
            reflection_me=self.me_edit.toPlainText(),
            reflection_others=self.others_edit.toPlainText(),
        )
