"""The start-up floor: a bare PySide6 QMainWindow with one QLabel, reporting its first paint.

It reports through the app's own probe (``smartklasse/ui/first_paint.py``, which
imports nothing of the app but PySide6.QtCore), so the two start-ups differ only
in the app's own work.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from smartklasse.ui.first_paint import install_probe


def main() -> int:
    """Show the bare window and exit after its first paint."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("SMART klasse", window))
    window.resize(1280, 720)
    install_probe(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
