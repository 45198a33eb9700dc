"""The one way to write: :func:`write_transaction`, which takes the write lock at its start.

SQLite's plain ``BEGIN`` (what :meth:`sqlite_utils.Database.atomic` issues) is
deferred: the transaction reads under a shared lock and asks for the write lock
only at its first write. When another connection (a second window, a backup
being restored, the teacher's other program) wrote in between, that upgrade
fails at once with "database is locked" — ``busy_timeout`` does not wait in
that case — and a check made on the earlier read (the star wall's daily limit,
the next position of a pupil) may no longer hold. ``BEGIN IMMEDIATE`` takes the
write lock first, waits for it up to ``busy_timeout``, and every read inside
the transaction then sees the data it is about to change.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run the block as one write transaction (``BEGIN IMMEDIATE``), committed at its end.

    An exception rolls it back and propagates. Inside another write transaction
    the block becomes a savepoint of it, so storage functions that are each one
    transaction can be combined into one user action.
    """
    conn = db.conn
    if conn.in_transaction:
        savepoint = f"sk_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield db
        except BaseException:
            # An error that already ended the transaction leaves no savepoint to go back to.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def execute_script(db: Database, script: str) -> None:
    """Run the SQL statements of ``script`` in order, inside the transaction that is open.

    The migrations use it. ``sqlite3``'s own ``executescript`` commits first; sqlite-utils'
    avoids that, but finds where statements end by testing the script one character at a
    time, which took about 0.15 s for the log's triggers at every first start. Only a
    semicolon can end a statement, so only there is SQLite asked whether one is complete
    (a semicolon in a string or inside a trigger's body does not end it).
    """
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \t\r\n;"):
                db.execute(statement)
            statement = ""
