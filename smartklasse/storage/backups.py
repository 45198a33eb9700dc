"""Automatic backups: a consistent copy with SQLite's online backup API, rotated, restorable.

Backups live in ``data_dir/backups`` as ``smartklasse-YYYYMMDD-HHMMSS-<kind>.sqlite3``.
The time in the name (local time) is the backup's date, so listing and
rotation never depend on file times, which copying folders can change.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smartklasse.domain import clock
from smartklasse.storage import modes
from smartklasse.storage.migrations import unknown_migrations

#: Why a backup was made.
KIND_DAILY = "daily"
KIND_MIGRATION = "migration"
KIND_RESTORE = "restore"

#: How many days (each with all its backups) and older weeks (one backup each) are kept.
KEEP_DAYS = 14
KEEP_WEEKS = 8

_NAME = re.compile(r"^smartklasse-(\d{8})-(\d{6})(?:-(\d+))?-([a-z]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds (``usable`` False if it cannot be read)."""

    path: Path
    taken_at: dt.datetime
    kind: str
    class_names: tuple[str, ...] = ()
    entry_count: int = 0
    usable: bool = True


def backup_name(taken_at: dt.datetime, kind: str, serial: int = 0) -> str:
    """The file name of a backup taken at ``taken_at``."""
    stamp = taken_at.strftime("%Y%m%d-%H%M%S")
    extra = f"-{serial}" if serial else ""
    return f"smartklasse-{stamp}{extra}-{kind}.sqlite3"


def parse_backup_name(name: str) -> tuple[dt.datetime, str] | None:
    """Read the time and kind from a backup's file name; None if it is not one of ours."""
    match = _NAME.match(name)
    if not match:
        return None
    day, clock_time = match[1], match[2]
    try:
        # Read by position: strptime would import and compile its parser at every start.
        taken_at = dt.datetime(
            int(day[:4]),
            int(day[4:6]),
            int(day[6:]),
            int(clock_time[:2]),
            int(clock_time[2:4]),
            int(clock_time[4:]),
        )
    except ValueError:
        return None
    return taken_at, match[4]


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` with the online backup API.

    The copy is written beside the target and renamed into place, so a crash
    never leaves a half-written file under a backup's name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    modes.private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    partial.touch(mode=0o600)
    modes.private_file(partial)
    dest = sqlite3.connect(str(partial))
    try:
        source.backup(dest)
        # A backup must be one self-contained file, whatever mode the source is in.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    partial.replace(target)
    return target


def make_backup(
    source: sqlite3.Connection, backups_dir: Path, kind: str, now: dt.datetime | None = None
) -> Path:
    """Back up ``source`` into ``backups_dir`` now; return the new file's path."""
    now = now or clock.now().replace(tzinfo=None)
    serial = 0
    while (backups_dir / backup_name(now, kind, serial)).exists():
        serial += 1
    return copy_database(source, backups_dir / backup_name(now, kind, serial))


def backup_file(
    db_path: Path, backups_dir: Path, kind: str, now: dt.datetime | None = None
) -> Path:
    """Back up the database file at ``db_path`` through a connection of its own.

    Safe to call on a worker thread while the app's connection stays open:
    WAL mode lets this read a consistent snapshot without blocking the app.
    """
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10.0)
    try:
        return make_backup(source, backups_dir, kind, now)
    finally:
        source.close()


def _backup_files(backups_dir: Path) -> list[tuple[Path, dt.datetime, str]]:
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is not None and path.is_file():
            found.append((path, parsed[0], parsed[1]))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def remove_partials(backups_dir: Path) -> list[Path]:
    """Delete unfinished copies (``*.partial``) a killed backup left; return what was removed.

    Called at start, before a new backup can be running.
    """
    if not backups_dir.is_dir():
        return []
    removed = []
    for path in backups_dir.glob("*.partial*"):
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def list_backup_paths(backups_dir: Path) -> list[Path]:
    """The backup files in ``backups_dir``, newest first (no partial ones)."""
    return [path for path, _taken, _kind in _backup_files(backups_dir)]


def backup_due(backups_dir: Path, now: dt.datetime | None = None) -> bool:
    """True if no backup was taken today yet (the start-up backup runs at most once a day)."""
    today = (now or clock.now().replace(tzinfo=None)).date()
    return all(taken.date() != today for _p, taken, _k in _backup_files(backups_dir))


def rotate(backups_dir: Path) -> list[Path]:
    """Delete old backups; return the ones deleted.

    Kept: every backup of the :data:`KEEP_DAYS` most recent days that have
    backups, and beyond those the newest backup of each of the
    :data:`KEEP_WEEKS` most recent ISO weeks.
    """
    files = _backup_files(backups_dir)
    days = sorted({taken.date() for _p, taken, _k in files}, reverse=True)
    kept_days = set(days[:KEEP_DAYS])
    kept_weeks: set[tuple[int, int]] = set()
    deleted = []
    for path, taken, _kind in files:  # newest first
        if taken.date() in kept_days:
            continue
        week = taken.isocalendar()[:2]
        if week not in kept_weeks and len(kept_weeks) < KEEP_WEEKS:
            kept_weeks.add((week[0], week[1]))
            continue
        path.unlink(missing_ok=True)
        deleted.append(path)
    return deleted


def inspect_backup(path: Path) -> BackupInfo:
    """Read what a backup holds, without changing it; unreadable files are marked unusable."""
    parsed = parse_backup_name(path.name)
    taken_at, kind = parsed if parsed else (dt.datetime.fromtimestamp(path.stat().st_mtime), "")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return BackupInfo(path, taken_at, kind, usable=False)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        names = tuple(
            row[0]
            for row in conn.execute(
                "SELECT name FROM classes WHERE archived_at IS NULL ORDER BY position, name"
            )
        )
        entries = int(conn.execute("SELECT COUNT(*) FROM log_entries").fetchone()[0])
        if unknown_migrations(conn):
            raise sqlite3.DatabaseError("written by a newer version")
    except sqlite3.Error:
        return BackupInfo(path, taken_at, kind, usable=False)
    finally:
        conn.close()
    return BackupInfo(path, taken_at, kind, names, entries, True)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup, newest first, with the classes and number of entries it holds."""
    return [inspect_backup(path) for path, _t, _k in _backup_files(backups_dir)]


def newest_usable_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup this version of the app can open, or None."""
    for path, _t, _k in _backup_files(backups_dir):
        info = inspect_backup(path)
        if info.usable:
            return info
    return None


def restore_backup(
    db_path: Path, backup: Path, backups_dir: Path, now: dt.datetime | None = None
) -> Path | None:
    """Replace the database at ``db_path`` with ``backup``; return the safety copy made first.

    The caller must have closed every connection to ``db_path``. The current
    state is backed up first (kind ``restore``) when it can be read, so a
    restore can itself be undone from the restore dialog.
    """
    safety: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        safety = backup_file(db_path, backups_dir, KIND_RESTORE, now)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dest = sqlite3.connect(str(db_path))
    try:
        # The backup API writes through SQLite's own locking and journal, so the
        # live file is replaced whole or not at all.
        source.backup(dest)
        dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dest.close()
        source.close()
    return safety
