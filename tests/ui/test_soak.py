"""A whole lesson in one process: the app must not leak while the class uses it.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every Qt call that returns
nothing; the interpreter aborted ("none_dealloc") after a few spins or ~95 page switches, and
every shorter test passed. This test does thousands of wheel frames, hundreds of page switches
and tap flows in one window and checks that ``sys.getrefcount(None)`` does not fall (before
Python 3.12, where ``None`` became immortal) and that memory stays flat. CI runs the suite on
the oldest Python we support.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartklasse.settings import Settings
from smartklasse.storage import classes
from smartklasse.ui.application import start
from smartklasse.ui.dialogs.welcome import WelcomeDialog
from smartklasse.ui.main_window import MainWindow
from smartklasse.ui.pages import PAGES
from smartklasse.ui.wheel.page import WheelPage

FRAMES = 2000
PAGE_SWITCHES = 300
TAP_FLOWS = 40
#: A leak of one reference per Qt call loses thousands within a hundred frames; normal churn
#: (other tests' objects freed while this one runs in the same process) is a few hundred.
NONE_REFS_SLACK = 1000
#: Caches (fonts, the wheel's pixmap, SQLite pages) settle in the first round.
MEMORY_SLACK_KB = 30_000


def _rss_kb() -> int | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def _none_refs() -> int | None:
    if sys.version_info >= (3, 12):
        return None  # immortal: the count no longer moves
    _settle()  # closed windows of earlier tests deleted now, not in the middle of the soak
    gc.collect()
    return sys.getrefcount(None)


def _settle() -> None:
    # What the event loop does between two taps, deleting closed dialogs (deleteLater) too.
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = start(app, data_dir, Settings(reduced_motion=True))
    assert win is not None
    qtbot.addWidget(win)
    welcome = win.findChild(WelcomeDialog)
    if welcome is not None:
        welcome.reject()
    class_id = classes.create_class(win.context.db, "7B", [f"Elev {n}" for n in range(1, 31)])
    win.context.set_active_class(class_id)
    win.show()
    qtbot.waitExposed(win)
    return win


def _guard(baseline: int | None) -> None:
    # Fail while the interpreter still runs: a leak of this kind ends in "none_dealloc" and
    # an abort that takes the whole test run with it.
    if baseline is not None and sys.getrefcount(None) < baseline - NONE_REFS_SLACK:
        pytest.fail(f"references to None fell from {baseline} to {sys.getrefcount(None)}")


def _lesson_round(
    window: MainWindow, frames: int, switches: int, flows: int, baseline: int | None = None
) -> None:
    page = window.page(PAGES[0].key)
    assert isinstance(page, WheelPage)
    widget = page.wheel_widget
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    for frame in range(frames):
        widget.set_rotation(frame * 7.3, frame % 3 != 0)
        widget.render_frame(painter)
        if frame % 100 == 0:
            _guard(baseline)
    painter.end()
    for switch in range(switches):
        window.show_page(PAGES[switch % len(PAGES)].key)
        _settle()
        _guard(baseline)
    window.show_page(PAGES[0].key)
    for _ in range(flows):
        page.spin()
        page.open_task_id(page.result_task_id)
        flow = page.tap_flow
        assert flow is not None
        next(iter(flow.pupil_tiles.values())).click()
        flow.next_button.click()
        next(iter(flow.strength_chips.values())).click()
        flow.next_button.click()
        flow.reflection_me.setText("Det ble fint")
        flow.done_button.click()
        _settle()
        _guard(baseline)


def test_a_whole_lesson_leaks_no_references_and_no_memory(window: MainWindow, qtbot: QtBot) -> None:
    # Thousands of frames, hundreds of page switches and tap flows in one process.
    _lesson_round(window, 200, len(PAGES) * 2, 3, _none_refs())  # warm the caches
    none_before, rss_before = _none_refs(), _rss_kb()
    _lesson_round(window, FRAMES, PAGE_SWITCHES, TAP_FLOWS, none_before)
    none_after, rss_after = _none_refs(), _rss_kb()
    count = window.context.db.execute("SELECT COUNT(*) FROM log_entries").fetchone()[0]
    assert count == TAP_FLOWS + 3
    if none_before is not None and none_after is not None:
        assert none_after >= none_before - NONE_REFS_SLACK, (none_before, none_after)
    if rss_before is not None and rss_after is not None:
        assert rss_after - rss_before < MEMORY_SLACK_KB, (rss_before, rss_after)
