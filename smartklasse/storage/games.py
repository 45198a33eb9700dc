"""The game library: shipped games copied in, the teacher's own, shared files, games played.

A game file is small JSON::

    {"format": "smartklasse-game", "version": 1, "minutes": 10, "space": "floor",
     "texts": {"nb": {"title": "...", "goal": "...", "before": "...", "during": "...",
                      "after": "...", "individual": "...", "pair": "...", "plenary": "..."}}}

Playing a game with a class is logged as one whole-class entry in the log, with the
strengths the class tapped afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from smartklasse.domain.games import (
    TEXT_FIELDS,
    Game,
    Space,
    game_text_from_data,
    load_default_games,
)
from smartklasse.storage import log, year_files
from smartklasse.storage.ids import new_id
from smartklasse.storage.transactions import write_transaction
from smartklasse.storage.year_files import YearFileError

FILE_FORMAT = "smartklasse-game"
FILE_VERSION = 1
MAX_MINUTES = 120
MAX_TITLE_LENGTH = 60


def _row(game: Game) -> dict[str, Any]:
    return {
        "id": game.id,
        "position": game.position,
        "minutes": game.minutes,
        "space": game.space.value,
        "texts": json.dumps(
            {lang: t.as_dict() for lang, t in game.texts.items()}, ensure_ascii=False
        ),
        "credit": game.credit,
        "builtin": int(game.builtin),
    }


def _from_row(row: Mapping[str, Any]) -> Game:
    return Game(
        id=row["id"],
        minutes=row["minutes"],
        space=Space(row["space"]),
        texts={lang: game_text_from_data(t) for lang, t in json.loads(row["texts"]).items()},
        builtin=bool(row["builtin"]),
        position=row["position"],
        credit=row["credit"],
    )


def seed_games(db: Database) -> None:
    """Copy the shipped games into the database (part of the migration that makes the table)."""
    db.table("games").insert_all(_row(g) for g in load_default_games())


def list_games(db: Database) -> list[Game]:
    """Every game in the library's order."""
    return [_from_row(r) for r in db.query("SELECT * FROM games ORDER BY position, id")]


def get_game(db: Database, game_id: str) -> Game | None:
    """One game, or None."""
    rows = list(db.query("SELECT * FROM games WHERE id = ?", [game_id]))
    return _from_row(rows[0]) if rows else None


@dataclass(frozen=True)
class GameDraft:
    """A game before it is stored."""

    minutes: int
    space: Space
    texts: Mapping[str, Mapping[str, str]]


def validate_draft(draft: GameDraft) -> GameDraft:
    """Check and clean a draft; raise :class:`YearFileError` if it cannot be a game."""
    minutes = draft.minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_MINUTES:
        raise YearFileError("minutes")
    if not isinstance(draft.space, Space):
        raise YearFileError("space")
    if not isinstance(draft.texts, Mapping) or not draft.texts:
        raise YearFileError("title")
    cleaned: dict[str, dict[str, str]] = {}
    for lang, fields in draft.texts.items():
        if not isinstance(fields, Mapping) or set(fields) - set(TEXT_FIELDS):
            raise YearFileError("text", "unknown field")
        one = year_files.texts(
            {lang: fields.get("title", "")}, MAX_TITLE_LENGTH, "title", required=True
        )
        texts = {"title": one[lang]}
        for name in TEXT_FIELDS[1:]:
            texts[name] = year_files.clean(fields.get(name, ""), year_files.MAX_TEXT_LENGTH, "text")
        cleaned[lang] = texts
    return GameDraft(minutes, draft.space, cleaned)


def _game(game_id: str, draft: GameDraft, position: int) -> Game:
    return Game(
        id=game_id,
        minutes=draft.minutes,
        space=draft.space,
        texts={lang: game_text_from_data(t) for lang, t in draft.texts.items()},
        position=position,
    )


def create_game(db: Database, draft: GameDraft, game_id: str | None = None) -> str:
    """Add a game to the library (after validating it) in one transaction; return its id."""
    draft = validate_draft(draft)
    game_id = game_id or new_id()
    with write_transaction(db):
        position = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM games").fetchone()[0]
        db.table("games").insert(_row(_game(game_id, draft, position)))
    return game_id


def delete_game(db: Database, game_id: str) -> Game | None:
    """Remove a game from the library (plays in the log stay); return it for undo."""
    with write_transaction(db):
        before = get_game(db, game_id)
        db.execute("DELETE FROM games WHERE id = ?", [game_id])
    return before


def put_back(db: Database, game_id: str, before: Game | None) -> None:
    """Undo: put ``before`` back as it was (or remove the game when it did not exist)."""
    with write_transaction(db):
        db.execute("DELETE FROM games WHERE id = ?", [game_id])
        if before is not None:
            db.table("games").insert(_row(before))


def reset_games(db: Database) -> list[Game]:
    """Give the shipped games their shipped texts back (the teacher's own stay); return before."""
    with write_transaction(db):
        before = list_games(db)
        db.table("games").upsert_all((_row(g) for g in load_default_games()), pk="id")
    return before


def restore_games(db: Database, before: Sequence[Game]) -> None:
    """Undo :func:`reset_games`."""
    with write_transaction(db):
        db.execute("DELETE FROM games")
        db.table("games").insert_all(_row(g) for g in before)


def draft_of(game: Game) -> GameDraft:
    """The draft describing a stored game."""
    return GameDraft(game.minutes, game.space, {k: v.as_dict() for k, v in game.texts.items()})


def export_game(game: Game) -> bytes:
    """A game as the bytes of a game file."""
    draft = draft_of(game)
    return year_files.write_file(
        FILE_FORMAT,
        FILE_VERSION,
        {"minutes": draft.minutes, "space": draft.space.value, "texts": dict(draft.texts)},
    )


def parse_game_file(data: bytes) -> GameDraft:
    """Read and validate a game file; raise :class:`YearFileError` when it is not usable."""
    parsed = year_files.read_file(data, FILE_FORMAT, FILE_VERSION)
    minutes = parsed.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise YearFileError("minutes")
    try:
        space = Space(parsed.get("space"))
    except ValueError as exc:
        raise YearFileError("space") from exc
    texts = parsed.get("texts")
    if not isinstance(texts, dict) or not texts:
        raise YearFileError("title")
    return validate_draft(GameDraft(minutes, space, texts))


def record_play(
    db: Database,
    class_id: str,
    game: Game,
    strength_ids: Sequence[str],
    lang: str,
    played_on: dt.date,
    entry_id: str | None = None,
) -> str:
    """Log a game the class played as one whole-class entry, in one transaction; return its id."""
    title = game.text(lang).title
    with write_transaction(db):
        entry_id = log.add_entry(
            db,
            class_id,
            wheel_id=None,
            task_id=None,
            task_text=title,
            whole_class=True,
            strength_ids=strength_ids,
            entry_date=played_on.isoformat(),
            entry_id=entry_id,
        )
        db.execute(
            "INSERT INTO game_plays (entry_id, class_id, game_id, played_on) VALUES (?, ?, ?, ?)",
            [entry_id, class_id, game.id, played_on.isoformat()],
        )
    return entry_id


def undo_play(db: Database, entry_id: str) -> None:
    """Remove a logged game (its entry and the play) in one transaction."""
    with write_transaction(db):
        db.execute("DELETE FROM log_entries WHERE id = ?", [entry_id])
