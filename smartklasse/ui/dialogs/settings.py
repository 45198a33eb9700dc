"""The settings dialog: language, second language, sound, motion, size."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.languages import catalogue_languages, native_name
from smartklasse.i18n import LANGUAGE_NAMES, LANGUAGES, _, current_language
from smartklasse.settings import Settings
from smartklasse.storage.teacher_lock import TeacherLock
from smartklasse.ui.touch_spin import with_step_buttons

SCALES = (0.0, 1.0, 1.25, 1.5, 2.0)


class SettingsDialog(QDialog):
    """Lets the teacher change how the app looks and behaves."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        teacher_lock: TeacherLock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(_("Settings"))
        self._settings = settings
        form = QFormLayout()
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        self.language_combo.setAccessibleName(_("Language"))
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(current_language()))
        form.addRow(_("Language:"), self.language_combo)

        self.second_language_combo = QComboBox(self)
        self.second_language_combo.setObjectName("second_language_combo")
        self.second_language_combo.setAccessibleName(_("Second language for strength names"))
        self.second_language_combo.addItem(_("None"), "")
        # The strength catalogue's own languages (one data file each), not only the UI's.
        for code in catalogue_languages():
            self.second_language_combo.addItem(LANGUAGE_NAMES.get(code) or native_name(code), code)
        index = self.second_language_combo.findData(settings.second_language)
        self.second_language_combo.setCurrentIndex(max(index, 0))
        form.addRow(_("Strength names also in:"), self.second_language_combo)

        self.scale_combo = QComboBox(self)
        self.scale_combo.setObjectName("scale_combo")
        self.scale_combo.setAccessibleName(_("Size of text and buttons"))
        for scale in SCALES:
            label = _("Automatic") if scale == 0 else f"{round(scale * 100)} %"
            self.scale_combo.addItem(label, scale)
        self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(settings.ui_scale), 0))
        form.addRow(_("Size of text and buttons:"), self.scale_combo)

        self.sound_check = QCheckBox(_("Play sounds"), self)
        self.sound_check.setObjectName("sound_check")
        self.sound_check.setAccessibleName(_("Play sounds"))
        self.sound_check.setChecked(settings.sound)
        form.addRow("", self.sound_check)
        self.motion_check = QCheckBox(_("Reduce motion (no animations)"), self)
        self.motion_check.setObjectName("motion_check")
        self.motion_check.setAccessibleName(_("Reduce motion"))
        self.motion_check.setChecked(settings.reduced_motion)
        form.addRow("", self.motion_check)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self._add_safety_section(layout, settings, teacher_lock)
        layout.addWidget(buttons)

    def _add_safety_section(
        self, layout: QVBoxLayout, settings: Settings, lock: TeacherLock | None
    ) -> None:
        # Teacher lock and data retention, kept apart from the look-and-feel form.
        group = QGroupBox(_("Teacher lock and data"), self)
        group.setObjectName("safety_group")
        box = QVBoxLayout(group)
        if lock is not None:
            from smartklasse.ui.dialogs.teacher_lock import TeacherLockSection

            self.teacher_lock_section = TeacherLockSection(lock, group)
            box.addWidget(self.teacher_lock_section)
        row = QFormLayout()
        self.retention_spin = QSpinBox(group)
        self.retention_spin.setObjectName("retention_spin")
        self.retention_spin.setAccessibleName(_("Delete log entries older than, in months"))
        self.retention_spin.setRange(0, 120)
        self.retention_spin.setSpecialValueText(_("Never"))
        self.retention_spin.setSuffix(_(" months"))
        self.retention_spin.setValue(max(0, settings.retention_months))
        self.retention_spin.setMinimumHeight(40)
        row.addRow(_("Delete log entries older than:"), with_step_buttons(self.retention_spin))
        box.addLayout(row)
        layout.addWidget(group)

    def result_settings(self) -> Settings:
        """The settings as chosen in the dialog (a copy; nothing is saved here)."""
        return replace(
            self._settings,
            language=str(self.language_combo.currentData()),
            second_language=str(self.second_language_combo.currentData() or ""),
            ui_scale=float(self.scale_combo.currentData()),
            sound=self.sound_check.isChecked(),
            reduced_motion=self.motion_check.isChecked(),
            retention_months=self.retention_spin.value(),
        )
