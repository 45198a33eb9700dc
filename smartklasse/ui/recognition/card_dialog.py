"""The dialog in which the teacher gives a pupil a strength card: strength, reason, date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from smartklasse.domain import clock
from smartklasse.domain.recognition import MAX_REASON_LENGTH
from smartklasse.i18n import _, current_language
from smartklasse.storage import catalogue, classes, recognition
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.style import TOUCH_TARGET


class GiveCardDialog(QDialog):
    """Pupil, strength, reason and date; OK gives the card (undoable, one transaction)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("give_card_dialog")
        self.setWindowTitle(_("Give a strength card"))
        self.pupil_combo = QComboBox(self)
        self.pupil_combo.setObjectName("card_pupil_combo")
        for pupil in classes.list_pupils(context.db, context.active_class_id):
            self.pupil_combo.addItem(pupil.name, pupil.id)
        self.strength_combo = QComboBox(self)
        self.strength_combo.setObjectName("card_strength_combo")
        for strength in catalogue.list_strengths(context.db):
            self.strength_combo.addItem(strength.name(current_language()), strength.id)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("card_reason")
        self.reason_edit.setPlaceholderText(_("Why: what you saw the pupil do"))
        self.reason_edit.setMinimumHeight(TOUCH_TARGET * 2)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("card_date")
        self.date_edit.setCalendarPopup(True)
        today = clock.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout(self)
        form.addRow(_("Pupil:"), self.pupil_combo)
        form.addRow(_("Strength:"), self.strength_combo)
        form.addRow(_("Reason:"), self.reason_edit)
        form.addRow(_("Date:"), self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def given_on(self) -> dt.date:
        """The date chosen."""
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def accept(self) -> None:
        """Give the card, unless no pupil or strength is chosen."""
        pupil_id = self.pupil_combo.currentData()
        strength_id = self.strength_combo.currentData()
        if not pupil_id or not strength_id:
            return
        db = self.context.db
        reason = self.reason_edit.toPlainText()[:MAX_REASON_LENGTH]
        given_on = self.given_on()
        text = _("Strength card given")
        self.context.perform(
            text,
            do=lambda: recognition.give_card(db, str(pupil_id), str(strength_id), reason, given_on),
            undo=lambda card_id: recognition.take_back_card(db, card_id),
            topic=Topic.RECOGNITION,
            toast=text,
        )
        super().accept()
