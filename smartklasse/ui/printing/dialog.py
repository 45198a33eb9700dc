"""The "Print…" dialog: choose a document and its options, then preview it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QObject, Qt, Signal
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

from smartklasse.i18n import LANGUAGE_NAMES, LANGUAGES, _, current_language, pgettext, translate_in
from smartklasse.printing import (
    pupil_profile,
    reflection_sheet,
    star_chart,
    strength_sheets,
    wheel_poster,
)
from smartklasse.printing.common import Progress
from smartklasse.storage import catalogue, classes, print_data
from smartklasse.ui.context import AppContext
from smartklasse.ui.printing.preview import PrintPreviewDialog
from smartklasse.ui.style import TOUCH_TARGET
from smartklasse.ui.worker import run_in_background

#: A document to make: its title, and a function drawing it (reporting progress).
Job = tuple[str, Callable[[Progress], bytes]]

BLANK = "__blank__"
CLASS_SET = "__class__"


class _Relay(QObject):
    """Carries progress from the worker thread to the UI thread (queued signal)."""

    progressed = Signal(int, int)


def _today() -> dt.date:
    return dt.date.today()


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
        db = context.db
        class_id = context.active_class_id
        self._pupils = classes.list_pupils(db, class_id) if class_id else []
        self._wheels = catalogue.list_wheels(db)
        self._strengths = catalogue.list_strengths(db)
        self._walls = print_data.list_star_walls(db, class_id) if class_id else []

        self.kind = self._combo("document_combo", _("Document"))
        self.options = QStackedWidget(self)
        kinds = (
            ("reflection", _("Reflection sheets"), self._reflection_page),
            ("star_chart", _("Star chart"), self._star_page),
            ("strengths", _("Strength sheets"), self._strength_page),
            ("wheel", _("Wheel poster"), self._wheel_page),
            ("profile", _("Pupil's strength profile"), self._profile_page),
        )
        for key, label, build in kinds:
            self.kind.addItem(label, key)
            self.options.addWidget(build())
        self.kind.currentIndexChanged.connect(self.options.setCurrentIndex)
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
        edit.setMinimumHeight(48)
        return edit

    def _page(self, rows: list[tuple[str, QWidget]]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        for label, widget in rows:
            form.addRow(label, widget)
        return page

    def _reflection_page(self) -> QWidget:
        self.task_combo = self._combo("task_combo", _("Task"))
        self.task_combo.addItem(_("No task (write it by hand)"), "")
        for wheel in self._wheels:
            for index, task in enumerate(wheel.tasks, start=1):
                lang = current_language()
                self.task_combo.addItem(f"{wheel.name(lang)} {index}: {task.text(lang)}", task.id)
        self.who_combo = self._combo("who_combo", _("Who the sheets are for"))
        self.who_combo.addItem(_("The whole class (one sheet per pupil)"), CLASS_SET)
        self.who_combo.addItem(_("Blank sheet (write the name by hand)"), BLANK)
        for pupil in self._pupils:
            self.who_combo.addItem(pupil.name, pupil.id)
        self.sheet_date = self._date("sheet_date", _("Date on the sheet"), _today())
        return self._page(
            [
                (_("Task:"), self.task_combo),
                (_("For:"), self.who_combo),
                (_("Date:"), self.sheet_date),
            ]
        )

    def _star_page(self) -> QWidget:
        self.wall_combo = self._combo("wall_combo", _("Star wall to print"))
        for wall in self._walls:
            self.wall_combo.addItem(wall.goal, wall.id)
        self.wall_combo.addItem(_("Blank chart (fill it in by hand)"), BLANK)
        return self._page([(_("Star wall:"), self.wall_combo)])

    def _strength_page(self) -> QWidget:
        lang = current_language()
        self.sheet_kind = self._combo("strength_sheet_combo", _("Kind of strength sheet"))
        self.sheet_kind.addItem(_("All strengths on one page"), "all")
        self.sheet_kind.addItem(_("One strength repeated (to cut out)"), "one")
        self.sheet_kind.addItem(_("Blank strength cards"), "blank")
        self.strength_combo = self._combo("strength_combo", _("Strength"))
        for strength in self._strengths:
            self.strength_combo.addItem(strength.name(lang), strength.id)
        return self._page([(_("Sheet:"), self.sheet_kind), (_("Strength:"), self.strength_combo)])

    def _wheel_page(self) -> QWidget:
        self.wheel_combo = self._combo("wheel_combo", _("Wheel"))
        for wheel in self._wheels:
            self.wheel_combo.addItem(wheel.name(current_language()), wheel.id)
        self.paper_combo = self._combo("paper_combo", _("Paper size"))
        self.paper_combo.addItems(["A4", "A3"])
        return self._page([(_("Wheel:"), self.wheel_combo), (_("Paper:"), self.paper_combo)])

    def _profile_page(self) -> QWidget:
        self.pupil_combo = self._combo("profile_pupil_combo", _("Pupil"))
        for pupil in self._pupils:
            self.pupil_combo.addItem(pupil.name, pupil.id)
        today = _today()
        self.profile_from = self._date("profile_from", _("From"), today - dt.timedelta(days=90))
        self.profile_to = self._date("profile_to", _("To"), today)
        return self._page(
            [
                (_("Pupil:"), self.pupil_combo),
                (_("From:"), self.profile_from),
                (_("To:"), self.profile_to),
            ]
        )

    # -- making the document ------------------------------------------------------------------
    def select(self, kind: str) -> None:
        """Show the options of a document kind (``reflection``, ``star_chart``, ...)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def job(self) -> Job | None:
        """Load what the chosen document shows (fast, here) and return how to draw it."""
        db, lang = self.context.db, str(self.language.currentData())
        kind = self.kind.currentData()
        if kind == "reflection":
            who = self.who_combo.currentData()
            pupil_ids = (
                None
                if who == BLANK
                else [p.id for p in self._pupils]
                if who == CLASS_SET
                else [who]
            )
            sheet = print_data.reflection_sheet_data(
                db,
                lang,
                task_id=self.task_combo.currentData() or None,
                pupil_ids=pupil_ids,
                date=_py_date(self.sheet_date),
                class_id=self.context.active_class_id,
            )
            title = translate_in(lang, reflection_sheet.TITLE)
            return title, lambda p: reflection_sheet.reflection_sheets(sheet, lang, p)
        if kind == "star_chart":
            wall = self.wall_combo.currentData()
            chart = None if wall == BLANK else print_data.star_chart_data(db, wall)
            return translate_in(lang, star_chart.TITLE), lambda _p: star_chart.star_chart(
                chart, lang
            )
        if kind == "strengths":
            sheet_kind = self.sheet_kind.currentData()
            strengths = self._strengths
            if sheet_kind == "one" and strengths:
                chosen = strengths[max(self.strength_combo.currentIndex(), 0)]
                return chosen.name(lang), lambda _p: strength_sheets.repeated_strength_sheet(
                    chosen, lang
                )
            if sheet_kind == "blank":
                return translate_in(
                    lang, "Blank strength cards"
                ), lambda _p: strength_sheets.blank_cards_sheet(lang)
            return translate_in(
                lang, strength_sheets.ALL_TITLE
            ), lambda _p: strength_sheets.all_strengths_sheet(strengths, lang)
        if kind == "wheel" and self._wheels:
            wheel = self._wheels[max(self.wheel_combo.currentIndex(), 0)]
            paper = self.paper_combo.currentText()
            title = translate_in(lang, wheel_poster.TITLE).format(wheel=wheel.name(lang))
            return title, lambda _p: wheel_poster.wheel_poster(wheel, lang, paper)
        if kind == "profile" and self.pupil_combo.count():
            start = _py_date(self.profile_from)
            end = _py_date(self.profile_to)
            profile = print_data.pupil_profile_data(
                db, self.pupil_combo.currentData(), min(start, end), max(start, end), lang
            )
            title = f"{translate_in(lang, pupil_profile.TITLE)}: {profile.pupil_name}"
            return title, lambda _p: pupil_profile.pupil_profile(profile, lang)
        return None

    def _on_progress(self, done: int, total: int) -> None:
        self._progress.setMaximum(total)
        self._progress.setValue(done)

    def make_preview(self) -> None:
        """Draw the chosen document off the UI thread with progress, then preview it."""
        job = self.job()
        if job is None:
            QMessageBox.information(self, _("Print"), _("There is nothing to print here yet."))
            return
        title, draw = job
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
            self.preview = PrintPreviewDialog(pdf, title, self)
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
    context: AppContext, parent: QWidget | None, kind: str, pupil_id: str = ""
) -> PrintDialog:
    """Open the Print dialog at a document kind (and pupil, for a profile)."""
    dialog = PrintDialog(context, parent)
    if kind:
        dialog.select(kind)
    if pupil_id:
        index = dialog.pupil_combo.findData(pupil_id)
        if index >= 0:
            dialog.pupil_combo.setCurrentIndex(index)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
