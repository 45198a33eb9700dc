"""A short confirmation in its own strip at the bottom of the window, with an Undo button.

The strip takes its own room in the window's layout, so it never covers a control
("Gi en stjerne", Slett) while it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from smartklasse.i18n import _
from smartklasse.ui import widgets

#: How long a toast (and its Undo button) stays, in milliseconds.
TOAST_MS = 10_000


class Toast(QFrame):
    """Shows one message at a time; the window puts it below the pages in its layout."""

    undo_clicked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setAccessibleName(_("Confirmation"))
        self._payload: object = None
        self._label = QLabel(self)
        self._label.setObjectName("toast_message")
        self._label.setWordWrap(True)
        self._undo = widgets.button(
            _("Undo"), self, "toast_undo", slot=self._on_undo, height=widgets.DESK_HEIGHT
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 2, 8, 2)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @property
    def message(self) -> str:
        """The text shown now."""
        return self._label.text()

    def show_message(self, text: str, payload: object = None) -> None:
        """Show ``text``; with a payload, offer Undo for :data:`TOAST_MS`."""
        self._label.setText(text)
        self._payload = payload
        self._undo.setText(_("Undo"))
        self._undo.setVisible(payload is not None)
        self.show()
        self._timer.start(TOAST_MS)

    def _on_undo(self) -> None:
        payload = self._payload
        self._payload = None
        self.hide()
        if payload is not None:
            self.undo_clicked.emit(payload)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Escape hides the toast."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
