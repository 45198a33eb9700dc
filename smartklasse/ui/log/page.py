"""The Logg page: the class's log with filters, charts, a pupil's profile, edits and exports.

The table loads a page of entries at a time on the UI thread (an indexed
LIMIT query); counts, chart data and profiles are computed off the UI thread
on their own database connection, and stale answers are dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.document_ids import DocumentId
from smartklasse.domain.log_filters import LogFilter
from smartklasse.i18n import _, current_language, format_date_range, ngettext
from smartklasse.storage import catalogue, classes, log, recognition
from smartklasse.storage import log_export as export
from smartklasse.storage import log_queries as queries
from smartklasse.storage.own_connection import database_path, with_own_connection
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.log.charts import BarChart, chart_titles, month_bars, strength_bars, task_bars
from smartklasse.ui.log.entry_editor import LogEntryEditor
from smartklasse.ui.log.filter_bar import LogFilterBar
from smartklasse.ui.log.model import Labels, LogTableModel
from smartklasse.ui.log.profile_view import PupilProfileView
from smartklasse.ui.page import Page
from smartklasse.ui.style import TOUCH_TARGET
from smartklasse.ui.worker import run_in_background

#: Topics of :attr:`AppContext.data_changed` that change what the page shows.
TOPICS = frozenset(
    {Topic.LOG, Topic.PUPILS, Topic.CLASSES, Topic.STRENGTHS, Topic.WHEELS, Topic.SETTINGS}
)


def period_text(f: LogFilter, today: dt.date) -> str:
    """The filter's period in words, e.g. "1. aug. 2026–31. juli 2027"."""
    span = f.date_range(today)
    if span is None:
        return _("all time")
    return format_date_range(max(span[0], dt.date(1900, 1, 1)), min(span[1], today))


