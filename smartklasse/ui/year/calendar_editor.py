"""The calendar editor: door texts, the wheels' tasks as a start, reset, share as a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.advent import MAX_ITEMS, Calendar, CalendarItem
from smartklasse.i18n import _, current_language
from smartklasse.storage import advent, catalogue, year_files
from smartklasse.storage.ids import new_id
from smartklasse.storage.year_files import YearFileError
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.widgets import DESK_HEIGHT
from smartklasse.ui.year.messages import file_error_message


class CalendarEditor(QDialog):
    """Edits one calendar's name and door texts in the current language."""

    def __init__(
        self, context: AppContext, calendar: Calendar, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.calendar = calendar
        self.setObjectName("calendar_editor")
        self.setWindowTitle(_("Edit calendar"))
        self.setMinimumSize(760, 640)
        lang = current_language()
        self.name_edit = QLineEdit(calendar.name(lang), self)
        self.name_edit.setObjectName("calendar_editor_name")
        self.name_edit.setAccessibleName(_("Name of the calendar"))
        self.name_edit.setMaxLength(year_files.MAX_NAME_LENGTH)
        rows = QWidget(self)
        grid = QGridLayout(rows)
        self.door_edits: list[QLineEdit] = []
        for index in range(MAX_ITEMS):
            item = calendar.items[index] if index < len(calendar.items) else None
            edit = QLineEdit(item.text(lang) if item else "", rows)
            edit.setObjectName(f"calendar_editor_door_{index + 1}")
            edit.setAccessibleName(_("Door {n}").format(n=index + 1))
            edit.setMaxLength(year_files.MAX_TEXT_LENGTH)
            grid.addWidget(QLabel(f"{index + 1}.", rows), index, 0)
            grid.addWidget(edit, index, 1)
            self.door_edits.append(edit)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("calendar_editor_message")
        self.message_label.setWordWrap(True)

        def desk(text: str, name: str, slot: Callable[[], object]) -> QWidget:
            return widgets.button(text, self, name, slot=slot, height=DESK_HEIGHT)

        tools = QHBoxLayout()
        tools.addWidget(
            desk(_("Start from the wheels' tasks"), "calendar_from_wheels", self.fill_from_wheels)
        )
        tools.addWidget(desk(_("Reset to default"), "calendar_reset", self.reset))
        remove = desk(_("Remove calendar"), "calendar_remove", self.remove)
        remove.setEnabled(not calendar.builtin)
        tools.addWidget(remove)
        tools.addStretch(1)
        tools.addWidget(desk(_("Import…"), "calendar_import", self._choose_import))
        tools.addWidget(desk(_("Export…"), "calendar_export", self._choose_export))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(desk(_("Cancel"), "calendar_cancel", self.reject))
        bottom.addWidget(desk(_("Save"), "calendar_save", self._save_and_close))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Name:"), self))
        layout.addWidget(self.name_edit)
        layout.addWidget(
            QLabel(_("Behind the doors (the first text goes behind the first day's door):"), self)
        )
        layout.addWidget(scroll, 1)
        layout.addLayout(tools)
        layout.addLayout(bottom)

    def fill_from_wheels(self) -> None:
        """Put the wheels' tasks (blue, green, red, in order) behind the doors."""
        lang = current_language()
        tasks = [t.text(lang) for w in catalogue.list_wheels(self.context.db) for t in w.tasks]
        for edit, text in zip(self.door_edits, tasks, strict=False):
            edit.setText(text)
        self.message_label.setText(_("The wheels' tasks are behind the doors. Save to keep them."))

    def draft(self) -> advent.CalendarDraft:
        """The form as a draft; texts in other languages stay with their doors."""
        lang = current_language()
        names = dict(self.calendar.names)
        names[lang] = self.name_edit.text()
        items = []
        for index, edit in enumerate(self.door_edits):
            old = self.calendar.items[index] if index < len(self.calendar.items) else None
            if not edit.text().strip():
                continue
            if old is not None and old.text(lang) == edit.text():
                items.append(old)
            else:
                # A new text replaces the door's texts in the other languages (and its game).
                items.append(CalendarItem({lang: edit.text()}))
        return advent.CalendarDraft(
            self.calendar.kind, names, tuple(items), self.calendar.order, self.calendar.days
        )

    def save(self) -> bool:
        """Store the form as one undoable action; False (with a message) if it is not valid."""
        try:
            draft = advent.validate_draft(self.draft())
        except YearFileError as error:
            self.message_label.setText(file_error_message(error))
            return False
        db, calendar_id = self.context.db, self.calendar.id
        self.context.perform(
            _("Edit calendar"),
            lambda: advent.save_calendar(db, calendar_id, draft),
            lambda before: advent.put_back(db, calendar_id, before),
            Topic.CALENDARS,
            toast=_("The calendar is saved."),
        )
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reset(self) -> None:
        """Give a shipped calendar its shipped doors back (undoable)."""
        db, calendar_id = self.context.db, self.calendar.id
        if not self.calendar.builtin:
            self.message_label.setText(_("Only the calendars that come with the app can be reset."))
            return
        self.context.perform(
            _("Reset calendar"),
            lambda: advent.reset_calendar(db, calendar_id),
            lambda before: advent.put_back(db, calendar_id, before),
            Topic.CALENDARS,
            toast=_("The calendar is back to the default."),
        )
        self.accept()

    def remove(self) -> None:
        """Remove a calendar the teacher made or imported (undoable)."""
        if self.calendar.builtin:
            return
        db, calendar_id = self.context.db, self.calendar.id
        self.context.perform(
            _("Remove calendar"),
            lambda: advent.delete_calendar(db, calendar_id),
            lambda before: advent.put_back(db, calendar_id, before),
            Topic.CALENDARS,
            toast=_("The calendar was removed."),
        )
        self.accept()

    def export_to(self, path: Path) -> bool:
        """Write the calendar to a calendar file; False (with a message) on failure."""
        try:
            path.write_bytes(advent.export_calendar(self.calendar))
        except OSError as error:
            self.message_label.setText(_("Could not save the file: {error}").format(error=error))
            return False
        self.message_label.setText(_("Exported to {path}.").format(path=path))
        return True

    def import_from(self, path: Path) -> str | None:
        """Add the calendar in a file as a new calendar; None (with a message) if unusable.

        Nothing is written unless the whole file is valid.
        """
        try:
            with path.open("rb") as fh:
                data = fh.read(year_files.MAX_FILE_BYTES + 1)
            draft = advent.parse_calendar_file(data)
        except OSError as error:
            self.message_label.setText(_("Could not read the file: {error}").format(error=error))
            return None
        except YearFileError as error:
            self.message_label.setText(
                _("Nothing was imported. {reason}").format(reason=file_error_message(error))
            )
            return None
        db, calendar_id = self.context.db, new_id()
        self.context.perform(
            _("Import calendar"),
            lambda: advent.create_calendar(db, draft, calendar_id),
            lambda _done: advent.put_back(db, calendar_id, None),
            Topic.CALENDARS,
            toast=_("The calendar was imported."),
        )
        self.message_label.setText(_("The calendar was imported."))
        return calendar_id

    def _choose_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export calendar"), "", _("Calendar files (*.smartcalendar.json)")
        )
        if name:
            self.export_to(Path(name))

    def _choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Import calendar"), "", _("Calendar files (*.json)")
        )
        if name:
            self.import_from(Path(name))
