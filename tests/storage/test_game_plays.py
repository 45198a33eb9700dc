"""A game played with the class is one whole-class entry in the log."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from smartklasse.storage import catalogue, classes, games, log


def test_a_game_is_logged_as_one_class_entry_with_its_strengths(db: Database) -> None:
    class_id = classes.create_class(db, "5A", ["Ada", "Birk"])
    strengths = [s.id for s in catalogue.list_strengths(db)[:3]]
    game = games.list_games(db)[0]
    entry_id = games.record_play(db, class_id, game, strengths, "nb", dt.date(2026, 12, 1))
    assert log.count_entries(db, class_id) == 1
    entry = log.get_entry(db, entry_id)
    assert entry is not None
    assert entry.whole_class and entry.pupil_ids == ()
    assert entry.task_text == "Navnebølgen"
    assert set(entry.strength_ids) == set(strengths)
    assert entry.entry_date == "2026-12-01"
    games.undo_play(db, entry_id)
    assert log.count_entries(db, class_id) == 0
    assert not list(db.query("SELECT * FROM game_plays"))


def test_undoing_the_deletion_of_a_game_entry_brings_the_play_back(db: Database) -> None:
    # The Logg page deletes entries with undo; a game's entry comes back as a game played.
    class_id = classes.create_class(db, "5A", ["Ada"])
    game = games.list_games(db)[0]
    entry_id = games.record_play(db, class_id, game, [], "nb", dt.date(2026, 12, 1))
    plays = list(db.query("SELECT * FROM game_plays"))
    snapshot = log.delete_entry(db, entry_id)
    assert snapshot is not None
    assert not list(db.query("SELECT * FROM game_plays"))
    log.restore_entry(db, snapshot)
    assert list(db.query("SELECT * FROM game_plays")) == plays
