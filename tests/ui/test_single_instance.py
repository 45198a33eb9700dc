"""Two copies on one data folder: the second is refused and wakes the first (real processes)."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smartklasse.paths import ROOT_DIR
from smartklasse.ui.single_instance import Claim, SingleInstance

FIRST_COPY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from smartklasse.ui.single_instance import SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    print(instance.acquire().value, flush=True)

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
    assert child.stdout.readline().strip() == "taken"
    return child


def test_second_copy_refused_and_first_brought_forward(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    # While one copy runs on the folder, another is refused and the first is told to show.
    first = _start_first(tmp_path, data_dir)
    try:
        second = SingleInstance(data_dir)
        assert second.acquire() is Claim.OTHER_COPY
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
    assert again.acquire() is Claim.TAKEN
    again.release()


def test_other_data_folder_is_independent(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    # A second class laptop folder (another data dir) is not blocked by the first.
    first = _start_first(tmp_path, data_dir)
    try:
        other_dir = tmp_path / "other"
        other_dir.mkdir()
        other = SingleInstance(other_dir)
        assert other.acquire() is Claim.TAKEN
        other.release()
    finally:
        first.kill()
        first.communicate(timeout=15)


CLAIM_AS = textwrap.dedent(
    """
    import os, resource, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from smartklasse.i18n import set_language
    from smartklasse.ui.dialogs.damaged_data import claim_message
    from smartklasse.ui.single_instance import SingleInstance

    if sys.argv[2] == "full":
        # Files may not grow: every write ends as on a full disk.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    app = QCoreApplication([])
    set_language("nb")
    if sys.argv[2] == "nobody":
        # Everything is loaded as root (Python lives in root's folder); then the process
        # becomes the user "nobody", whom the folder's file modes do stop.
        os.setgid(65534)
        os.setuid(65534)
    instance = SingleInstance(Path(sys.argv[1]))
    claim = instance.acquire()
    print(claim.value)
    print(claim_message(claim, Path(sys.argv[1]), instance.holder_pid))
    """
)


def _claim_in_child(data_dir: Path, mode: str) -> tuple[str, str]:
    script = data_dir.parent / "claim.py"
    script.write_text(CLAIM_AS, encoding="utf-8")
    script.chmod(0o644)
    env = dict(os.environ, PYTHONPATH=str(ROOT_DIR), QT_QPA_PLATFORM="offscreen", HOME="/tmp")
    done = subprocess.run(
        [sys.executable, str(script), str(data_dir), mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd="/",
    )
    claim, _, message = done.stdout.partition("\n")
    return claim, message


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A data folder outside pytest's private temp folder, so another user can reach it."""
    base = Path(tempfile.mkdtemp(prefix="sk-claim-"))
    base.chmod(0o755)
    data_dir = base / "data"
    data_dir.mkdir(mode=0o755)
    yield data_dir
    shutil.rmtree(base)


@pytest.mark.skipif(os.geteuid() != 0, reason="runs the check as the user nobody")
def test_read_only_folder_is_named_not_an_open_copy(open_folder: Path) -> None:
    # The folder belongs to root and the app runs as "nobody" (file modes stop "nobody",
    # not root): the teacher is told the folder is read-only, not that a copy is open.
    assert pwd.getpwnam("nobody").pw_uid == 65534
    claim, message = _claim_in_child(open_folder, "nobody")
    assert claim == "read_only"
    assert "skrivebeskyttet" in message and str(open_folder) in message
    assert "allerede åpen" not in message


def test_full_disk_is_named_not_an_open_copy(open_folder: Path) -> None:
    claim, message = _claim_in_child(open_folder, "full")
    assert claim == "disk_full"
    assert "full" in message and "allerede åpen" not in message


def test_stale_lock_of_another_program_is_taken_over(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    # A copy was killed; its PID now belongs to another program (here: sleep). The lock is
    # stale, so the app starts instead of claiming that a copy is open.
    first = _start_first(tmp_path, data_dir)
    os.kill(first.pid, signal.SIGKILL)
    first.communicate(timeout=15)
    other = subprocess.Popen(["sleep", "30"])
    try:
        lock = data_dir / "smartklasse.lock"
        lines = lock.read_text().split("\n")
        lines[0] = str(other.pid)
        lock.write_text("\n".join(lines))
        again = SingleInstance(data_dir)
        assert again.acquire() is Claim.TAKEN
        again.release()
    finally:
        other.kill()
        other.wait()
