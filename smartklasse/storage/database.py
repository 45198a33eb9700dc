"""Open the app's database: WAL, foreign keys, migrations, and the refusal of unusable files.

This is the one place that opens the SQLite file. Callers get a
:class:`sqlite_utils.Database` that is ready to use, or a :class:`StorageError`
that says why not. A file that cannot be used is never written to; the UI
may move it aside (:func:`move_aside`) and start again from a backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from smartklasse.domain import clock
from smartklasse.paths import BACKUPS_DIR_NAME
from smartklasse.storage import backups, migrations, modes
from smartklasse.storage.transactions import write_transaction

log = logging.getLogger(__name__)

#: Marks a SQLite file as ours (``PRAGMA application_id``), the bytes "SMKL".
APPLICATION_ID = 0x534D4B4C

#: The first 16 bytes of every SQLite 3 file.
SQLITE_HEADER = b"SQLite format 3\x00"

#: Seconds to wait for another program's lock before calling the file locked.
LOCK_TIMEOUT = 5.0


class StorageError(Exception):
    """The database cannot be used; ``str(error)`` is for the log, the UI words it itself."""

    #: A short word for the file name when the file is moved aside.
    reason = "damaged"

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class NewerDatabaseError(StorageError):
    """The file was written by a newer version of the app; it is left untouched."""

    reason = "newer"

    def __init__(self, path: Path, unknown: list[str]) -> None:
        super().__init__(path, "unknown migrations: " + ", ".join(unknown))
        self.unknown = unknown


class NotOurDatabaseError(StorageError):
    """The file is a SQLite database, but not one of ours."""

    reason = "not-smartklasse"


class DamagedDatabaseError(StorageError):
    """The file is not a readable SQLite database (truncated, garbage, encrypted...)."""


class MissingDatabaseError(StorageError):
    """The data file is gone or empty, but backups or a -wal show there was data.

    That is damage, not a first start: nothing is created in its place and the
    -wal (which may hold the newest entries) is left as it is.
    """

    reason = "missing"


class ReadOnlyDatabaseError(StorageError):
    """The data file or its folder cannot be written to; nothing is wrong with the data."""

    reason = "read-only"


class LockedDatabaseError(StorageError):
    """Another program holds a lock on the database."""

    reason = "locked"


#: SQLite's page cache per connection, in KiB.
CACHE_KIB = 32 * 1024


def configure_connection(db: Database) -> None:
    """Apply the pragmas every connection to our database needs."""
    db.execute(f"PRAGMA busy_timeout = {int(LOCK_TIMEOUT * 1000)}")
    db.execute("PRAGMA foreign_keys = ON")
    # FULL makes a confirmed transaction survive a power cut, also in WAL mode.
    db.execute("PRAGMA synchronous = FULL")
    # Deleted rows are overwritten with zeros, so a deleted pupil leaves the file.
    db.execute("PRAGMA secure_delete = ON")
    # 32 MiB of page cache (the default is 2 MiB): a page of the log table with its
    # pupils and strengths touches some 500 pages of three indexes, which did not fit,
    # so every look read them from the file again.
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _is_lock_error(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


#: Files up to this size are read whole (quick_check) at start; larger ones, such as a school's
#: shared PC with years of logs, only get the header and schema checks, so start-up stays fast.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _check_header_size(header: bytes, path: Path) -> None:
    """Refuse a file shorter than its own header says (a truncated copy)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    # The page count is only meaningful when it was written with the current change counter,
    # and a -wal beside the file may legitimately hold pages a killed checkpoint had not
    # yet written back (SQLite recovers them), so the size says nothing then.
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    if page_count and valid_for == change_counter and path.stat().st_size < page_size * page_count:
        raise DamagedDatabaseError(path, "truncated: shorter than its header says")


def _check_readable(conn: sqlite3.Connection, path: Path) -> None:
    """Make sure the file is readable, ours and not newer (small files are read whole)."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        # quick_check reads every page: a truncated or scrambled file fails here, at
        # start, instead of in the middle of a lesson.
        check = "ok"
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        if _is_lock_error(exc):
            raise LockedDatabaseError(path, str(exc)) from exc
        raise DamagedDatabaseError(path, str(exc)) from exc
    if check != "ok":
        raise DamagedDatabaseError(path, f"quick_check: {check}")
    if app_id not in (0, APPLICATION_ID):
        raise NotOurDatabaseError(path, f"application_id={app_id:#x}")
    unknown = migrations.unknown_migrations(conn)
    if unknown:
        raise NewerDatabaseError(path, unknown)
    if conn.execute("PRAGMA user_version").fetchone()[0] != schema_fingerprint(conn):
        _check_schema(conn, path, app_id, tables)


def schema_fingerprint(conn: sqlite3.Connection) -> int:
    """A digest of the file's schema and of the migrations this version knows (31 bits).

    Kept in ``PRAGMA user_version`` once the schema has been checked against
    :func:`reference_schema`, so later starts of the same version on the same schema
    skip building the reference. Any change to the schema, by hand or by another
    version of the app, changes the digest, and the full check runs again.
    """
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    known = sorted(f"{set_name}/{name}" for set_name, name in migrations.known_names())
    digest = hashlib.blake2b(repr((rows, known)).encode(), digest_size=4).digest()
    return (int.from_bytes(digest, "big") & 0x7FFFFFFF) or 1


def _remember_checked_schema(conn: sqlite3.Connection, path: Path, created: bool) -> None:
    """Record that this file's schema is sound (checking it now after a migration)."""
    fingerprint = schema_fingerprint(conn)
    if conn.execute("PRAGMA user_version").fetchone()[0] == fingerprint:
        return
    if not created:
        # Migrated just now, or checked by another version: check what the migrations left.
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        _check_schema(conn, path, app_id, names)
    conn.execute(f"PRAGMA user_version = {fingerprint}")


