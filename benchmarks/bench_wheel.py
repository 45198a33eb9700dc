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


def _tap_done(db_path: pathlib.Path) -> float:
    """Median ms from a click on "Ferdig" to the entry being committed."""
    from smartklasse.settings import Settings
    from smartklasse.storage import classes
    from smartklasse.storage.catalogue import seed_catalogues
    from smartklasse.storage.database import open_database
    from smartklasse.ui.context import AppContext
    from smartklasse.ui.wheel.page import WheelPage

    db = open_database(db_path)
    seed_catalogues(db)
    existing = classes.list_classes(db)
    class_id = existing[0].id if existing else classes.create_class(db, "7B", ["Ola", "Kari"])
    context = AppContext(db, db_path.parent, Settings(active_class_id=class_id))
    page = WheelPage(context)
    page.resize(1200, 700)
    times = []
    for _ in range(TAPS):
        page.open_task(0)
        flow = page.tap_flow
        assert flow is not None
        if flow.pupil_tiles:
            next(iter(flow.pupil_tiles.values())).click()
        else:
            flow.whole_class.click()
        flow.next_button.click()
        next(iter(flow.strength_chips.values())).click()
        start = time.perf_counter()
        flow.done_button.click()  # the page commits the entry before click() returns
        times.append((time.perf_counter() - start) * 1000)
    page.deleteLater()
    db.close()
    return statistics.median(times)


def _raw_insert(folder: pathlib.Path) -> float:
    """Median ms of one INSERT + COMMIT with sqlite3 in WAL mode, synchronous=FULL like the app."""
    conn = sqlite3.connect(str(folder / "raw.sqlite3"), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT)")
    times = []
    for i in range(TAPS):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (?, ?)", (f"id{i}", "Vis godt samarbeid"))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(times)


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
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        db_path = folder / "smartklasse.sqlite3"
        if large_db is not None:
            shutil.copy(large_db, db_path)  # never write into the caller's database
        tap_ms = _tap_done(db_path)
        raw_ms = _raw_insert(folder)
    results.append(
        {
            "what": "tap Ferdig -> log entry committed",
            "figure_ms": round(tap_ms, 2),
            "floor": "one raw sqlite3 INSERT+COMMIT, WAL, synchronous=FULL",
            "floor_ms": round(raw_ms, 2),
        }
    )
    return results


if __name__ == "__main__":
    for row in run(None):
        print(f"{row['what']}: {row['figure_ms']} ms (floor: {row['floor']}: {row['floor_ms']} ms)")
