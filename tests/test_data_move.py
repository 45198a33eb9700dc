"""The one-time move of the data out of an earlier version's folder (Windows: Roaming → Local)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from smartklasse.data_move import MOVE_MARKER, data_dir_after_move, move_old_data

DB = "smartklasse.sqlite3"


def make_old_data(old: Path) -> None:
    """A folder as an earlier version leaves it: database with WAL, settings, backups, lock."""
    (old / "backups").mkdir(parents=True)
    (old / DB).write_bytes(b"main")
    (old / f"{DB}-wal").write_bytes(b"wal")
    (old / f"{DB}-shm").write_bytes(b"shm")
    (old / "settings.json").write_text('{"language": "nn"}', encoding="utf-8")
    (old / "backups" / "smartklasse-20260101-daily.sqlite3").write_bytes(b"backup")
    (old / "smartklasse.lock").write_text("1234", encoding="utf-8")


def contents(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_everything_moves_and_the_old_folder_goes(tmp_path: Path) -> None:
    old, new = tmp_path / "Roaming" / "SMART klasse", tmp_path / "Local" / "SMART klasse"
    make_old_data(old)
    assert move_old_data(old, new) == new
    assert contents(new) == {
        DB: b"main",
        f"{DB}-shm": b"shm",
        f"{DB}-wal": b"wal",
        "backups/smartklasse-20260101-daily.sqlite3": b"backup",
        "settings.json": b'{"language": "nn"}',
    }
    assert not old.exists()


def test_a_cache_folder_already_in_the_new_place_does_not_stop_the_move(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    make_old_data(old)
    (new / "cache").mkdir(parents=True)
    (new / "cache" / "nb.mo").write_bytes(b"mo")
    assert move_old_data(old, new) == new
    assert (new / DB).read_bytes() == b"main"
    assert (new / "cache" / "nb.mo").read_bytes() == b"mo"


def test_nothing_moves_once_the_new_folder_has_a_database(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    make_old_data(old)
    new.mkdir()
    (new / DB).write_bytes(b"newer")
    before = contents(old)
    assert move_old_data(old, new) == new
    assert contents(old) == before
    assert contents(new) == {DB: b"newer"}


def test_no_old_database_means_nothing_to_do(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    (old / "settings.json").write_text("{}", encoding="utf-8")
    assert move_old_data(old, new) == new
    assert not new.exists()
    assert data_dir_after_move(new, [tmp_path / "missing"]) == new


def test_a_database_in_use_stays_where_it_is_for_this_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On Windows a file another process has open cannot be renamed.
    old, new = tmp_path / "old", tmp_path / "new"
    make_old_data(old)
    before = contents(old)
    real_replace = os.replace

    def replace(source: Path, target: Path) -> None:
        if Path(source).name == DB:
            raise PermissionError(errno.EACCES, "in use")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    assert move_old_data(old, new) == old
    assert contents(old) == before
    assert contents(new) == {}
    # Once it is free, the next start moves it.
    monkeypatch.setattr(os, "replace", real_replace)
    assert data_dir_after_move(new, [old]) == new
    assert (new / f"{DB}-wal").read_bytes() == b"wal"


def test_across_drives_the_files_are_copied_then_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Roaming AppData redirected to a network share is another drive than Local AppData.
    old, new = tmp_path / "old", tmp_path / "new"
    make_old_data(old)
    real_replace = os.replace

    def replace(source: Path, target: Path) -> None:
        if Path(source).parent == old:
            raise OSError(errno.EXDEV, "cross-device link")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    assert move_old_data(old, new) == new
    assert (new / DB).read_bytes() == b"main"
    assert (new / f"{DB}-wal").read_bytes() == b"wal"
    assert not old.exists()
    assert not list(new.glob("*.part"))


def test_a_move_cut_short_is_finished_at_the_next_start(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    make_old_data(old)
    # Power went off after the database had moved, before the settings and backups.
    new.mkdir()
    (new / MOVE_MARKER).write_text("moving", encoding="utf-8")
    for name in (f"{DB}-wal", f"{DB}-shm", DB):
        (old / name).rename(new / name)
    assert data_dir_after_move(new, [old]) == new
    assert (new / "settings.json").exists()
    assert (new / "backups" / "smartklasse-20260101-daily.sqlite3").exists()
    assert not (new / MOVE_MARKER).exists()
    assert not old.exists()
