"""Two copies on one data folder: the second is refused and wakes the first (real processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from smartklasse.paths import ROOT_DIR
from smartklasse.ui.single_instance import SingleInstance

FIRST_COPY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from smartklasse.ui.single_instance import SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    print("acquired" if instance.acquire() else "refused", flush=True)

    def woken() -> None:
        print("woken", flush=True)
        app.quit()

    instance.activation_requested.connect(woken)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    instance.release()
    """
)


def _start_first(tmp_path: Path, data_dir: Path) -> subprocess.Popen[str]:
    script = tmp_path / "first.py"
    script.write_text(FIRST_COPY, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT_DIR), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(script), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "acquired"
    return child


def test_second_copy_refused_and_first_brought_forward(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    # While one copy runs on the folder, another is refused and the first is told to show.
    first = _start_first(tmp_path, data_dir)
    try:
        second = SingleInstance(data_dir)
        assert second.acquire() is False
        out, _err = first.communicate(timeout=15)
        assert "woken" in out
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_crashed_copy_does_not_lock_out_the_next(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    # After the first copy is killed (power button, crash), the app starts normally.
    first = _start_first(tmp_path, data_dir)
    os.kill(first.pid, signal.SIGKILL)
    first.communicate(timeout=15)
    again = SingleInstance(data_dir)
    assert again.acquire() is True
    again.release()


def test_other_data_folder_is_independent(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    # A second class laptop folder (another data dir) is not blocked by the first.
    first = _start_first(tmp_path, data_dir)
    try:
        other_dir = tmp_path / "other"
        other_dir.mkdir()
        other = SingleInstance(other_dir)
        assert other.acquire() is True
        other.release()
    finally:
        first.kill()
        first.communicate(timeout=15)