class LogPage(Page):
    """The class's log; a pupil's profile only when the teacher opens it."""

    print_kind = DocumentId.PROFILE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.today: Callable[[], dt.date] = clock.today
        #: Asks where to save (title, suggested name, file filter) -> path or "".
        self.ask_save_path: Callable[[str, str, str], str] = self._save_dialog
        self._generation = 0
        self.stats_pending = False
        self.profile_pending = False
        self.export_pending = False
        self.labels = Labels()
        #: Data changed while another page was shown: read everything again when shown.
        self._reload_when_shown = False
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("log_stack")
        self.class_view = self._build_class_view()
        self.profile_view = PupilProfileView(self)
        self.profile_view.back_requested.connect(self.show_class_view)
        self.profile_view.export_requested.connect(self.export_pupil)
        self.profile_view.print_requested.connect(self.print_profile)
        self.profile_view.set_print_available(True)
        self.stack.addWidget(self.class_view)
        self.stack.addWidget(self.profile_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        context.data_changed.connect(self._on_data_changed)
        context.class_changed.connect(lambda _id: self.reload())
        self.reload()

    # -- building -----------------------------------------------------------------------------
    def _build_class_view(self) -> QWidget:
        # The filter bar over the two views of the class: entries and charts.
        view = QWidget(self)
        self.filter_bar = LogFilterBar(self.today(), view)
        self.filter_bar.changed.connect(self.refresh)
        self.filter_bar.profile_requested.connect(self.open_profile)
        self.tabs = QStackedWidget(view)
        self.tabs.setObjectName("log_views")
        self.tabs.addWidget(self._build_entries_tab())
        self.tabs.addWidget(self._build_charts_tab())
        class_layout = QVBoxLayout(view)
        class_layout.addWidget(self.filter_bar)
        class_layout.addLayout(self._build_view_switch(view))
        class_layout.addWidget(self.tabs, 1)
        return view

    def _build_view_switch(self, parent: QWidget) -> QHBoxLayout:
        # Two big toggle buttons rather than small tabs: easy to hit on a touch board.
        switch = QHBoxLayout()
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        for index, (name, text) in enumerate(
            (("log_show_entries", _("Entries")), ("log_show_charts", _("Charts")))
        ):
            button = widgets.button(text, parent, name)
            button.setCheckable(True)
            button.setMinimumWidth(TOUCH_TARGET * 3)
            button.setProperty("look", "view")
            self.view_buttons.addButton(button, index)
            switch.addWidget(button)
        switch.addStretch(1)
        self.view_buttons.idClicked.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(
            lambda index: self.view_buttons.button(index).setChecked(True)
        )
        self.view_buttons.button(0).setChecked(True)
        return switch

    def _build_entries_tab(self) -> QWidget:
        tab = QWidget(self)
        self.count_label = QLabel(tab)
        self.count_label.setObjectName("log_count")
        self.model = LogTableModel(self)
        self.table = QTableView(tab)
        self.table.setObjectName("log_table")
        self.table.setAccessibleName(_("Log entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(max(44, self.fontMetrics().height() * 2))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((0, 10), (2, 16), (3, 18), (4, 7)):
            header.resizeSection(column, em * width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.edit_button = widgets.button(_("Edit…"), tab, "log_edit", slot=self.edit_selected)
        self.delete_button = widgets.button(
            _("Delete"), tab, "log_delete", slot=self.delete_selected
        )
        self.delete_button.setProperty("danger", True)
        self.csv_button = widgets.button(
            _("Export CSV…"), tab, "log_export_csv", slot=self.export_csv
        )
        self.json_button = widgets.button(
            _("Export JSON…"), tab, "log_export_json", slot=self.export_json
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.edit_button, self.delete_button, self.csv_button, self.json_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        return tab

    def _build_charts_tab(self) -> QWidget:
        tab = QWidget(self)
        titles = chart_titles()
        self.strength_chart = BarChart(titles["strengths"], horizontal=True, parent=tab)
        self.strength_chart.setObjectName("chart_strengths")
        self.trend_chart = BarChart(titles["trend"], horizontal=False, parent=tab)
        self.trend_chart.setObjectName("chart_trend")
        self.task_chart = BarChart(titles["tasks"], horizontal=True, parent=tab)
        self.task_chart.setObjectName("chart_tasks")
        self.chart_note = QLabel(tab)
        self.chart_note.setObjectName("chart_note")
        self.chart_note.setWordWrap(True)
        grid = QGridLayout(tab)
        grid.addWidget(self.chart_note, 0, 0, 1, 2)
        grid.addWidget(self.strength_chart, 1, 0, 2, 1)
        grid.addWidget(self.trend_chart, 1, 1)
        grid.addWidget(self.task_chart, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        return tab

    # -- loading ------------------------------------------------------------------------------
    def current_filter(self) -> LogFilter:
        """What the filter bar asks for, in the active class."""
        return self.filter_bar.current(self.context.active_class_id)

    def reload(self) -> None:
        """Re-read the catalogues and the class's pupils, then refresh."""
        db = self.context.db
        lang = current_language()
        self.strengths = catalogue.list_strengths(db, include_hidden=True)
        wheels = catalogue.list_wheels(db, include_archived=True)
        self.labels = Labels(
            strengths={s.id: s.name(lang) for s in self.strengths},
            wheels={w.id: w.name(lang) for w in wheels},
            tasks={t.id: t.text(lang) for w in wheels for t in w.tasks},
        )
        class_id = self.context.active_class_id
        self.pupils = classes.list_pupils(db, class_id, include_archived=True) if class_id else []
        self.filter_bar.set_choices(
            self.pupils,
            catalogue.list_wheels(db),
            [s for s in self.strengths if not s.hidden],
        )
        self.refresh()

    def refresh(self) -> None:
        """Show the entries and charts for the current filter."""
        self._generation += 1
        f = self.current_filter()
        today = self.today()
        db = self.context.db
        if not f.class_id:
            self.model.reset(None, self.labels)
        else:
            self.model.reset(
                lambda after, limit: queries.list_entries(db, f, today, limit, after), self.labels
            )
        self._update_buttons()
        self._start_stats(f, today)
        if self.stack.currentWidget() is self.profile_view and self.profile_view.pupil_id:
            self.open_profile(self.profile_view.pupil_id)

    def _start_stats(self, f: LogFilter, today: dt.date) -> None:
        generation = self._generation
        # The charts are projected: they always show the whole class, never one pupil.
        class_level = replace(f, pupil_id=None)
        path = database_path(self.context.db)

        def job(db: Database) -> dict[str, Any]:
            if not f.class_id:
                return {"count": 0, "strengths": {}, "trend": [], "tasks": []}
            return {
                "count": queries.count_entries(db, f, today),
                "strengths": queries.strength_counts(db, class_level, today),
                "trend": queries.monthly_trend(db, class_level, today),
                "tasks": queries.task_completions(db, class_level, today),
            }

        self.stats_pending = True
        run_in_background(
            lambda: with_own_connection(path, job),
            lambda result: self._show_stats(generation, f, today, result),
            self._background_failed,
        )

    def _show_stats(
        self, generation: int, f: LogFilter, today: dt.date, result: dict[str, Any]
    ) -> None:
        if not self._alive() or generation != self._generation:
            return  # the page was rebuilt meanwhile, or this answers an older filter
        self.stats_pending = False
        count = int(result["count"])
        self.count_label.setText(
            ngettext("{n} entry ({period})", "{n} entries ({period})", count).format(
                n=count, period=period_text(f, today)
            )
        )
        lang = current_language()
        empty = _("Nothing logged in this period yet.")
        self.strength_chart.set_bars(
            strength_bars(result["strengths"], self.strengths, lang), empty
        )
        self.trend_chart.set_bars(month_bars(result["trend"], lang), empty)
        self.task_chart.set_bars(
            task_bars(result["tasks"], self.labels.tasks, self.labels.wheels), empty
        )
        note = _("The charts show the whole class ({period}).").format(period=period_text(f, today))
        if f.pupil_id:
            note += " " + _("To see one pupil, open the pupil profile.")
        self.chart_note.setText(note)

    def _alive(self) -> bool:
        # Pages are rebuilt on a language change; a late answer must not touch deleted widgets.
        return shiboken6.isValid(self) and shiboken6.isValid(self.count_label)

    def _background_failed(self, error: BaseException) -> None:
        if not self._alive():
            return
        self.stats_pending = False
        self.profile_pending = False
        self.export_pending = False
        self.context.show_toast(_("The log could not be read: {error}").format(error=error))

    def _on_data_changed(self, topic: Topic) -> None:
        if topic not in TOPICS:
            return
        if self.is_current():
            self.reload()
        else:
            self._reload_when_shown = True

    def on_shown(self) -> None:
        """Refresh when the teacher comes back to the page (entries may have been added)."""
        if self._reload_when_shown:
            self._reload_when_shown = False
            self.reload()
        else:
            self.refresh()

    # -- the pupil profile --------------------------------------------------------------------
    def open_profile(self, pupil_id: str) -> None:
        """Show one pupil's strength profile for the chosen period (teacher view)."""
        f = replace(self.current_filter(), pupil_id=pupil_id)
        today = self.today()
        path = database_path(self.context.db)
        generation = self._generation
        self.profile_pending = True
        self.stack.setCurrentWidget(self.profile_view)
        self.profile_view.pupil_id = pupil_id
        self.profile_view.back_button.setFocus()
        run_in_background(
            lambda: with_own_connection(
                path, lambda db: queries.pupil_profile(db, pupil_id, f, today)
            ),
            lambda profile: self._show_profile(generation, profile, period_text(f, today)),
            self._background_failed,
        )

    def _show_profile(
        self, generation: int, profile: queries.PupilProfile | None, period: str
    ) -> None:
        if not self._alive() or generation != self._generation:
            return
        self.profile_pending = False
        if profile is None:
            self.show_class_view()
            return
        self.profile_view.set_profile(profile, self.strengths, self.labels, period)
        cards = recognition.cards_for(self.context.db, profile.pupil_id)
        self.profile_view.set_cards(cards, self.strengths)

    def show_class_view(self) -> None:
        """Back from a pupil's profile to the class's log."""
        self.profile_view.pupil_id = ""
        self.stack.setCurrentWidget(self.class_view)
        self.filter_bar.profile_button.setFocus()

    # -- editing ------------------------------------------------------------------------------
    def selected_row(self) -> queries.LogRow | None:
        """The entry selected in the table, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(_("Edit…"), self.edit_selected)
        menu.addAction(_("Delete"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def edit_selected(self) -> None:
        """Open the editor on the selected entry; saving is one undoable action."""
        row = self.selected_row()
        if row is None:
            return
        editor = LogEntryEditor(
            row,
            self.labels.task(row),
            [(p.id, p.name) for p in self.pupils],
            [(s.id, s.name(current_language())) for s in self.strengths if not s.hidden],
            self,
        )
        if editor.exec():
            self.apply_edit(row.id, editor.result_edit())

    def apply_edit(self, entry_id: str, edit: queries.EntryEdit) -> None:
        """Change an entry, undoably (Ctrl+Z or the toast's Undo)."""
        db = self.context.db

        def do() -> log.EntrySnapshot | None:
            return queries.edit_entry(db, entry_id, edit)

        def undo(before: log.EntrySnapshot | None) -> None:
            if before is not None:
                queries.put_back_entry(db, before)

        self.context.perform(_("Edit log entry"), do, undo, Topic.LOG, toast=_("Entry changed."))

    def delete_selected(self) -> None:
        """Delete the selected entry, undoably."""
        row = self.selected_row()
        if row is not None:
            self.delete_entry(row.id)

    def delete_entry(self, entry_id: str) -> None:
        """Delete one entry; the toast offers Undo for a while, Ctrl+Z always."""
        db = self.context.db

        def do() -> log.EntrySnapshot | None:
            return log.delete_entry(db, entry_id)

        def undo(removed: log.EntrySnapshot | None) -> None:
            if removed is not None:
                log.restore_entry(db, removed)

        self.context.perform(_("Delete log entry"), do, undo, Topic.LOG, toast=_("Entry deleted."))

    # -- exports ------------------------------------------------------------------------------
    def _save_dialog(self, title: str, suggested: str, file_filter: str) -> str:
        start = str(Path.home() / suggested)
        return QFileDialog.getSaveFileName(self, title, start, file_filter)[0]

    def _export(
        self,
        title: str,
        suggested: str,
        file_filter: str,
        make: Callable[[Database, Path], object],
    ) -> None:
        path = database_path(self.context.db)
        target = self.ask_save_path(title, suggested, file_filter)
        if not target:
            return
        self.export_pending = True
        self.context.show_toast(_("Exporting…"))
        run_in_background(
            lambda: with_own_connection(path, lambda db: make(db, Path(target))),
            lambda _r: self._exported(target),
            self._background_failed,
        )

    def _exported(self, target: str) -> None:
        if not self._alive():
            return
        self.export_pending = False
        self.context.show_toast(_("Saved {file}.").format(file=Path(target).name))

    def export_csv(self) -> None:
        """Save the filtered log as CSV for Excel."""
        f, today, lang = self.current_filter(), self.today(), current_language()
        self._export(
            _("Export the log as CSV"),
            _("log") + ".csv",
            _("CSV files (*.csv)"),
            lambda db, target: export.write_csv(target, export.log_csv(db, f, today, lang)),
        )

    def export_json(self) -> None:
        """Save the filtered log as JSON."""
        f, today, lang = self.current_filter(), self.today(), current_language()
        self._export(
            _("Export the log as JSON"),
            _("log") + ".json",
            _("JSON files (*.json)"),
            lambda db, target: target.write_text(
                export.log_json(db, f, today, lang), encoding="utf-8"
            ),
        )

    def export_pupil(self, pupil_id: str) -> None:
        """Save everything stored about one pupil as a readable text file."""
        today, lang = self.today(), current_language()
        name = next((p.name for p in self.pupils if p.id == pupil_id), "")
        self._export(
            _("Export this pupil's data"),
            f"{name}.txt",
            _("Text files (*.txt)"),
            lambda db, target: export.write_text(
                target, export.pupil_report(db, pupil_id, today, lang) or ""
            ),
        )

    def print_profile(self, pupil_id: str) -> None:
        """Open the Print dialog at this pupil's strength profile."""
        from smartklasse.ui.printing.dialog import open_print_dialog  # loads reportlab on demand

        open_print_dialog(self.context, self, DocumentId.PROFILE, pupil_id=pupil_id)

    def print_current(self) -> None:
        """Print the open pupil's profile, or choose a pupil in the Print dialog."""
        pupil_id = (
            self.profile_view.pupil_id if self.stack.currentWidget() is self.profile_view else ""
        )
        self.print_profile(pupil_id or "")
