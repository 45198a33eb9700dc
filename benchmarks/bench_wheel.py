"""Benchmarks of the wheel: spin frames at 1366x768, 1080p and 4K; tap "Ferdig" to a commit.

Run alone with ``python -m benchmarks.bench_wheel``; ``benchmarks/run.py`` calls :func:`run`.
"""

from __future__ import annotations

import os
import pathlib
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAMES = 40
TAPS = 15


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _spin_frames(width: int, height: int) -> tuple[float, float, float, float]:
    """Median ms of a spin frame, of one in the slow part, the slow part's share, a pie's ms.

    Frames are taken evenly over the spin's time, as a screen shows them: while the rim
    moves :data:`spin.QUICK_RIM_PX` or more a frame the eye cannot follow (quick frames),
    then the wheel slows down and is drawn at full quality.
    """
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from smartklasse.domain import spin
    from smartklasse.domain.wheels import load_default_wheels
    from smartklasse.ui.wheel.widget import WheelWidget

    wheel = load_default_wheels()[0]
    widget = WheelWidget()
    widget.resize(width, height)
    widget.set_wheel([t.text("nb") for t in wheel.tasks], wheel.colour, wheel.name("nb"))
    widget.set_progress([1, 0, 3, 0, 2, 0, 0, 1])
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    background = QColor("#f7f5f0")
    plan = spin.plan_spin(3, 8, 0.0, random.Random(1))

    def frame(rotation: float, fast: bool = False) -> None:
        widget.set_rotation(rotation, fast)
        image.fill(background)
        painter = QPainter(image)
        widget.render_frame(painter)
        painter.end()

    cx, cy, r = widget.wheel_circle()
    colours = [QColor(wheel.colour).lighter(100 + 8 * (i % 3)) for i in range(8)]

    def pie(rotation: float) -> None:
        image.fill(background)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(QPointF(cx, cy))
        painter.rotate(rotation)
        for k in range(8):
            painter.setBrush(colours[k])
            painter.drawPie(QRectF(-r, -r, 2 * r, 2 * r), k * 45 * 16, 45 * 16)
        painter.end()

    frame(0.0)  # the static layer is built once, before the spin starts
    wheel_times = []
    slow_times = []
    pie_times = []
    for i in range(FRAMES):
        elapsed = plan.duration_ms * i / FRAMES
        angle = spin.rotation_at(plan, elapsed)
        fast = spin.is_quick(plan, elapsed, r)  # as the page does
        start = time.perf_counter()
        frame(angle, fast)
        wheel_times.append((time.perf_counter() - start) * 1000)
        if not fast:
            slow_times.append(wheel_times[-1])
        # The floor takes turns with the wheel, so a busy moment on the machine hits both.
        start = time.perf_counter()
        pie(angle)
        pie_times.append((time.perf_counter() - start) * 1000)
    slow_share = len(slow_times) / FRAMES
    return (
        statistics.median(wheel_times),
        statistics.median(slow_times),
        slow_share,
        statistics.median(pie_times),
    )


#: The rows one tap in :func:`_tap_done` writes (the entry, its one pupil, its one strength).
_ENTRY_SQL = (
    "INSERT INTO log_entries (id, class_id, wheel_id, task_id, task_text, whole_class, "
    "entry_date, created_at, reflection_me, reflection_others) VALUES (?,?,?,?,?,?,?,?,?,?)"
)


def _floor_connection(db_path: pathlib.Path) -> sqlite3.Connection:
    """A bare sqlite3 connection to the app's file, with the app's connection settings."""
    from sqlite_utils import Database

    from smartklasse.storage.database import configure_connection

    conn = sqlite3.connect(str(db_path), isolation_level=None)
    configure_connection(Database(conn, execute_plugins=False))
    return conn