def reference_schema() -> dict[str, frozenset[str]]:
    """Every table the migrations make, with its columns (built once, in memory)."""
    return _reference_schema(migrations.MIGRATION_SETS)


@functools.cache
def _reference_schema(sets: tuple[Migrations, ...]) -> dict[str, frozenset[str]]:
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    try:
        for migration_set in sets:
            migration_set.apply(db)
        return {
            name: frozenset(r[1] for r in db.conn.execute(f"PRAGMA table_info([{name}])"))
            for (name,) in db.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        db.close()


def _check_schema(conn: sqlite3.Connection, path: Path, app_id: int, names: set[str]) -> None:
    """Refuse a file whose tables are not ours, before anything is written to it.

    A file without our application id (older files) must have our migration
    record and nothing but our tables: another program's file that happens to
    have a ``classes`` table is refused. A file with every migration applied
    must have every table and column this version makes.
    """
    reference = reference_schema()
    tables = {n for n in names if not n.startswith("sqlite_")}
    if app_id == 0 and tables:
        foreign = tables - set(reference)
        if "_sqlite_migrations" not in tables or foreign:
            raise NotOurDatabaseError(path, "tables not ours: " + ", ".join(sorted(foreign)))
    if not tables:
        return
    if migrations.applied_names(conn) != migrations.known_names():
        return  # an older file: the migrations bring it up to date
    for name, columns in reference.items():
        have = {r[1] for r in conn.execute(f"PRAGMA table_info([{name}])")}
        if not columns <= have:
            missing = ", ".join(sorted(columns - have))
            raise NotOurDatabaseError(path, f"table {name} lacks {missing or 'everything'}")


def _check_file(path: Path, lock_timeout: float) -> None:
    """Check an existing file without any chance of writing to it or its -wal."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        # Not SQLite at all: SQLite is not even asked, so it cannot touch a -wal beside it.
        raise DamagedDatabaseError(path, "not a SQLite file")
    _check_header_size(header, path)
    try:
        # Read-only: a damaged file is never checkpointed or "recovered" into.
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=lock_timeout)
    except sqlite3.Error as exc:
        raise DamagedDatabaseError(path, str(exc)) from exc
    try:
        _check_readable(conn, path)
    finally:
        conn.close()


def _check_writable(conn: sqlite3.Connection, path: Path) -> None:
    """Take and release the write lock, so a program holding it is noticed at start."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        if _is_lock_error(exc):
            raise LockedDatabaseError(path, str(exc)) from exc
        raise DamagedDatabaseError(path, str(exc)) from exc


def _check_missing(path: Path) -> None:
    """Refuse to create a new file where data was: a -wal beside it, or backups of it."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise MissingDatabaseError(path, "only its -wal is left")
    if backups.list_backup_paths(path.parent / BACKUPS_DIR_NAME):
        raise MissingDatabaseError(path, "missing or empty, but there are backups")


#: Called now and then (every :data:`PROGRESS_STEPS` SQLite steps) while an existing file
#: is brought up to date, so the UI can say it is preparing the data and stay responsive.
MigrationProgress = Callable[[], None]

#: SQLite virtual-machine steps between two calls of a :data:`MigrationProgress`
#: (some milliseconds of work).
PROGRESS_STEPS = 50_000


@contextlib.contextmanager
def _reporting(conn: sqlite3.Connection, on_progress: MigrationProgress | None) -> Iterator[None]:
    """Call ``on_progress`` during the statements run inside the block."""
    if on_progress is None:
        yield
        return

    def handler() -> int:
        try:
            on_progress()
        except Exception:  # a failing display must not abort the migration
            log.exception("progress display failed")
        return 0

    handler()  # once at the start, so the UI's clock starts with the work
    conn.set_progress_handler(handler, PROGRESS_STEPS)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def open_database(
    path: Path,
    lock_timeout: float = LOCK_TIMEOUT,
    *,
    fresh: bool = False,
    on_migration: MigrationProgress | None = None,
) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    A missing or empty file is created only on a first start (no backups, no
    -wal) or when ``fresh`` says the teacher chose to start with no data.
    ``on_migration`` is called now and then while migrations change a file that
    already held data (after an upgrade: summaries and search indexes are built).

    Raises a :class:`StorageError` subclass when the file cannot be used; in
    that case the file has not been written to. Before a migration changes an
    existing file, a backup is written to the backups folder beside it.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        existed = path.exists() and path.stat().st_size > 0
    except PermissionError as exc:
        raise ReadOnlyDatabaseError(path, str(exc)) from exc
    # SQLite needs the folder too (the -wal and -shm beside the file).
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReadOnlyDatabaseError(path, "no write access")
    if existed:
        _check_file(path, lock_timeout)
    else:
        if not fresh:
            _check_missing(path)
        _create(path)
    try:
        conn = sqlite3.connect(str(path), timeout=lock_timeout)
    except sqlite3.Error as exc:
        raise DamagedDatabaseError(path, str(exc)) from exc
    # No sqlite-utils plugins: scanning every installed package for them costs
    # ~10 ms at each start, and no third-party code should touch our connection.
    db = Database(conn, execute_plugins=False)
    try:
        if existed:
            _check_writable(conn, path)
        configure_connection(db)
        db.execute(f"PRAGMA busy_timeout = {int(lock_timeout * 1000)}")
        applied = migrations.applied_names(conn)
        pending = bool(migrations.known_names() - applied)
        if existed and pending and applied:
            backups.make_backup(conn, path.parent / BACKUPS_DIR_NAME, backups.KIND_MIGRATION)
        try:
            if db.journal_mode != "wal":
                db.enable_wal()
            # A file this version has checked and brought up to date, unchanged since (the
            # schema digest says so), with every migration recorded, needs no write at all.
            checked = conn.execute("PRAGMA user_version").fetchone()[0] == schema_fingerprint(conn)
            if pending or not checked:
                with _reporting(conn, on_migration if existed and pending else None):
                    _migrate(db, path, created=False)
        except sqlite3.OperationalError as exc:
            if _is_lock_error(exc):
                raise LockedDatabaseError(path, str(exc)) from exc
            raise
        db.execute(f"PRAGMA busy_timeout = {int(LOCK_TIMEOUT * 1000)}")
        modes.private_data(path.parent, path)
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: Database, path: Path, *, created: bool) -> None:
    """Apply every pending migration and record the checked schema, in one write transaction.

    What is pending is read under the write lock, and a failing migration leaves the file
    as it was (each is a savepoint).
    """
    with write_transaction(db):
        for migration_set in migrations.MIGRATION_SETS:
            migration_set.apply(db)
        _remember_checked_schema(db.conn, path, created=created)


def _create(path: Path) -> None:
    """Make a new database at ``path``: our id, WAL, every migration applied and checked.

    It is built beside ``path`` without syncing each step, then synced once and renamed
    into place: a first start syncs twice instead of about ten times (each sync costs
    milliseconds on a quiet disk and up to tens on a busy or slow one). A crash leaves
    only the unfinished copy, which the next start builds again.
    """
    partial = path.with_name(path.name + ".new")
    for leftover in ("", "-wal", "-shm", "-journal"):
        partial.with_name(partial.name + leftover).unlink(missing_ok=True)
    conn = sqlite3.connect(str(partial))
    try:
        db = Database(conn, execute_plugins=False)
        # Nothing here needs to survive a crash before the finished file is synced below.
        db.execute("PRAGMA synchronous = OFF")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.enable_wal()
        _migrate(db, partial, created=True)
        conn.close()  # the last connection: everything goes into the file, the -wal goes
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except BaseException:
        conn.close()
        partial.unlink(missing_ok=True)
        raise


def move_aside(path: Path, reason: str = "damaged", now: dt.datetime | None = None) -> Path:
    """Rename an unusable database (and its -wal/-shm files) out of the way; return the new path.

    Nothing is deleted or overwritten: the file keeps its bytes under a name
    such as ``smartklasse.sqlite3.damaged-20261126-101500``, for someone who
    wants to rescue it later.
    """
    stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    serial = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{serial}")
        serial += 1
    # The -wal belongs to the old file: left behind, it would be replayed into the next one.
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    if path.exists():  # a missing file leaves only its -wal to keep
        path.rename(target)
    return target


def replace_with_backup(path: Path, backup: Path) -> Database:
    """Put a copy of ``backup`` at ``path`` (which must not exist) and open it."""
    if path.exists():
        raise FileExistsError(path)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dest = sqlite3.connect(str(path))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return open_database(path, fresh=True)
