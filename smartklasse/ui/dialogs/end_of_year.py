"""End of the school year: archive a class, or delete it and everything about it for good."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smartklasse.i18n import _, ngettext
from smartklasse.storage import classes, log
from smartklasse.storage.deletion import delete_class_for_good
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.style import TOUCH_TARGET


class EndOfYearDialog(QDialog):
    """One flow for June: pick the class, choose archive or delete, confirm."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("end_of_year_dialog")
        self.setWindowTitle(_("End of school year"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "When a class is finished, archive it to keep its log out of the way, or "
                "delete it so nothing about its pupils is left on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("end_of_year_class")
        self.class_combo.setAccessibleName(_("Class to finish"))
        self.class_combo.setMinimumHeight(40)
        for school_class in classes.list_classes(context.db, include_archived=True):
            self.class_combo.addItem(school_class.name, school_class.id)
        index = self.class_combo.findData(context.active_class_id)
        self.class_combo.setCurrentIndex(max(index, 0))
        self.class_combo.currentIndexChanged.connect(self._update)
        form.addRow(_("Class to finish:"), self.class_combo)
        layout.addLayout(form)
        self.archive_radio = QRadioButton(_("Archive: keep the class and its log, hidden"), self)
        self.archive_radio.setObjectName("end_of_year_archive")
        self.delete_radio = QRadioButton(
            _("Delete for good: the class, its pupils, log and star walls"), self
        )
        self.delete_radio.setObjectName("end_of_year_delete")
        group = QButtonGroup(self)
        for radio in (self.archive_radio, self.delete_radio):
            radio.setAccessibleName(radio.text())
            radio.setMinimumHeight(40)
            group.addButton(radio)
            layout.addWidget(radio)
        self.archive_radio.setChecked(True)
        group.buttonToggled.connect(lambda *_a: self._update())
        self.summary = QLabel(self)
        self.summary.setObjectName("end_of_year_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.confirm_check = QCheckBox(_("I understand that deleting cannot be undone"), self)
        self.confirm_check.setObjectName("end_of_year_confirm")
        self.confirm_check.setAccessibleName(self.confirm_check.text())
        self.confirm_check.toggled.connect(lambda _c: self._update())
        layout.addWidget(self.confirm_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setObjectName("end_of_year_go")
        self.go_button.setMinimumHeight(TOUCH_TARGET)
        buttons.accepted.connect(self.carry_out)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def _class_id(self) -> str:
        return str(self.class_combo.currentData() or "")

    def _update(self) -> None:
        class_id = self._class_id()
        deleting = self.delete_radio.isChecked()
        self.confirm_check.setVisible(deleting)
        pupils = len(classes.list_pupils(self.context.db, class_id, True)) if class_id else 0
        entries = log.count_entries(self.context.db, class_id) if class_id else 0
        what = _("{pupils}, {entries}").format(
            pupils=ngettext("{n} pupil", "{n} pupils", pupils).format(n=pupils),
            entries=ngettext("{n} log entry", "{n} log entries", entries).format(n=entries),
        )
        if deleting:
            self.summary.setText(
                _(
                    "Deletes {what} for good: this cannot be undone. They are removed from "
                    "the data file at once; backups keep them until they rotate out (at most "
                    "about ten weeks)."
                ).format(what=what)
            )
            self.go_button.setText(_("Delete class"))
        else:
            self.summary.setText(
                _("Archives {what}. You can bring the class back.").format(what=what)
            )
            self.go_button.setText(_("Archive class"))
        self.go_button.setAccessibleName(self.go_button.text())
        self.go_button.setProperty("danger", deleting)
        self.go_button.setEnabled(
            bool(class_id) and (not deleting or self.confirm_check.isChecked())
        )

    def carry_out(self) -> None:
        """Archive (undoable) or delete for good, then close."""
        class_id = self._class_id()
        if not class_id or not self.go_button.isEnabled():
            return
        db = self.context.db
        name = self.class_combo.currentText()
        if self.delete_radio.isChecked():
            if not self.context.write(lambda: delete_class_for_good(db, class_id), self):
                return
            self.context.undo_stack.clear()
            self.context.purge_backups()  # and from every backup, in the background
            self.context.notify(Topic.CLASSES)
            self.context.show_toast(_("Class {name} was deleted.").format(name=name))
        else:
            self.context.perform(
                _("Archive class {name}").format(name=name),
                lambda: classes.set_class_archived(db, class_id, True),
                lambda _done: classes.set_class_archived(db, class_id, False),
                Topic.CLASSES,
                toast=_("Class {name} was archived.").format(name=name),
                parent=self,
            )
        self.accept()
