"""The teacher lock in the UI: the PIN pad, setting/changing/removing the PIN, pupil mode.

Pages never open these dialogs themselves: they call
``context.require_teacher(parent)`` before anything a pupil must not do.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRegularExpression, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.pin import MAX_DIGITS, is_valid_pin
from smartklasse.i18n import _, ngettext
from smartklasse.paths import resource
from smartklasse.storage.teacher_lock import TeacherLock
from smartklasse.ui import widgets
from smartklasse.ui.style import TOUCH_TARGET

_DIGITS = QRegularExpression(f"[0-9]{{0,{MAX_DIGITS}}}")


def _pin_edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(_DIGITS, edit))
    edit.setMaxLength(MAX_DIGITS)
    edit.setMinimumHeight(TOUCH_TARGET)
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    edit.setFont(widgets.bigger(edit.font(), 1.6, bold=edit.font().bold()))
    return edit


class PinDialog(QDialog):
    """Asks for the teacher's PIN, with a number pad for the touch board."""

    def __init__(
        self, lock: TeacherLock, parent: QWidget | None = None, prompt: str | None = None
    ) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setObjectName("pin_dialog")
        self.setWindowTitle(_("Teacher PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt or _("This needs the teacher. Enter the PIN:"), self)
        self.prompt.setWordWrap(True)
        self.prompt.setProperty("heading", True)
        layout.addWidget(self.prompt)
        self.pin_edit = _pin_edit(self, "pin_edit", _("PIN"))
        self.pin_edit.returnPressed.connect(self.try_pin)
        layout.addWidget(self.pin_edit)
        self.message = QLabel(self)
        self.message.setObjectName("pin_message")
        self.message.setWordWrap(True)
        self.message.setProperty("look", "error")
        layout.addWidget(self.message)
        layout.addLayout(self._build_pad())
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(_("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("pin_ok")
        self.ok_button.setAccessibleName(_("Unlock"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setMinimumHeight(TOUCH_TARGET)
        cancel = buttons.addButton(_("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("pin_cancel")
        cancel.setAccessibleName(_("Not now"))
        cancel.setMinimumHeight(TOUCH_TARGET)
        # Enter never presses "Not now": a wait after wrong tries stays on screen.
        cancel.setAutoDefault(False)
        cancel.setDefault(False)
        # The Unlock button checks the PIN itself; only a right PIN closes the dialog.
        self.ok_button.clicked.disconnect()
        self.ok_button.clicked.connect(self.try_pin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._update_wait)
        self._update_wait()

    def _build_pad(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0"]
        for index, key in enumerate(keys):
            button = QPushButton(key if key != "erase" else "", self)
            button.setMinimumSize(TOUCH_TARGET + 16, TOUCH_TARGET)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "erase":
                button.setIcon(QIcon(str(resource("icons", "erase.svg"))))
                button.setIconSize(QSize(TOUCH_TARGET // 2, TOUCH_TARGET // 2))
                button.setObjectName("pin_key_erase")
                button.setAccessibleName(_("Erase"))
                button.clicked.connect(self.pin_edit.backspace)
            else:
                button.setObjectName(f"pin_key_{key}")
                button.setAccessibleName(key)
                button.clicked.connect(lambda _c=False, k=key: self.pin_edit.insert(k))
            grid.addWidget(button, index // 3, index % 3)
        return grid

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter tries the PIN when it can be tried; it never closes the dialog otherwise."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.ok_button.isEnabled() and not self.pin_edit.hasFocus():
                self.try_pin()
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_wait(self) -> None:
        if self.lock.damaged:
            self.ok_button.setEnabled(False)
            self.pin_edit.setEnabled(False)
            self.message.setText(damaged_lock_message(self.lock))
            return
        wait = math.ceil(self.lock.seconds_to_wait())
        waiting = wait > 0
        self.ok_button.setEnabled(not waiting)
        self.pin_edit.setEnabled(not waiting)
        if waiting:
            self.message.setText(
                ngettext(
                    "Too many wrong tries. Wait {n} second.",
                    "Too many wrong tries. Wait {n} seconds.",
                    wait,
                ).format(n=wait)
            )
            self._timer.start()
        else:
            self._timer.stop()
            if self.message.property("waiting"):
                self.message.clear()
            self.pin_edit.setFocus()
        self.message.setProperty("waiting", waiting)

    def try_pin(self) -> None:
        """Check the PIN typed; close on success, explain otherwise."""
        if self.lock.check(self.pin_edit.text()):
            self.accept()
            return
        self.pin_edit.clear()
        self.message.setText(_("That PIN is not right. Try again."))
        self._update_wait()


def damaged_lock_message(lock: TeacherLock) -> str:
    """What the teacher is told when the lock file cannot be read, and how to reset it."""
    return _(
        "The teacher lock file cannot be read, so pupil mode stays on and no PIN opens it. "
        "To reset the lock, close SMART klasse and delete this file (nothing else is lost): {path}"
    ).format(path=lock.path)


def ask_for_pin(
    lock: TeacherLock, parent: QWidget | None = None, prompt: str | None = None
) -> bool:
    """Show the PIN pad; True if the right PIN was entered."""
    if not lock.has_pin:
        return True
    return PinDialog(lock, parent, prompt).exec() == QDialog.DialogCode.Accepted


class SetPinDialog(QDialog):
    """Choose a new PIN, typed twice."""

    def __init__(self, lock: TeacherLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setObjectName("set_pin_dialog")
        self.setWindowTitle(_("Set teacher PIN"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "Choose a PIN of 4 to 8 digits. In pupil mode the app asks for it before "
                "anything is changed or deleted. Only a scrambled form of the PIN is saved."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(_("New PIN:"), self))
        self.new_edit = _pin_edit(self, "new_pin_edit", _("New PIN"))
        layout.addWidget(self.new_edit)
        layout.addWidget(QLabel(_("The same PIN again:"), self))
        self.repeat_edit = _pin_edit(self, "repeat_pin_edit", _("Repeat the new PIN"))
        layout.addWidget(self.repeat_edit)
        self.message = QLabel(self)
        self.message.setObjectName("set_pin_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("set_pin_save")
        self.save_button.setAccessibleName(_("Save PIN"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        if not is_valid_pin(new):
            self.message.setText(_("A PIN has 4 to 8 digits."))
        elif new != repeat:
            self.message.setText(_("The two PINs are not the same."))
        else:
            self.lock.set_pin(new)
            self.accept()


class TeacherLockSection(QWidget):
    """The part of the settings dialog where the PIN is set, changed or removed."""

    def __init__(self, lock: TeacherLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setObjectName("teacher_lock_section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self)
        self.status.setObjectName("pin_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.set_button = QPushButton(self)
        self.set_button.setObjectName("set_pin_button")
        self.set_button.clicked.connect(self.set_or_change)
        self.remove_button = widgets.button(
            _("Remove PIN"), self, "remove_pin_button", slot=self.remove, height=0
        )
        self.remove_button.setProperty("danger", True)
        row.addWidget(self.set_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """Show whether a PIN is set."""
        has_pin = self.lock.has_pin
        self.status.setText(
            _("A teacher PIN is set. Pupil mode can be switched on from the top bar.")
            if has_pin
            else _("No teacher PIN is set. Set one to use pupil mode.")
        )
        text = _("Change PIN…") if has_pin else _("Set PIN…")
        self.set_button.setText(text)
        self.set_button.setAccessibleName(text)
        self.remove_button.setEnabled(has_pin)

    def set_or_change(self) -> None:
        """Set a PIN, or change it after the old one was given."""
        if self.lock.has_pin and not ask_for_pin(self.lock, self, _("Enter the PIN you have now:")):
            return
        SetPinDialog(self.lock, self).exec()
        self.refresh()

    def remove(self) -> None:
        """Remove the PIN after the current one was given."""
        if ask_for_pin(self.lock, self, _("Enter the PIN you have now:")):
            self.lock.remove_pin()
        self.refresh()
