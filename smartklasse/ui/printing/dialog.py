"""The "Print…" dialog: choose a document and its options, then preview it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartklasse.documents.kind import ChoiceField, DateField, DocumentKind, Field, Job, load_source
from smartklasse.documents.registry import DOCUMENTS
from smartklasse.domain import clock
from smartklasse.domain.document_ids import DocumentId
from smartklasse.i18n import LANGUAGE_NAMES, LANGUAGES, _, current_language, pgettext
from smartklasse.ui.context import AppContext
from smartklasse.ui.printing.preview import PrintPreviewDialog
from smartklasse.ui.qt_translations import qt_locale
from smartklasse.ui.style import TOUCH_TARGET
from smartklasse.ui.worker import run_in_background


class _Relay(QObject):
    """Carries progress from the worker thread to the UI thread (queued signal)."""

    progressed = Signal(int, int)


def _today() -> dt.date:
    return clock.today()


def _py_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class PrintDialog(QDialog):
    """Lists the documents with their options; Preview makes the PDF off the UI thread."""

    #: A document was made and its preview opened (tests and the window may listen).
    preview_opened = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("print_dialog")
        self.setWindowTitle(_("Print"))
        self.preview: PrintPreviewDialog | None = None
        self._source = load_source(context.db, context.active_class_id)
        #: Each document's option widgets by field name.
        self._fields: dict[DocumentId, dict[str, QComboBox | QDateEdit]] = {}

        self.kind = self._combo("document_combo", _("Document"))
        self.options = QStackedWidget(self)
        for kind in DOCUMENTS:
            self.kind.addItem(_(kind.title), kind.id)
            self.options.addWidget(self._options_page(kind))
        self.kind.currentIndexChanged.connect(self.options.setCurrentIndex)
        self._choose_task(context.view_state.task_id)
        self.language = self._combo("print_language_combo", _("Language of the document"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))

        form = QFormLayout()
        form.addRow(_("Document:"), self.kind)
        form.addRow(pgettext("printing", "Language:"), self.language)
        self.preview_button = QPushButton(_("&Preview…"), self)
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setAccessibleName(_("Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.make_preview)
        close = QPushButton(pgettext("printing", "Close"), self)
        close.setObjectName("close_button")
        close.setAccessibleName(pgettext("printing", "Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, close):
            button.setMinimumHeight(TOUCH_TARGET)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.options, 1)
        layout.addLayout(buttons)

    def _choose_task(self, task_id: str) -> None:
        """Start at the task spun or tapped last (a reflection sheet is usually about it)."""
        combo = self._fields[DocumentId.REFLECTION].get("task")
        if task_id and isinstance(combo, QComboBox):
            found = combo.findData(task_id)
            if found >= 0:
                combo.setCurrentIndex(found)

    # -- option pages -------------------------------------------------------------------------
    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumHeight(48)
        return combo

    def _date(self, name: str, accessible: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day), self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        # The user's language's short date ("29.11.2026"), not Qt's default pattern.
        locale = qt_locale(current_language())
        edit.setLocale(locale)
        edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        edit.setMinimumHeight(48)
        return edit

    def _field(self, field: Field) -> QComboBox | QDateEdit:
        if isinstance(field, DateField):
            return self._date(field.object_name, _(field.accessible), field.default(_today()))
        combo = self._combo(field.object_name, _(field.accessible))
        for choice in field.choices(self._source, current_language()):
            combo.addItem(choice.label, choice.value)
        return combo

    def _options_page(self, kind: DocumentKind[Any, Any]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        widgets: dict[str, QComboBox | QDateEdit] = {}
        for field in kind.fields:
            widgets[field.name] = self._field(field)
            form.addRow(_(field.label), widgets[field.name])
        self._fields[kind.id] = widgets
        return page

    # -- making the document ------------------------------------------------------------------
    def current(self) -> DocumentKind[Any, Any]:
        """The document chosen."""
        return DOCUMENTS[max(self.kind.currentIndex(), 0)]

    def select(self, document_id: DocumentId, pupil_id: str = "") -> None:
        """Show a document's options, with ``pupil_id`` chosen where it takes a pupil."""
        self.kind.setCurrentIndex(self.kind.findData(document_id))
        for field in self.current().fields:
            widget = self._fields[document_id][field.name]
            if pupil_id and isinstance(field, ChoiceField) and field.takes_pupil:
                assert isinstance(widget, QComboBox)
                found = widget.findData(pupil_id)
                if found >= 0:
                    widget.setCurrentIndex(found)

    def job(self) -> Job | None:
        """Load what the chosen document shows (fast, here) and return how to draw it."""
        kind = self.current()
        values = {
            name: _py_date(widget) if isinstance(widget, QDateEdit) else widget.currentData()
            for name, widget in self._fields[kind.id].items()
        }
        return kind.job(self._source, values, str(self.language.currentData()), _today())

    def _on_progress(self, done: int, total: int) -> None:
        self._progress.setMaximum(total)
        self._progress.setValue(done)

    def make_preview(self) -> None:
        """Draw the chosen document off the UI thread with progress, then preview it."""
        job = self.job()
        if job is None:
            QMessageBox.information(self, _("Print"), _("There is nothing to print here yet."))
            return
        title, draw = job.title, job.draw
        progress = QProgressDialog(_("Preparing “{title}”…").format(title=title), "", 0, 0, self)
        progress.setObjectName("print_progress")
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        self._progress = progress
        relay = _Relay(self)
        # A bound method of a QObject living on the UI thread: the signal is queued to it.
        relay.progressed.connect(self._on_progress)
        self.preview_button.setEnabled(False)

        def finished(pdf: object) -> None:
            progress.close()
            self.preview_button.setEnabled(True)
            assert isinstance(pdf, bytes)
            self.preview = PrintPreviewDialog(pdf, title, self, job.page, job.file_stem)
            self.preview.open()
            self.preview_opened.emit(self.preview)

        def failed(error: BaseException) -> None:
            progress.close()
            self.preview_button.setEnabled(True)
            QMessageBox.warning(
                self, _("Print"), _("The document could not be made: {error}").format(error=error)
            )

        run_in_background(lambda: draw(relay.progressed.emit), finished, failed)


def open_print_dialog(
    context: AppContext, parent: QWidget | None, kind: DocumentId | None, pupil_id: str = ""
) -> PrintDialog:
    """Open the Print dialog at a document (and pupil, for a profile)."""
    dialog = PrintDialog(context, parent)
    if kind is not None:
        dialog.select(kind, pupil_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
