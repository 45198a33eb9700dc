"""Write transactions take the write lock when they begin, so what they read stays true."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

import smartklasse
from smartklasse.storage import classes
from smartklasse.storage.transactions import execute_script, write_transaction


def _other_connection(data_dir: Path) -> sqlite3.Connection:
    # Another program (or a second window) on the same file, which does not wait for locks.
    return sqlite3.connect(data_dir / "smartklasse.sqlite3", timeout=0, isolation_level=None)


def test_write_lock_is_taken_before_the_first_read(db: Database, data_dir: Path) -> None:
    # While a write transaction is only reading, nobody else can start writing.
    other = _other_connection(data_dir)
    try:
        with write_transaction(db):
            db.execute("SELECT COUNT(*) FROM classes").fetchone()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_nobody_writes_between_our_read_and_our_write(db: Database, data_dir: Path) -> None:
    # With a deferred BEGIN another writer could slip in between our read and our write;
    # here it has to wait (refused at once with no timeout), and ours commits what it read.
    class_id = classes.create_class(db, "7B")
    other = _other_connection(data_dir)
    try:
        with write_transaction(db):
            count = db.execute("SELECT COUNT(*) FROM pupils").fetchone()[0]
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("INSERT INTO classes (id, name, created_at) VALUES ('x', 'X', '')")
            classes.add_pupils(db, class_id, [f"Elev {count + 1}"])
    finally:
        other.close()
    assert [p.name for p in classes.list_pupils(db, class_id)] == ["Elev 1"]


def test_inner_transaction_is_a_savepoint_of_the_outer(db: Database) -> None:
    # A failing part rolls back only itself; an outer failure rolls back everything.
    with write_transaction(db):
        classes.create_class(db, "6A")
        with pytest.raises(ValueError), write_transaction(db):
            classes.create_class(db, "6B")
            raise ValueError
    assert [c.name for c in classes.list_classes(db)] == ["6A"]
    with pytest.raises(ValueError), write_transaction(db):
        classes.create_class(db, "7A")
        raise ValueError
    assert [c.name for c in classes.list_classes(db)] == ["6A"]
    assert not db.conn.in_transaction


SCRIPT = """
    CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
    -- a semicolon in a comment; and in a string below
    INSERT INTO notes (text) VALUES ('one; two');
    CREATE TABLE note_count (n INTEGER NOT NULL);
    INSERT INTO note_count VALUES (0);
    CREATE TRIGGER notes_counted AFTER INSERT ON notes BEGIN
        UPDATE note_count SET n = n + 1;
        UPDATE note_count SET n = n + 10;
    END;
    INSERT INTO notes (text) VALUES ('three')
"""


def test_a_script_runs_statement_by_statement_inside_the_transaction() -> None:
    db = Database(sqlite3.connect(":memory:"))
    with write_transaction(db):
        execute_script(db, SCRIPT)
        assert db.conn.in_transaction  # not committed half-way, as sqlite3's executescript does
    assert [r[0] for r in db.execute("SELECT text FROM notes ORDER BY id")] == ["one; two", "three"]
    assert db.execute("SELECT n FROM note_count").fetchone()[0] == 11  # both trigger statements


def test_a_failing_script_leaves_nothing_behind() -> None:
    db = Database(sqlite3.connect(":memory:"))
    with pytest.raises(sqlite3.OperationalError), write_transaction(db):
        execute_script(db, SCRIPT + "; INSERT INTO missing VALUES (1);")
    assert db.table_names() == []


def test_every_write_transaction_goes_through_the_helper() -> None:
    # sqlite-utils' atomic() and a hand-written BEGIN start deferred transactions;
    # the app's code uses write_transaction (database.py's start-up lock probe excepted).
    package = Path(smartklasse.__file__).parent
    allowed = {package / "storage" / "transactions.py", package / "storage" / "database.py"}
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            sql = node.args[0] if node.args else None
            begins = (
                node.func.attr == "execute"
                and isinstance(sql, ast.Constant)
                and str(sql.value).lstrip().upper().startswith("BEGIN")
            )
            if node.func.attr == "atomic" or (begins and path not in allowed):
                found.append(f"{path.relative_to(package)}:{node.lineno}")
    assert found == []


CONTENDER = """
import sys
from smartklasse.storage import star_walls as sw
from smartklasse.storage.database import open_database
from pathlib import Path

db = open_database(Path(sys.argv[1]))
failed = 0
for i in range(int(sys.argv[3])):
    try:
        sw.award_star(db, sys.argv[2], f"p{sys.argv[4]}-{i}")
    except Exception as exc:
        failed += 1
        print(type(exc).__name__, exc, file=sys.stderr)
print(failed)
"""


def test_three_processes_awarding_stars_at_full_speed_all_succeed(
    db: Database, data_dir: Path, tmp_path: Path
) -> None:
    # Three real processes write to one file as fast as they can (reads before writes, as
    # the daily limit needs): none is refused with "database is locked"; each waits.
    import subprocess
    import sys

    from smartklasse.paths import ROOT_DIR
    from smartklasse.storage import star_walls as sw

    class_id = classes.create_class(db, "7B", ["Ola"])
    wall_id = sw.create_wall(db, class_id, "Vi hjelper", ["omsorg"], 1000, max_per_day=100_000)
    script = tmp_path / "contender.py"
    script.write_text(CONTENDER, encoding="utf-8")
    per_process = 60
    children = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(data_dir / "smartklasse.sqlite3"),
                wall_id,
                str(per_process),
                str(n),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={"PYTHONPATH": str(ROOT_DIR), "PATH": "/usr/bin:/bin"},
        )
        for n in range(3)
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    assert [out.strip() for out, _err in outputs] == ["0", "0", "0"], outputs
    stars = db.execute("SELECT COUNT(*) FROM stars").fetchone()[0]
    assert stars == 3 * per_process