def _tap_done(db_path: pathlib.Path, *, whole_window: bool = False) -> tuple[float, float]:
    """Median ms from a click on "Ferdig" until click() returns, beside its floor.

    The floor is the least work a tap must do: one transaction writing the rows of
    the same entry (the entry, its pupil, its strength) to the same file, with the
    app's connection settings (WAL, synchronous FULL), taken in turns with the taps so
    both see the same disk. (One INSERT into a new, empty file was no floor for this:
    the tap cannot write less than its entry's rows, and a small file is cheaper to
    write to than the teacher's.) Between taps the event loop runs, as it does between
    a teacher's taps: the closed flow is deleted and the page painted, unmeasured.

    ``whole_window``: in the main window after every page has been visited once, so
    the pages built behind the wheel hear of the new entry too.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    from benchmarks.common import settle_disk
    from smartklasse.i18n import current_language
    from smartklasse.settings import Settings
    from smartklasse.storage import classes
    from smartklasse.storage.catalogue import seed_catalogues
    from smartklasse.storage.database import open_database
    from smartklasse.ui.context import AppContext
    from smartklasse.ui.wheel.page import WheelPage

    app = _app()
    db = open_database(db_path)
    seed_catalogues(db)
    existing = classes.list_classes(db)
    class_id = existing[0].id if existing else classes.create_class(db, "7B", ["Ola", "Kari"])
    context = AppContext(db, db_path.parent, Settings(active_class_id=class_id))
    window = None
    if whole_window:
        from smartklasse.ui.main_window import MainWindow
        from smartklasse.ui.pages import PAGES

        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        for spec in PAGES:
            window.show_page(spec.key)
            app.processEvents()
        window.show_page(PAGES[0].key)
        page = window.page(PAGES[0].key)
        assert isinstance(page, WheelPage)
    else:
        page = WheelPage(context)
        page.resize(1200, 700)

    def settle() -> None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    floor = _floor_connection(db_path)
    settle_disk()
    times: list[float] = []
    floors: list[float] = []
    for index in range(TAPS + 2):  # two warm-up rounds
        settle()
        page.open_task(0)
        flow = page.tap_flow
        assert flow is not None
        tile = next(iter(flow.pupil_tiles.values()), None)
        (tile or flow.whole_class).click()
        flow.next_button.click()
        next(iter(flow.strength_chips.values())).click()
        answers = flow.answers()
        settle()
        start = time.perf_counter()
        flow.done_button.click()  # the page commits the entry before click() returns
        tap_ms = (time.perf_counter() - start) * 1000
        settle()
        assert page.wheel is not None
        task = page.wheel.tasks[0]
        entry_id = uuid.uuid4().hex
        start = time.perf_counter()
        floor.execute("BEGIN IMMEDIATE")
        floor.execute(
            _ENTRY_SQL,
            (
                entry_id,
                class_id,
                page.wheel.id,
                task.id,
                task.text(current_language()),
                int(answers.whole_class),
                "2025-03-03",
                "2025-03-03T10:00:00+01:00",
                "",
                "",
            ),
        )
        floor.executemany(
            "INSERT INTO log_entry_pupils VALUES (?, ?)", [(entry_id, p) for p in answers.pupil_ids]
        )
        floor.executemany(
            "INSERT INTO log_entry_strengths VALUES (?, ?)",
            [(entry_id, s) for s in answers.strength_ids],
        )
        floor.execute("COMMIT")
        floor_ms = (time.perf_counter() - start) * 1000
        if index >= 2:
            times.append(tap_ms)
            floors.append(floor_ms)
    floor.close()
    if window is not None:
        window.close()
        window.deleteLater()
    page.deleteLater()
    settle()
    db.close()
    return statistics.median(times), statistics.median(floors)


def run(large_db: pathlib.Path | None) -> list[dict[str, Any]]:
    """Measure the wheel's spin frames and the tap-to-commit time (medians, in ms)."""
    _app()
    results: list[dict[str, Any]] = []
    for width, height in ((1366, 768), (1920, 1080), (3840, 2160)):
        wheel_ms, slow_ms, slow_share, pie_ms = _spin_frames(width, height)
        results.append(
            {
                "what": f"wheel spin frame {width}x{height} (offscreen)",
                "figure_ms": round(wheel_ms, 2),
                "floor": "bare 8-slice QPainter pie, same size",
                "floor_ms": round(pie_ms, 2),
                "goal": "≤ 1.5×, ≤ 8 ms",
            }
        )
        results.append(
            {
                "what": f"  the same, slowing down (last {slow_share:.0%} of the spin)",
                "figure_ms": round(slow_ms, 2),
                "floor": "bare 8-slice QPainter pie, same size",
                "floor_ms": round(pie_ms, 2),
                "goal": "≤ 1.5×, ≤ 8 ms",
            }
        )
    floor = "raw SQL writing the same entry's rows, one COMMIT, same file and settings"
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        db_path = folder / "smartklasse.sqlite3"
        if large_db is not None:
            shutil.copy(large_db, db_path)  # never write into the caller's database
        for whole_window, what in (
            (False, "tap Ferdig -> log entry committed"),
            (True, "  the same, main window with every page visited"),
        ):
            tap_ms, floor_ms = _tap_done(db_path, whole_window=whole_window)
            results.append(
                {
                    "what": what,
                    "figure_ms": round(tap_ms, 2),
                    "floor": floor,
                    "floor_ms": round(floor_ms, 2),
                }
            )
    return results


if __name__ == "__main__":
    for row in run(None):
        print(f"{row['what']}: {row['figure_ms']} ms (floor: {row['floor']}: {row['floor_ms']} ms)")
