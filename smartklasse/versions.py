"""The versions a teacher (or the school's IT) needs to say what they run."""

from __future__ import annotations

import platform
import sqlite3

from smartklasse import APP_NAME, __version__


def component_versions() -> dict[str, str]:
    """Qt (the library actually loaded), PySide6, SQLite (the one Python talks to) and Python."""
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "SQLite": sqlite3.sqlite_version,
        "Python": platform.python_version(),
    }


def version_line() -> str:
    """One line for ``--version``: ``SMART klasse 0.1.0 (Qt 6.11.3, PySide6 6.11.3, ...)``."""
    parts = ", ".join(f"{name} {version}" for name, version in component_versions().items())
    return f"{APP_NAME} {__version__} ({parts})"
