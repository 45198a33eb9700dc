"""What a teacher feels on the large database: switching pages, the tap flow, a pupil's profile.

Each figure is measured on the real widgets of a main window over a working copy
of the large database, until the result is on screen (the Logg page's counts
and a profile are read off the UI thread; the figure waits for them).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import median_ms, repeats, row, working_copy

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait(done: Callable[[], bool], app: Any, limit_s: float = 30.0) -> None:
    ends = time.perf_counter() + limit_s
    app.processEvents()
    while not done() and time.perf_counter() < ends:
        app.processEvents()
        time.sleep(0.0005)


def _bare_dialog_ms(parent: Any, buttons: int) -> float:
    """Open and paint a plain dialog with ``buttons`` checkable buttons in a grid, then close it.

    The least a dialog showing a class of 30 and the 20 strengths does: no styles, no data.
    """
    from PySide6.QtWidgets import QDialog, QGridLayout, QPushButton

    def open_bare() -> None:
        dialog = QDialog(parent)
        grid = QGridLayout(dialog)
        for index in range(buttons):
            button = QPushButton(f"Elev {index:02d}", dialog)
            button.setCheckable(True)
            grid.addWidget(button, index // 5, index % 5)
        dialog.open()
        dialog.grab()
        dialog.close()
        dialog.deleteLater()

    return median_ms(open_bare, repeats(9))


def run(large_db: Path | None) -> list[dict[str, Any]]:
    """Page switch, tap flow and profile on the large database, beside bare-widget floors."""
    if large_db is None:
        return []
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from smartklasse.domain import clock
    from smartklasse.settings import Settings
    from smartklasse.storage import classes
    from smartklasse.storage.database import open_database
    from smartklasse.ui.context import AppContext
    from smartklasse.ui.log.page import LogPage
    from smartklasse.ui.main_window import MainWindow
    from smartklasse.ui.pages import PageKey
    from smartklasse.ui.wheel.page import WheelPage

    app = QApplication.instance() or QApplication([])
    path = working_copy(large_db, "pages")
    db = open_database(path)
    class_id = classes.create_class(db, "7C", [f"Elev {i:02d}" for i in range(30)])
    busiest = db.execute(
        "SELECT class_id FROM log_entries GROUP BY class_id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    pupil_id = db.execute(
        "SELECT lp.pupil_id FROM log_entry_pupils lp JOIN pupils p ON p.id = lp.pupil_id "
        "WHERE p.class_id = ? GROUP BY lp.pupil_id ORDER BY COUNT(*) DESC LIMIT 1",
        [busiest],
    ).fetchone()[0]
    # The Logg page opens on the current school year: the day of the log's last entry, so the
    # page has the generated year's entries to count, chart and list.
    last = db.execute("SELECT MAX(entry_date) FROM log_entries").fetchone()[0]
    clock.pin(dt.datetime.fromisoformat(last).replace(hour=12))
    window = MainWindow(AppContext(db, path.parent, Settings(active_class_id=busiest)))
    window.resize(1366, 768)
    window.show()
    window.show_page(PageKey.WHEEL)
    _wait(lambda: False, app, 0.2)
    rows: list[dict[str, Any]] = []

    # Floor: painting a bare window of the same size with one label.
    bare = QMainWindow()
    bare.setCentralWidget(QLabel("SMART klasse"))
    bare.resize(window.size())
    bare.show()
    floor = median_ms(bare.grab, repeats(21))
    floor_text = "paint a bare QMainWindow + QLabel, same size"
    total = db.execute("SELECT COUNT(*) FROM log_entries").fetchone()[0]
    size = f"{total / 1e6:g}M entries" if total >= 1e6 else f"{total / 1e3:g}k entries"
    log_page = window.page(PageKey.LOG)
    assert isinstance(log_page, LogPage)

    def switch_to_log() -> None:
        window.show_page(PageKey.WHEEL)
        window.show_page(PageKey.LOG)
        _wait(lambda: not getattr(log_page, "stats_pending", False), app)
        window.grab()

    rows.append(
        row(
            f"page switch Hjul → Logg (counts and charts on screen), {size}",
            median_ms(switch_to_log, repeats(9)),
            floor_text,
            floor,
        )
    )

    def open_profile() -> None:
        log_page.open_profile(pupil_id)
        _wait(lambda: not log_page.profile_pending, app)
        window.grab()

    rows.append(
        row(
            f"open a pupil's profile (Logg page), {size}",
            median_ms(open_profile, repeats(9)),
            floor_text,
            floor,
        )
    )
    log_page.show_class_view()

    window.context.set_active_class(class_id)
    wheel = window.page(PageKey.WHEEL)
    assert isinstance(wheel, WheelPage)
    window.show_page(PageKey.WHEEL)

    def open_tap_flow() -> None:
        wheel.open_task(0)
        flow = wheel.tap_flow
        assert flow is not None
        flow.grab()
        flow.close()

    rows.append(
        row(
            "open the tap flow for a class of 30",
            median_ms(open_tap_flow, repeats(9)),
            "open and paint a plain dialog with 51 buttons in a grid",
            _bare_dialog_ms(window, 51),  # the class, "the whole class" and 20 strengths
        )
    )
    window.close()
    bare.close()
    db.close()
    clock.pin(None)
    return rows
