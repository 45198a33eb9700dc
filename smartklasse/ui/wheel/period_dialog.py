"""The teacher sets the class's period and marks the tasks the class chose for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain import clock
from smartklasse.domain.periods import PeriodError, make_period
from smartklasse.domain.wheels import Wheel
from smartklasse.i18n import _, current_language
from smartklasse.storage.periods import current_period, delete_period, save_period
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.style import TOUCH_TARGET


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PeriodDialog(QDialog):
    """Start and end of the period, and a tick per task of the shown wheel."""

    def __init__(
        self,
        start: dt.date,
        end: dt.date,
        wheel: Wheel,
        chosen: Collection[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("period_dialog")
        self.setWindowTitle(_("The period"))
        self.start_edit = self._date_edit("period_start", _("First day"), start)
        self.end_edit = self._date_edit("period_end", _("Last day"), end)
        form = QFormLayout()
        form.addRow(_("First day:"), self.start_edit)
        form.addRow(_("Last day:"), self.end_edit)
        lang = current_language()
        heading = QLabel(_("Tasks the class chose for this period:"), self)
        heading.setProperty("heading", True)
        self.task_boxes: dict[str, QCheckBox] = {}
        for task in wheel.tasks:
            box = QCheckBox(task.text(lang), self)
            box.setObjectName(f"period_task_{task.id}")
            box.setAccessibleName(task.text(lang))
            box.setChecked(task.id in chosen)
            box.setMinimumHeight(40)
            self.task_boxes[task.id] = box
        self.error_label = QLabel(self)
        self.error_label.setObjectName("period_error")
        self.error_label.setProperty("look", "error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("period_save")
        self.save_button.setMinimumHeight(TOUCH_TARGET)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(heading)
        for box in self.task_boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _date_edit(self, name: str, label: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(TOUCH_TARGET - 8)
        return edit

    def dates(self) -> tuple[dt.date, dt.date]:
        """The chosen first and last day."""
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())

    def chosen_task_ids(self) -> list[str]:
        """The ticked tasks."""
        return [task_id for task_id, box in self.task_boxes.items() if box.isChecked()]

    def _check(self) -> None:
        try:
            make_period(*self.dates())
        except PeriodError:
            self.error_label.setText(
                _("The last day must be on or after the first day, at most 120 days later.")
            )
            return
        self.accept()


def edit_period(parent: QWidget, context: AppContext, wheel: Wheel) -> PeriodDialog:
    """Open the period dialog for the active class; saving is one undoable action."""
    db, class_id = context.db, context.active_class_id
    today = clock.today()
    current = current_period(db, class_id, today)
    # Chosen tasks of other wheels stay chosen when this wheel's ticks are saved.
    others = [t for t in current.chosen_task_ids if t not in {task.id for task in wheel.tasks}]
    dialog = PeriodDialog(
        current.period.start, current.period.end, wheel, current.chosen_task_ids, parent
    )

    def save() -> None:
        start, end = dialog.dates()
        chosen = others + dialog.chosen_task_ids()
        before = current

        def do() -> str:
            return save_period(db, class_id, start, end, chosen, before.id)

        def undo(saved_id: str) -> None:
            if before.id is None:
                delete_period(db, saved_id)
            else:
                save_period(
                    db,
                    class_id,
                    before.period.start,
                    before.period.end,
                    before.chosen_task_ids,
                    before.id,
                )

        context.perform(_("Change the period"), do, undo, Topic.PERIODS, toast=_("Period saved."))

    dialog.accepted.connect(save)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
