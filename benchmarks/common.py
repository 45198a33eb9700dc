"""What every benchmark module shares: repeat counts, medians and the row format.

A benchmark module ``benchmarks/bench_<feature>.py`` exposes
``run(large_db: Path | None) -> list[dict]``; each dict is a :func:`row`.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import OUT_DIR

_quick = False


def set_quick(quick: bool) -> None:
    """Fewer repeats everywhere (``run.py --quick``)."""
    global _quick
    _quick = quick


def repeats(full: int) -> int:
    """How many times to repeat a measurement that takes ``full`` repeats in a full run."""
    return max(3, full // 3) if _quick else full


def median_ms(job: Callable[[], object], runs: int, warmup: int = 1) -> float:
    """Median wall time of ``job()`` in milliseconds, after ``warmup`` unmeasured calls."""
    for _ in range(warmup):
        job()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def paired_medians_ms(
    job: Callable[[], object], floor: Callable[[], object], runs: int, warmup: int = 1
) -> tuple[float, float]:
    """Median ms of ``job()`` and of ``floor()``, timed in turns so a busy moment hits both."""
    for _ in range(warmup):
        job()
        floor()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for call, kept in ((job, times[0]), (floor, times[1])):
            started = time.perf_counter()
            call()
            kept.append((time.perf_counter() - started) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def row(what: str, figure_ms: float, floor: str, floor_ms: float, **extra: Any) -> dict[str, Any]:
    """One line of the table.

    ``extra`` may hold ``unit`` (default ``"ms"``; the figures are then in that unit)
    and ``goal`` (a short text such as ``"≤ 1.3×"``) shown in the last column.
    """
    return {"what": what, "figure_ms": figure_ms, "floor": floor, "floor_ms": floor_ms, **extra}


def settle_disk() -> None:
    """Write out what the OS still holds for the disk before timing commits.

    A copy of the large database (and the backup opening it may write first) leaves
    gigabytes to be written back; a commit's fsync measured then waits for part of it,
    the tap and its floor alike, which pulls their ratio towards 1.
    """
    os.sync()


def working_copy(source: Path, name: str) -> Path:
    """Copy ``source`` into ``benchmarks/out/<name>/smartklasse.sqlite3`` (a fresh data folder).

    Benchmarks that write, or that let the app open the file, work on a copy so
    the cached large database stays exactly as generated.
    """
    folder = OUT_DIR / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    target = folder / "smartklasse.sqlite3"
    shutil.copyfile(source, target)
    return target
