"""Run slow work (printing a class set, a backup, an import) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the UI thread, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[_Job] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Call ``fn()`` on a worker thread; ``on_done``/``on_error`` run on the UI thread.

    ``fn`` must not touch widgets, and must open its own database connection
    if it needs one (a sqlite3 connection belongs to one thread).
    """
    job = _Job(fn)
    job.setAutoDelete(False)
    _running.add(job)

    def done(result: object) -> None:
        _running.discard(job)
        on_done(result)

    def failed(exc: object) -> None:
        _running.discard(job)
        assert isinstance(exc, BaseException)
        on_error(exc)

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
