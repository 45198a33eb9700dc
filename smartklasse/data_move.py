"""Move the data, once, out of the folder an earlier version kept it in.

On Windows the data used to live in Roaming AppData, which school networks copy
between machines; it now lives in Local AppData. At the first start of a newer
version the database (with its -wal and -shm files), the settings and the backups
move over. A move cut short (power off) is finished at the next start: a marker
file in the new folder says a move is under way. Free of Qt.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from pathlib import Path

from smartklasse.paths import DATABASE_NAME

log = logging.getLogger(__name__)

#: Written into the new folder while a move is under way.
MOVE_MARKER = "moving-data-here.txt"
#: The lock of a copy of the app that is no longer running: not data, not moved.
LOCK_NAME = "smartklasse.lock"
#: The -wal file before the database itself, so the database never arrives without it.
_DATABASE_FILES = (f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm", DATABASE_NAME)


def move_old_data(old: Path, new: Path) -> Path:
    """Move the data from ``old`` into ``new`` once; return the folder to use for this run.

    Nothing moves when ``new`` already holds a database (moved before, or the app ran
    there) or ``old`` holds none. When the database cannot be moved (a copy of an
    earlier version still has it open), nothing moves and ``old`` is used this time.
    An entry whose name is already taken in ``new`` stays where it is.
    """
    marker = new / MOVE_MARKER
    if not marker.exists():
        if (new / DATABASE_NAME).exists() or not (old / DATABASE_NAME).is_file():
            return new
        new.mkdir(parents=True, exist_ok=True)
        marker.write_text(f"Moving the data here from {old}\n", encoding="utf-8")
    if not _move_database(old, new):
        log.warning("data in %s is in use; it stays there for now", old)
        if not (new / DATABASE_NAME).exists():
            marker.unlink(missing_ok=True)
        return old
    for entry in sorted(old.iterdir()) if old.is_dir() else []:
        if entry.name == LOCK_NAME:
            entry.unlink(missing_ok=True)
        elif (new / entry.name).exists():
            log.warning("not moved, %s already holds %s", new, entry.name)
        else:
            shutil.move(str(entry), str(new / entry.name))
    marker.unlink()
    if old.is_dir():
        try:
            old.rmdir()
        except OSError:
            log.info("left behind in %s: %s", old, ", ".join(p.name for p in old.iterdir()))
    log.info("data moved from %s to %s", old, new)
    return new


def _move_database(old: Path, new: Path) -> bool:
    """Move the database files; on any failure put back what moved and return False."""
    moved: list[str] = []
    try:
        for name in _DATABASE_FILES:
            if (old / name).exists():
                _move_file(old / name, new / name)
                moved.append(name)
    except OSError:
        for name in reversed(moved):
            _move_file(new / name, old / name)
        return False
    return True


def _move_file(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target`` (replacing it); copy then delete across drives.

    A file another process holds open cannot be renamed or deleted on Windows: then
    this raises and leaves no copy behind.
    """
    try:
        os.replace(source, target)
        return
    except OSError as exc:
        other_drive = exc.errno == errno.EXDEV or getattr(exc, "winerror", None) == 17
        if not other_drive:
            raise
    part = target.with_name(target.name + ".part")
    shutil.copy2(source, part)
    os.replace(part, target)
    try:
        source.unlink()
    except OSError:
        target.unlink()
        raise


def data_dir_after_move(new: Path, old_dirs: list[Path]) -> Path:
    """The data folder for this run: ``new``, once the data of the earlier folders is in it."""
    for old in old_dirs:
        if old != new:
            chosen = move_old_data(old, new)
            if chosen != new:
                return chosen
    return new
