"""A small window saying the data is being prepared, while an upgrade's migrations run.

The first start after an upgrade may build summaries and search indexes over years of
log (seconds on a large file). :class:`PreparingNotice` is the database's migration
progress callback: after a short delay it shows a window with a busy bar and keeps it
painted, so the teacher sees what is happening instead of a frozen start.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from smartklasse import APP_NAME
from smartklasse.i18n import _

#: Seconds of migration before the window shows (quick ones never flash a window).
SHOW_AFTER = 0.4
#: Seconds between two repaints while the work goes on.
REPAINT_EVERY = 0.05


class PreparingNotice:
    """Call it during migrations; it shows and repaints the notice window; :meth:`close` it."""

    def __init__(self, show_after: float | None = None) -> None:
        self.show_after = SHOW_AFTER if show_after is None else show_after
        self.window: QWidget | None = None
        self._started: float | None = None
        self._painted = 0.0

    def __call__(self) -> None:
        now = time.monotonic()
        if self._started is None:
            self._started = now
        if self.window is None:
            if now - self._started < self.show_after:
                return
            self.window = self._make_window()
            self.window.show()
        if now - self._painted >= REPAINT_EVERY:
            self._painted = now
            QApplication.processEvents()

    def _make_window(self) -> QWidget:
        window = QWidget()
        window.setObjectName("preparing_data")
        window.setWindowTitle(APP_NAME)
        window.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(window)
        label = QLabel(_("Preparing your data…"), window)
        label.setProperty("heading", True)
        detail = QLabel(
            _("This happens once after an update and can take a minute with many years of log."),
            window,
        )
        detail.setWordWrap(True)
        bar = QProgressBar(window)
        bar.setRange(0, 0)  # busy: the work has no count to show
        bar.setAccessibleName(_("Preparing your data…"))
        for widget in (label, detail, bar):
            layout.addWidget(widget)
        window.setMinimumWidth(480)
        return window

    def close(self) -> None:
        """Take the window away (the main window comes next)."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
