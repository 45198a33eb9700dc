"""Start-up and memory: the app's first paint against a bare PySide6 window's.

Each start is a fresh process under ``QT_QPA_PLATFORM=offscreen``; the time runs
from just before the process is started to the first paint of the main window
(both reported by ``smartklasse/ui/first_paint.py``).
Peak RSS is the child's VmHWM at that moment. The three kinds of start take
turns, so a noisy moment on the machine hits all of them alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import repeats, row, working_copy

ROOT = Path(__file__).resolve().parent.parent
BARE = [sys.executable, "-m", "benchmarks.bare_window"]  # run from ROOT, beside smartklasse/


def _app(data_dir: Path) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)]


#: The benchmark's own cache folder (compiled catalogues), filled by the unmeasured first round.
CACHE_DIR = Path(tempfile.mkdtemp(prefix="smartklasse-bench-cache-"))


def start_once(command: list[str]) -> tuple[float, int]:
    """Start ``command``; return (ms to its first paint, its peak RSS in kB)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SMARTKLASSE_EXIT_AFTER_FIRST_PAINT="1",
        SMARTKLASSE_CACHE_DIR=str(CACHE_DIR),
    )
    # As installed: Python's compiled modules are kept (the unmeasured first round writes
    # them), whatever the shell running the benchmark says.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    done = subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            _tag, painted, rss = line.split()
            return (float(painted) - started) * 1000, int(rss)
    raise RuntimeError(f"{command} did not report a first paint: {done.stderr[-2000:]}")


def run(large_db: Path | None) -> list[dict[str, Any]]:
    """Start-up with an empty data folder and with the large database, and peak memory."""
    runs = repeats(15)
    large_dir = working_copy(large_db, "startup").parent if large_db else None
    times: dict[str, list[float]] = {"bare": [], "empty": [], "large": []}
    rss: dict[str, list[int]] = {"bare": [], "empty": [], "large": []}
    with tempfile.TemporaryDirectory(prefix="smartklasse-bench-") as tmp:
        for index in range(runs + 1):  # the first round warms the disk cache, unmeasured
            empty_dir = Path(tmp) / f"empty-{index}"  # a first start every time
            kinds = {"bare": BARE, "empty": _app(empty_dir)}
            if large_dir:
                kinds["large"] = _app(large_dir)
            for kind, command in kinds.items():
                ms, kb = start_once(command)
                if index:
                    times[kind].append(ms)
                    rss[kind].append(kb)
    bare_ms = statistics.median(times["bare"])
    bare_mb = statistics.median(rss["bare"]) / 1024
    floor = "bare QMainWindow + QLabel"
    rows = [
        row(
            "start-up, empty data folder",
            statistics.median(times["empty"]),
            floor,
            bare_ms,
            goal="≤ 1.3×",
        )
    ]
    if large_dir:
        large_mb = statistics.median(rss["large"]) / 1024
        rows.append(
            row(
                "start-up, large database",
                statistics.median(times["large"]),
                floor,
                bare_ms,
                goal="≤ 1.3×",
            )
        )
        rows.append(
            row(
                "memory (peak RSS), large database",
                large_mb,
                floor,
                bare_mb,
                unit="MB",
                goal=f"≤ +60 MB (now {large_mb - bare_mb:+.0f} MB)",
            )
        )
    else:
        rows.append(
            row(
                "memory (peak RSS), empty data folder",
                statistics.median(rss["empty"]) / 1024,
                floor,
                bare_mb,
                unit="MB",
                goal="≤ +60 MB",
            )
        )
    return rows
