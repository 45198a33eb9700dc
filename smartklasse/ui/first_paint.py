"""A start-up probe for the benchmarks: report the main window's first paint, then quit.

With ``SMARTKLASSE_EXIT_AFTER_FIRST_PAINT=1`` in the environment the app prints
one line ``first-paint <unix time> <peak RSS in kB>`` once the main window has
painted for the first time, and quits. ``benchmarks/bench_startup.py`` starts
the app this way and measures from just before it started the process.
Without the variable this module is not even imported.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM) in kB, or 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class FirstPaintProbe(QObject):
    """Catches the first Paint event of a widget, reports once the paint is done, quits."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Note the first paint; the report waits for the event loop so children paint too."""
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write(f"first-paint {time.time():.6f} {peak_rss_kb()}\n")
        sys.stdout.flush()
        QCoreApplication.quit()


def install_probe(window: QObject) -> None:
    """Watch ``window`` for its first paint, report it and quit.

    ``ui/application.py`` calls this (importing this module only then) when
    ``SMARTKLASSE_EXIT_AFTER_FIRST_PAINT=1`` is set.
    """
    window.installEventFilter(FirstPaintProbe(window))
