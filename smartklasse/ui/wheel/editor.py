"""The teacher's wheel editor: change tasks, make a new wheel, export and import wheel files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.colour import legible_fill
from smartklasse.domain.wheels import MAX_TASKS, MIN_TASKS, Wheel
from smartklasse.i18n import _, current_language, pgettext
from smartklasse.storage import wheel_edit
from smartklasse.storage.ids import new_id
from smartklasse.storage.wheel_edit import WheelDraft, WheelFileError, WheelSnapshot
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.style import ACCENT, TOUCH_TARGET

#: Colours a new wheel may have: the three SMART colours and five calm others, each dark
#: enough for white or ink text on it (4.5:1; the orange is darkened).
PALETTE = tuple(
    legible_fill(colour).upper()
    for colour in (
        ACCENT,
        "#2E7D32",
        "#C62828",
        "#6A1B9A",
        "#EF6C00",
        "#00838F",
        "#AD1457",
        "#4E342E",
    )
)


def file_error_message(error: WheelFileError) -> str:
    """Explain to the teacher why a wheel file cannot be used."""
    messages = {
        "too_large": _("The file is too large to be a wheel file."),
        "not_json": _("The file is not a wheel file (it cannot be read)."),
        "wrong_format": _("The file is not a SMART klasse wheel file."),
        "newer_version": _("The wheel file was made by a newer version of SMART klasse."),
        "colour": _("The wheel file has no valid colour."),
        "name": _("The wheel needs a name (at most 40 characters)."),
        "task_count": _("A wheel needs from {low} to {high} tasks.").format(
            low=MIN_TASKS, high=MAX_TASKS
        ),
        "task": _("Every task needs a text (at most 160 characters)."),
    }
    return messages.get(error.reason, _("The wheel file cannot be used."))


class WheelEditor(QDialog):
    """Edits one wheel's name, colour and task texts in the current language."""

    def __init__(self, context: AppContext, wheel: Wheel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.wheel: Wheel | None = wheel
        self.setObjectName("wheel_editor")
        self.setWindowTitle(_("Edit wheels"))
        self.setMinimumWidth(720)
        self.heading = QLabel(self)
        self.heading.setProperty("heading", True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("wheel_editor_name")
        self.name_edit.setAccessibleName(_("Name of the wheel"))
        self.name_edit.setMaxLength(wheel_edit.MAX_NAME_LENGTH)
        colours = self._build_colours()
        self.task_edits: list[QLineEdit] = []
        self.task_grid = QGridLayout()
        rows = self._build_rows()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("wheel_editor_message")
        self.message_label.setWordWrap(True)
        bottom = self._build_bottom()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(_("Name:"), self))
        layout.addWidget(self.name_edit)
        layout.addWidget(QLabel(_("Colour:"), self))
        layout.addLayout(colours)
        layout.addWidget(QLabel(_("Tasks:"), self))
        layout.addLayout(self.task_grid)
        layout.addLayout(rows)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)
        self._load(wheel)

    def _build_colours(self) -> QHBoxLayout:
        # The palette: one checkable swatch per colour.
        self.colour_group = QButtonGroup(self)
        colours = QHBoxLayout()
        for index, colour in enumerate(PALETTE):
            swatch = QPushButton(self)
            swatch.setObjectName(f"wheel_editor_colour_{index}")
            swatch.setAccessibleName(_("Colour {n}").format(n=index + 1))
            swatch.setCheckable(True)
            swatch.setFixedSize(TOUCH_TARGET, TOUCH_TARGET - 8)
            swatch.setProperty("look", "swatch")
            widgets.tint_swatch(swatch, colour)
            self.colour_group.addButton(swatch, index)
            colours.addWidget(swatch)
        colours.addStretch(1)
        return colours

    def _build_rows(self) -> QHBoxLayout:
        # Add or remove a task row.
        self.add_button = widgets.button(
            _("Add a task"),
            self,
            "wheel_editor_add",
            slot=lambda: self._add_row(""),
            auto_default=False,
        )
        self.remove_button = widgets.button(
            _("Remove the last task"),
            self,
            "wheel_editor_remove",
            slot=self._remove_row,
            auto_default=False,
        )
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        return rows

    def _build_bottom(self) -> QHBoxLayout:
        # New, import and export on the left; Close and Save on the right.
        self.new_button = widgets.button(
            _("New wheel"), self, "wheel_editor_new", slot=self.start_new_wheel, auto_default=False
        )
        self.import_button = widgets.button(
            _("Import…"), self, "wheel_editor_import", slot=self._choose_import, auto_default=False
        )
        self.export_button = widgets.button(
            _("Export…"), self, "wheel_editor_export", slot=self._choose_export, auto_default=False
        )
        self.save_button = widgets.button(
            pgettext("wheel", "Save"), self, "wheel_editor_save", slot=self.save, auto_default=False
        )
        self.save_button.setProperty("primary", True)
        close = widgets.button(
            pgettext("wheel", "Close"),
            self,
            "wheel_editor_close",
            slot=self.reject,
            auto_default=False,
        )
        bottom = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.export_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        bottom.addWidget(self.save_button)
        return bottom

    def _load(self, wheel: Wheel | None) -> None:
        lang = current_language()
        self.wheel = wheel
        self.heading.setText(
            _("Edit the wheel “{name}”").format(name=wheel.name(lang)) if wheel else _("New wheel")
        )
        self.name_edit.setText(wheel.name(lang) if wheel else "")
        colour = wheel.colour.upper() if wheel else PALETTE[3]
        index = PALETTE.index(colour) if colour in PALETTE else 0
        button = self.colour_group.button(index)
        if button is not None:
            button.setChecked(True)
        while self.task_edits:
            self._remove_row(force=True)
        texts = [t.text(lang) for t in wheel.tasks] if wheel else [""] * 8
        for text in texts:
            self._add_row(text)
        self.export_button.setEnabled(wheel is not None)

    def _add_row(self, text: str) -> None:
        if len(self.task_edits) >= MAX_TASKS:
            return
        edit = QLineEdit(text, self)
        number = len(self.task_edits) + 1
        edit.setObjectName(f"wheel_editor_task_{number}")
        edit.setAccessibleName(_("Task {n}").format(n=number))
        edit.setMaxLength(wheel_edit.MAX_TASK_LENGTH)
        edit.setMinimumHeight(40)
        label = QLabel(f"{number}.", self)
        self.task_grid.addWidget(label, number - 1, 0)
        self.task_grid.addWidget(edit, number - 1, 1)
        self.task_edits.append(edit)
        self._update_buttons()

    def _remove_row(self, force: bool = False) -> None:
        if not self.task_edits or (len(self.task_edits) <= MIN_TASKS and not force):
            return
        edit = self.task_edits.pop()
        row = len(self.task_edits)
        label = self.task_grid.itemAtPosition(row, 0)
        for widget in (edit, label.widget() if label else None):
            if widget is not None:
                self.task_grid.removeWidget(widget)
                widget.deleteLater()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.task_edits) < MAX_TASKS)
        self.remove_button.setEnabled(len(self.task_edits) > MIN_TASKS)

    def start_new_wheel(self) -> None:
        """Clear the form for a new wheel."""
        self._load(None)
        self.message_label.setText("")
        self.name_edit.setFocus()

    def draft(self) -> WheelDraft:
        """The form as a draft; texts in other languages of an edited wheel are kept."""
        lang = current_language()
        names = dict(self.wheel.names) if self.wheel else {}
        names[lang] = self.name_edit.text()
        old = [dict(t.texts) for t in self.wheel.tasks] if self.wheel else []
        tasks = []
        for index, edit in enumerate(self.task_edits):
            texts = old[index] if index < len(old) else {}
            texts[lang] = edit.text()
            tasks.append(texts)
        checked = max(self.colour_group.checkedId(), 0)
        return WheelDraft(colour=PALETTE[checked], names=names, tasks=tuple(tasks))

    def save(self) -> bool:
        """Store the form as one undoable action; False (with a message) if it is not valid."""
        try:
            draft = wheel_edit.validate_draft(self.draft())
        except WheelFileError as error:
            self.message_label.setText(file_error_message(error))
            return False
        self._store(draft, self.wheel.id if self.wheel else None)
        self.message_label.setText(_("Saved."))
        return True

    def _store(self, draft: WheelDraft, wheel_id: str | None) -> str:
        db = self.context.db
        if wheel_id is None:
            new = new_id()
            self.context.perform(
                _("New wheel"),
                lambda: wheel_edit.create_wheel(db, draft, new),
                lambda _done: wheel_edit.restore_wheel(db, new, WheelSnapshot(None, [])),
                Topic.WHEELS,
                toast=_("The new wheel is ready."),
            )
            return new
        before = wheel_edit.snapshot_wheel(db, wheel_id)
        self.context.perform(
            _("Edit wheel"),
            lambda: wheel_edit.update_wheel(db, wheel_id, draft),
            lambda _done: wheel_edit.restore_wheel(db, wheel_id, before),
            Topic.WHEELS,
            toast=_("The wheel is saved."),
        )
        return wheel_id

    def export_to(self, path: Path) -> bool:
        """Write the edited wheel to a wheel file; False (with a message) on failure."""
        if self.wheel is None:
            return False
        try:
            path.write_bytes(wheel_edit.export_wheel(self.wheel))
        except OSError as error:
            self.message_label.setText(_("Could not save the file: {error}").format(error=error))
            return False
        self.message_label.setText(_("Exported to {path}.").format(path=path))
        return True

    def import_from(self, path: Path) -> str | None:
        """Add the wheel in a wheel file as a new wheel; None (with a message) if it is unusable.

        Nothing is written unless the whole file is valid.
        """
        try:
            with path.open("rb") as fh:
                data = fh.read(wheel_edit.MAX_FILE_BYTES + 1)
            draft = wheel_edit.parse_wheel_file(data)
        except OSError as error:
            self.message_label.setText(_("Could not read the file: {error}").format(error=error))
            return None
        except WheelFileError as error:
            self.message_label.setText(
                _("Nothing was imported. {reason}").format(reason=file_error_message(error))
            )
            return None
        wheel_id = self._store(draft, None)
        self.message_label.setText(_("The wheel was imported."))
        return wheel_id

    def _choose_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export wheel"), "", _("Wheel files (*.smartwheel.json)")
        )
        if name:
            self.export_to(Path(name))

    def _choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Import wheel"), "", _("Wheel files (*.json)")
        )
        if name:
            self.import_from(Path(name))
