"""The start-up floor: a bare PySide6 QMainWindow with one QLabel, reporting its first paint.

It reports exactly like the app's probe (``smartklasse/ui/first_paint.py``) but
imports nothing of the app, so the two start-ups differ only in the app's own work.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def _peak_rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _Probe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        sys.stdout.write(f"first-paint {time.time():.6f} {_peak_rss_kb()}\n")
        sys.stdout.flush()
        self.app.quit()


def main() -> int:
    """Show the bare window and exit after its first paint."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("SMART klasse", window))
    window.resize(1280, 720)
    probe = _Probe(app)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
