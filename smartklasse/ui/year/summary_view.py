"""The practice summary: pick a period, up to five reflections and write notes; PDF or text.

The PDF goes through the Print dialog (the document registry); the plain text is copied to the
clipboard for a blog or a practice log. Names are left out unless the teacher ticks the box.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain import clock
from smartklasse.domain.practice_summary import plain_text
from smartklasse.i18n import _, current_language, format_date
from smartklasse.storage import practice_summary as summary
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.widgets import DESK_HEIGHT

#: The period shown first, as in the Print dialog: the last 90 days.
DEFAULT_DAYS = 90


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class SummaryView(QWidget):
    """Chooses what goes into the class's practice summary."""

    #: The teacher asked for the PDF (the page opens the Print dialog at the summary).
    print_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("summary_view")
        today = clock.today()
        self.start_edit = self._date_edit("summary_start", today - dt.timedelta(days=DEFAULT_DAYS))
        self.end_edit = self._date_edit("summary_end", today)
        period = QHBoxLayout()
        period.addWidget(QLabel(_("From:"), self))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(_("To:"), self))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        self.reflections = QListWidget(self)
        self.reflections.setObjectName("summary_reflections")
        self.reflections.setAccessibleName(_("Reflections to include (up to five)"))
        self.reflections.itemChanged.connect(self._on_item_changed)
        self.show_names = QCheckBox(_("Show the pupils' names with the reflections"), self)
        self.show_names.setObjectName("summary_show_names")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("summary_notes")
        self.notes.setAccessibleName(_("Your notes"))
        self.notes.setPlaceholderText(
            _("What went well, what you noticed, what you will try next…")
        )
        self.message = QLabel(self)
        self.message.setObjectName("summary_message")
        buttons = QHBoxLayout()
        for text, name, slot in (
            (_("Save notes"), "summary_save", self.save),
            (_("Make PDF…"), "summary_pdf", self._print),
            (_("Copy as text"), "summary_copy", self.copy_text),
        ):
            buttons.addWidget(widgets.button(text, self, name, slot=slot, height=DESK_HEIGHT))
        buttons.addWidget(self.message, 1)
        left = QVBoxLayout()
        left.addWidget(QLabel(_("Reflections to include (up to five):"), self))
        left.addWidget(self.reflections, 1)
        left.addWidget(self.show_names)
        right = QVBoxLayout()
        right.addWidget(QLabel(_("Your notes:"), self))
        right.addWidget(self.notes, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(period)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.start_edit.dateChanged.connect(lambda _d: self.reload())
        self.end_edit.dateChanged.connect(lambda _d: self.reload())
        context.class_changed.connect(lambda _id: self.reload())
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _date_edit(self, name: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(value), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(DESK_HEIGHT)
        return edit

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen period, in order."""
        start, end = _date(self.start_edit), _date(self.end_edit)
        return min(start, end), max(start, end)

    def _on_data_changed(self, topic: Topic) -> None:
        if topic in (Topic.LOG, Topic.CLASSES, Topic.PUPILS):
            self.reload()

    def reload(self) -> None:
        """Show the class's reflections of the period and its notes."""
        class_id = self.context.active_class_id
        notes = (
            summary.get_notes(self.context.db, class_id) if class_id else summary.PracticeNotes()
        )
        self.notes.setPlainText(notes.text)
        self.show_names.setChecked(notes.show_names)
        self.reflections.blockSignals(True)
        self.reflections.clear()
        if class_id:
            start, end = self.period()
            lang = current_language()
            for choice in summary.reflection_choices(self.context.db, class_id, start, end, lang):
                item = QListWidgetItem(
                    f"{format_date(choice.date, 'short')} · {choice.task}\n«{choice.text}»",
                    self.reflections,
                )
                item.setData(Qt.ItemDataRole.UserRole, choice.entry_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                picked = choice.entry_id in notes.reflection_ids
                item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
        self.reflections.blockSignals(False)

    def chosen_ids(self) -> list[str]:
        """The reflections ticked, in the list's order."""
        return [
            str(self.reflections.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.reflections.count())
            if self.reflections.item(i).checkState() is Qt.CheckState.Checked
        ]

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if item.checkState() is Qt.CheckState.Checked and (
            len(self.chosen_ids()) > summary.MAX_REFLECTIONS
        ):
            self.reflections.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reflections.blockSignals(False)
            self.message.setText(_("At most {n} reflections.").format(n=summary.MAX_REFLECTIONS))

    def save(self) -> bool:
        """Store the notes, the reflections picked and the names choice (undoable)."""
        class_id = self.context.active_class_id
        if not class_id:
            return False
        db = self.context.db
        notes = summary.PracticeNotes(
            self.notes.toPlainText(), tuple(self.chosen_ids()), self.show_names.isChecked()
        )
        self.context.perform(
            _("Save notes"),
            lambda: summary.save_notes(db, class_id, notes),
            lambda before: summary.save_notes(db, class_id, before),
            Topic.LOG,
        )
        self.message.setText(_("Saved."))
        return True

    def text(self) -> str:
        """The summary of the period as plain text (after saving the notes)."""
        class_id = self.context.active_class_id
        if not class_id:
            return ""
        start, end = self.period()
        lang = current_language()
        return plain_text(summary.summary_data(self.context.db, class_id, start, end, lang), lang)

    def copy_text(self) -> None:
        """Save, then copy the summary as plain text to the clipboard."""
        if not self.save():
            return
        QGuiApplication.clipboard().setText(self.text())
        self.message.setText(_("The summary is copied as text."))

    def _print(self) -> None:
        if self.save():
            self.print_requested.emit()
