"""The shipped fonts on screen: registered with Qt at start, the chain as the app font.

The same chain as print (``smartklasse/fonts.py``): Noto Sans for the UI, and
for every character it lacks the next face that has it, so a child's name in
Tigrinya, Urdu, Hebrew, Tamil or with an emoji looks the same on every machine,
whatever fonts the system has.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from smartklasse.fonts import CHAIN

log = logging.getLogger(__name__)

_loaded: dict[str, list[str]] = {}


def register_fonts() -> list[str]:
    """Add the chain's files to Qt's font database (once); return the families, in order."""
    if not _loaded:
        for face in CHAIN:
            for bold in (False, True) if face.bold else (False,):
                font_id = QFontDatabase.addApplicationFont(str(face.path(bold)))
                if font_id < 0:
                    log.warning("Could not load the font %s", face.path(bold))
                    continue
                _loaded.setdefault(face.family, []).extend(
                    QFontDatabase.applicationFontFamilies(font_id)
                )
    return [face.family for face in CHAIN if face.family in _loaded]


def chain_font(base: QFont | None = None) -> QFont:
    """``base`` (or a default font) with the chain as its families, UI font first."""
    font = QFont(base) if base is not None else QFont()
    font.setFamilies(register_fonts())
    return font


def install_fonts(app: QGuiApplication) -> None:
    """Make the chain the application's font (sizes are set later by the style)."""
    app.setFont(chain_font(app.font()))
