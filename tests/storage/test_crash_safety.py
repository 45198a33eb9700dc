"""Crash safety: a process killed with SIGKILL mid-write never loses a confirmed entry.

A child process logs entries in a loop and prints each id only after
``add_entry`` has returned (the moment the app would show "saved"). The
parent kills it at random moments, many times, then checks the file.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from smartklasse.paths import ROOT_DIR

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from smartklasse.storage import classes, log
    from smartklasse.storage.database import open_database

    db = open_database(Path(sys.argv[1]))
    rows = classes.list_classes(db)
    class_id = rows[0].id if rows else classes.create_class(db, "7B", ["Ola", "Kari"])
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    print("ready", flush=True)
    n = 0
    while True:
        entry_id = log.add_entry(
            db, class_id, wheel_id=None, task_id=None, task_text="Holdt døra " * 20,
            pupil_ids=pupils[n % 2 :], reflection_me="Det gjorde meg glad " * 10,
        )
        print(entry_id, flush=True)
        n += 1
    """
)

ROUNDS = 25


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_entries_survive_sigkill(tmp_path: Path) -> None:
    # Every entry whose commit returned is present after 25 hard kills, and the file is sound.
    path = tmp_path / "smartklasse.sqlite3"
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT_DIR))
    rng = random.Random(8)
    confirmed: list[str] = []
    for _round in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        assert first == "ready", child.stderr.read() if child.stderr else first
        # The kill lands anywhere: between commits, mid-transaction, mid-fsync.
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _err = child.communicate()
        assert child.returncode == -signal.SIGKILL
        # Only whole lines count: a half-printed id was never confirmed.
        lines = out.split("\n")
        confirmed.extend(line for line in lines[:-1] if line)
    assert len(confirmed) > ROUNDS  # the child really wrote between kills

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in conn.execute("SELECT id FROM log_entries")}
    finally:
        conn.close()
    missing = [entry_id for entry_id in confirmed if entry_id not in stored]
    assert missing == []
