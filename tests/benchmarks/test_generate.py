"""The benchmark generator makes the school it promises, the same way every time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.generate import content_hash, fill, large_database, shape_for
from smartklasse.storage.database import open_database
from smartklasse.storage.log_schema import BRUTE_FORCE, LINK_COLUMNS, linked_ids

SCALE = 0.002  # 2,000 entries: enough to see the shape, quick to build


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_tiny_school_has_the_promised_counts(tmp_path: Path) -> None:
    # Benchmarks quote "40 classes of 25 pupils, N entries, star rounds": the file must hold them.
    path = tmp_path / "tiny.sqlite3"
    shape = fill(path, seed=1, scale=SCALE)
    assert shape.entries == 2000
    assert _count(path, "SELECT COUNT(*) FROM classes") == 40
    assert _count(path, "SELECT COUNT(*) FROM pupils") == 40 * 25
    assert _count(path, "SELECT COUNT(*) FROM log_entries") == 2000
    assert _count(path, "SELECT COUNT(*) FROM star_rounds") == shape.star_rounds
    assert _count(path, "SELECT COUNT(*) FROM stars") > 0
    # Only the current school year's four classes are still active.
    assert _count(path, "SELECT COUNT(*) FROM classes WHERE archived_at IS NULL") == 4
    # Every entry has 1-3 pupils of its own class and 1-3 strengths.
    per_entry = "SELECT {fn}(n) FROM (SELECT COUNT(*) AS n FROM log_entry_{t} GROUP BY entry_id)"
    for table in ("pupils", "strengths"):
        assert _count(path, per_entry.format(fn="MIN", t=table)) == 1
        assert _count(path, per_entry.format(fn="MAX", t=table)) == 3
        assert _count(path, f"SELECT COUNT(DISTINCT entry_id) FROM log_entry_{table}") == 2000
    assert (
        _count(
            path,
            "SELECT COUNT(*) FROM log_entry_pupils lp JOIN log_entries e ON e.id = lp.entry_id "
            "JOIN pupils p ON p.id = lp.pupil_id WHERE p.class_id != e.class_id",
        )
        == 0
    )
    assert 0 < _count(path, "SELECT COUNT(*) FROM log_entries WHERE reflection_me != ''") < 2000


def test_same_seed_gives_same_content_and_another_seed_does_not(tmp_path: Path) -> None:
    # Figures from two machines are only comparable if both benchmarked the same data.
    first, second, other = (tmp_path / f"{n}.sqlite3" for n in ("a", "b", "c"))
    fill(first, seed=7, scale=SCALE)
    fill(second, seed=7, scale=SCALE)
    fill(other, seed=8, scale=SCALE)
    assert content_hash(first) == content_hash(second)
    assert content_hash(first) != content_hash(other)


def test_generated_file_opens_as_an_up_to_date_app_database(tmp_path: Path) -> None:
    # The app must open the file as it would a teacher's: WAL, no pending migration, no backup.
    path = large_database(seed=3, scale=SCALE, out_dir=tmp_path)
    db = open_database(path)
    try:
        assert db.journal_mode == "wal"
        assert not (tmp_path / "backups").exists()
    finally:
        db.close()
    # The cached file is reused, not rebuilt, when asked for again.
    mtime = path.stat().st_mtime_ns
    assert large_database(seed=3, scale=SCALE, out_dir=tmp_path) == path
    assert path.stat().st_mtime_ns == mtime


def test_scale_keeps_the_school_and_shrinks_the_history() -> None:
    # A tiny run still has a whole school, so a test sees the same classes as the benchmark.
    full, tiny = shape_for(1.0), shape_for(SCALE)
    assert (full.classes, full.pupils, full.entries, full.star_rounds) == (40, 1000, 10**6, 200)
    assert (tiny.classes, tiny.pupils) == (40, 1000)


def test_bulk_loaded_summaries_and_search_equal_a_count(tmp_path: Path) -> None:
    # The generator loads without triggers and counts once at the end: the file must hold
    # exactly what the triggers would have kept (their own test holds them equal to this
    # brute-force count), a consistent search index, every index, and the triggers again.
    path = tmp_path / "tiny.sqlite3"
    fill(path, seed=1, scale=SCALE)
    db = open_database(path)
    try:
        for table, query in BRUTE_FORCE.items():
            kept = sorted(db.execute(f"SELECT * FROM {table}").fetchall())
            assert kept == sorted(db.execute(query).fetchall()), table
            assert kept, table
        # Every entry lists its own pupils and strengths (all have some).
        for link, (_column, listed) in LINK_COLUMNS.items():
            assert not db.execute(
                f"SELECT COUNT(*) FROM log_entries WHERE {listed} = '' "
                f"OR {listed} != {linked_ids(link, 'log_entries.id')}"
            ).fetchone()[0], listed
        db.execute("INSERT INTO log_text_fts (log_text_fts) VALUES ('integrity-check')")
        db.execute("INSERT INTO pupil_name_fts (pupil_name_fts) VALUES ('integrity-check')")
        reference = open_database(tmp_path / "reference.sqlite3")
        try:
            schema = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
            assert sorted(db.execute(schema).fetchall()) == sorted(
                reference.execute(schema).fetchall()
            )
        finally:
            reference.close()
    finally:
        db.close()
