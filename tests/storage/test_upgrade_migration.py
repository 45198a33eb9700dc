"""The first start after an upgrade: summaries and search built set-based, with progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from smartklasse.storage import classes, database, log
from smartklasse.storage import log_schema as ls
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database
from smartklasse.storage.transactions import write_transaction

DERIVED = ls.DAILY + ls.EXTRAS
#: Makes a file look written by the version before the log reports (a conftest fixture).
FileRewind = Callable[[Path], None]


def _log(db: Database) -> None:
    """Some entries, edits and deletions in two classes, through the app's own calls."""
    for name in ("5A", "5B"):
        class_id = classes.create_class(db, name, ["Åse", "Ola", "Kari", "Per"])
        pupils = [p.id for p in classes.list_pupils(db, class_id)]
        for n in range(40):
            entry = log.add_entry(
                db,
                class_id,
                wheel_id="blue" if n % 3 else None,
                task_id=f"blue-{n % 4}" if n % 3 else None,
                task_text=f"Oppgave {n % 5}",
                pupil_ids=pupils[n % 4 : n % 4 + 1 + n % 3],
                strength_ids=["mot", "omsorg", "humor"][: 1 + n % 3],
                reflection_me="Jeg ble glad" if n % 4 == 0 else "",
                reflection_others="De lo" if n % 7 == 0 else "",
                entry_date=f"2025-{9 + n % 4:02d}-{1 + n % 27:02d}",
            )
            if n % 9 == 0:
                log.delete_entry(db, entry)


def _derived(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """The summaries, and each entry's pupil and strength ids as listed on the entry."""
    derived = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in DERIVED}
    derived["link lists"] = sorted(
        db.execute("SELECT id, pupil_ids, strength_ids FROM log_entries").fetchall()
    )
    return derived


def test_fill_from_scratch_equals_what_the_triggers_kept(db: Database) -> None:
    # The migration's set-based count gives exactly the rows the triggers kept, entry by entry.
    _log(db)
    kept = _derived(db)
    assert all(kept.values())
    with write_transaction(db):
        ls.fill(db, DERIVED)
        ls.fill_search(db)
        ls.fill_link_columns(db)
    assert _derived(db) == kept
    assert any(r[1] and r[2] for r in kept["link lists"])
    for table, query in ls.BRUTE_FORCE.items():
        assert kept[table] == sorted(db.execute(query).fetchall()), table


def test_upgrade_builds_summaries_and_search_and_reports_progress(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, as_before_log_reports: FileRewind
) -> None:
    # A teacher's file from before the summaries: opened by this version, it gets them (equal
    # to what the triggers would have kept), a working search, and the UI hears of progress.
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    seed_catalogues(db)
    _log(db)
    kept = _derived(db)
    db.close()
    as_before_log_reports(path)
    calls: list[int] = []
    monkeypatch.setattr(database, "PROGRESS_STEPS", 1000)  # a small file is quick
    db = open_database(path, on_migration=lambda: calls.append(1))
    try:
        assert len(calls) > 1, "no progress reported while preparing the data"
        assert _derived(db) == kept
        db.execute("INSERT INTO log_text_fts (log_text_fts) VALUES ('integrity-check')")
        db.execute("INSERT INTO pupil_name_fts (pupil_name_fts) VALUES ('integrity-check')")
        glad = db.execute(
            "SELECT COUNT(*) FROM log_text_fts WHERE log_text_fts MATCH '\"glad\"'"
        ).fetchone()[0]
        assert (
            glad
            == db.execute(
                "SELECT COUNT(*) FROM log_entries WHERE reflection_me LIKE '%glad%'"
            ).fetchone()[0]
        )
        assert glad > 0
    finally:
        db.close()
    # Nothing pending: no progress calls on the next start.
    calls.clear()
    open_database(path, on_migration=lambda: calls.append(1)).close()
    assert not calls


def test_a_new_file_reports_no_progress(data_dir: Path) -> None:
    # A first start has nothing to prepare: no notice.
    calls: list[int] = []
    open_database(data_dir / "smartklasse.sqlite3", on_migration=lambda: calls.append(1)).close()
    assert not calls


def test_bulk_load_gives_what_the_triggers_give(data_dir: Path) -> None:
    # Loading without triggers and counting once afterwards (the benchmark generator's way)
    # leaves the same summaries and search index as the triggers, and the triggers back.
    by_triggers = open_database(data_dir / "a.sqlite3")
    bulk = open_database(data_dir / "b.sqlite3")
    try:
        seed_catalogues(by_triggers)
        _log(by_triggers)
        seed_catalogues(bulk)
        triggers = bulk.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()
        with write_transaction(bulk), ls.bulk_load(bulk):
            assert not bulk.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'log_entries'"
            ).fetchall()
            for table in (
                "classes",
                "pupils",
                "log_entries",
                "log_entry_pupils",
                "log_entry_strengths",
            ):
                rows = by_triggers.execute(f"SELECT * FROM {table}").fetchall()
                bulk.conn.executemany(
                    f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows
                )
            assert not bulk.execute("SELECT COUNT(*) FROM log_sum_tasks").fetchone()[0]
            # Loaded as the generator loads them: without the lists, which the load fills.
            bulk.execute("UPDATE log_entries SET pupil_ids = '', strength_ids = ''")
        assert _derived(bulk) == _derived(by_triggers)
        assert (
            bulk.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            ).fetchall()
            == triggers
        )
        bulk.execute("INSERT INTO log_text_fts (log_text_fts) VALUES ('integrity-check')")
        # And the triggers work again after the load.
        class_id = bulk.execute("SELECT id FROM classes LIMIT 1").fetchone()[0]
        log.add_entry(
            bulk, class_id, wheel_id=None, task_id=None, task_text="Ny", strength_ids=["mot"]
        )
        for table, query in ls.BRUTE_FORCE.items():
            assert sorted(bulk.execute(f"SELECT * FROM {table}").fetchall()) == sorted(
                bulk.execute(query).fetchall()
            ), table
    finally:
        by_triggers.close()
        bulk.close()
