"""The Logg page's filter bar: period, pupil, wheel, task, strength and a search box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.log_filters import LogFilter, Period, school_year_range
from smartklasse.domain.strengths import Strength
from smartklasse.domain.wheels import Wheel
from smartklasse.i18n import N_, _, current_language
from smartklasse.storage.classes import Pupil
from smartklasse.ui import widgets

PERIOD_LABELS = (
    (Period.WEEK, N_("This week")),
    (Period.MONTH, N_("This month")),
    (Period.SCHOOL_YEAR, N_("This school year")),
    (Period.CUSTOM, N_("Custom dates")),
    (Period.ALL, N_("All time")),
)
#: Wait this long after the last key press before searching, so typing stays smooth.
SEARCH_DELAY_MS = 250


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class LogFilterBar(QWidget):
    """Emits :attr:`changed` whenever the teacher changes a filter."""

    changed = Signal()
    profile_requested = Signal(str)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("log_filter_bar")
        self._wheels: list[Wheel] = []
        self.period_combo = self._combo("filter_period", _("Period"))
        for period, label in PERIOD_LABELS:
            self.period_combo.addItem(_(label), period)
        self.period_combo.setCurrentIndex(self.period_combo.findData(Period.SCHOOL_YEAR))
        start, _end = school_year_range(today)
        self.from_date = self._date_edit("filter_from", _("From date"), start)
        self.to_date = self._date_edit("filter_to", _("To date"), today)
        self.pupil_combo = self._combo("filter_pupil", _("Pupil"))
        self.wheel_combo = self._combo("filter_wheel", _("Wheel"))
        self.task_combo = self._combo("filter_task", _("Task"))
        self.task_combo.setMinimumContentsLength(18)
        self.strength_combo = self._combo("filter_strength", _("Strength"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("filter_search")
        self.search_edit.setAccessibleName(_("Search the log"))
        self.search_edit.setPlaceholderText(_("Search tasks, names and reflections…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(48)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.profile_button = widgets.button(
            _("Open pupil profile"), self, "filter_open_profile", slot=self._ask_profile
        )
        self.profile_button.setAccessibleName(_("Open the chosen pupil's strength profile"))
        self.clear_button = widgets.button(
            _("Clear filters"), self, "filter_clear", slot=self.clear
        )

        # Each field has its label above it, so the two rows fit a 1366 px wide screen.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addLayout(self._field(_("Period"), self.period_combo), 2)
        top.addLayout(self._field(_("From"), self.from_date), 1)
        top.addLayout(self._field(_("To"), self.to_date), 1)
        top.addLayout(self._field(_("Search"), self.search_edit), 3)
        top.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom = QHBoxLayout()
        bottom.addLayout(self._field(_("Pupil"), self.pupil_combo), 2)
        bottom.addLayout(self._field(_("Wheel"), self.wheel_combo), 1)
        bottom.addLayout(self._field(_("Task"), self.task_combo), 3)
        bottom.addLayout(self._field(_("Strength"), self.strength_combo), 2)
        bottom.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.wheel_combo.currentIndexChanged.connect(self._wheel_changed)
        for combo in (self.pupil_combo, self.task_combo, self.strength_combo):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.pupil_combo.currentIndexChanged.connect(lambda _i: self._update_profile_button())
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _d: self._emit())
        self._period_changed()
        self._update_profile_button()

    # -- building -----------------------------------------------------------------------------
    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumHeight(48)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _date_edit(self, name: str, accessible: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(value), self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(48)
        # Qt's own locale may be "C" here; show dates the way the UI language writes them.
        edit.setDisplayFormat("dd/MM/yyyy" if current_language() == "en" else "dd.MM.yyyy")
        return edit

    def _field(self, text: str, widget: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        label = QLabel(text, self)
        label.setBuddy(widget)
        column.addWidget(label)
        column.addWidget(widget)
        return column

    # -- choices ------------------------------------------------------------------------------
    def set_choices(
        self, pupils: Sequence[Pupil], wheels: Sequence[Wheel], strengths: Sequence[Strength]
    ) -> None:
        """Fill the pickers for the active class, keeping what was chosen where possible."""
        lang = current_language()
        self._wheels = list(wheels)
        self.blockSignals(True)
        _refill(self.pupil_combo, _("All pupils"), [(p.id, p.name) for p in pupils])
        _refill(self.wheel_combo, _("All wheels"), [(w.id, w.name(lang)) for w in wheels])
        _refill(self.strength_combo, _("All strengths"), [(s.id, s.name(lang)) for s in strengths])
        self._fill_tasks()
        self.blockSignals(False)
        self._update_profile_button()

    def _fill_tasks(self) -> None:
        lang = current_language()
        wheel_id = self.wheel_combo.currentData()
        tasks = [
            (t.id, t.text(lang) if wheel_id else f"{w.name(lang)}: {t.text(lang)}")
            for w in self._wheels
            if not wheel_id or w.id == wheel_id
            for t in w.tasks
        ]
        _refill(self.task_combo, _("All tasks"), tasks)

    # -- reading ------------------------------------------------------------------------------
    def current(self, class_id: str) -> LogFilter:
        """The filter the bar shows, for a class."""
        return LogFilter(
            class_id=class_id,
            period=Period(self.period_combo.currentData()),
            start=_pydate(self.from_date.date()),
            end=_pydate(self.to_date.date()),
            pupil_id=self.pupil_combo.currentData() or None,
            wheel_id=self.wheel_combo.currentData() or None,
            task_id=self.task_combo.currentData() or None,
            strength_id=self.strength_combo.currentData() or None,
            search=self.search_edit.text(),
        )

    def clear(self) -> None:
        """Back to the whole class this school year, nothing searched."""
        self.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(Period.SCHOOL_YEAR))
        for combo in (self.pupil_combo, self.wheel_combo, self.task_combo, self.strength_combo):
            combo.setCurrentIndex(0)
        self.search_edit.clear()
        self._search_timer.stop()
        self.blockSignals(False)
        self._period_changed()
        self._update_profile_button()

    # -- reacting -----------------------------------------------------------------------------
    def _emit(self) -> None:
        if not self.signalsBlocked():
            self.changed.emit()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.changed.emit()

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == Period.CUSTOM
        self.from_date.setEnabled(custom)
        self.to_date.setEnabled(custom)
        self._emit()

    def _wheel_changed(self) -> None:
        self.task_combo.blockSignals(True)
        self._fill_tasks()
        self.task_combo.blockSignals(False)
        self._emit()

    def _update_profile_button(self) -> None:
        self.profile_button.setEnabled(bool(self.pupil_combo.currentData()))
        self.profile_button.setToolTip(
            "" if self.pupil_combo.currentData() else _("Choose a pupil first.")
        )

    def _ask_profile(self) -> None:
        pupil_id = self.pupil_combo.currentData()
        if pupil_id:
            self.profile_requested.emit(str(pupil_id))


def _refill(combo: QComboBox, everything: str, items: Sequence[tuple[str, str]]) -> None:
    """Replace a picker's items, keeping the current choice if it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, "")
    for item_id, label in items:
        combo.addItem(label, item_id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
    combo.blockSignals(False)
