"""Calendars and games as shared files: round trip, and hostile files change nothing."""

from __future__ import annotations

import json

import pytest
from sqlite_utils import Database

from smartklasse.domain.advent import CalendarKind, DoorDays, DoorOrder
from smartklasse.storage import advent, games
from smartklasse.storage.year_files import MAX_FILE_BYTES, YearFileError


def calendar_file(**changes: object) -> bytes:
    """A good calendar file, with ``changes`` made to it."""
    data: dict[str, object] = {
        "format": "smartklasse-calendar",
        "version": 1,
        "kind": "children",
        "names": {"nb": "Vår kalender"},
        "order": "shuffled",
        "days": "all",
        "items": [{"text": {"nb": f"Oppgave {n}"}} for n in range(1, 25)],
    }
    data.update(changes)
    return json.dumps(data).encode("utf-8")


def game_file(**changes: object) -> bytes:
    """A good game file, with ``changes`` made to it."""
    data: dict[str, object] = {
        "format": "smartklasse-game",
        "version": 1,
        "minutes": 10,
        "space": "floor",
        "texts": {"nb": {"title": "Ballen", "goal": "Lære navn", "during": "Kast ballen."}},
    }
    data.update(changes)
    return json.dumps(data).encode("utf-8")


def everything(db: Database) -> tuple[object, ...]:
    """Every row of the catalogues, to see that nothing changed."""
    return (
        list(db.query("SELECT * FROM advent_calendars ORDER BY id")),
        list(db.query("SELECT * FROM games ORDER BY id")),
    )


def test_a_calendar_file_round_trips(db: Database) -> None:
    draft = advent.parse_calendar_file(calendar_file())
    new_id = advent.create_calendar(db, draft)
    stored = advent.get_calendar(db, new_id)
    assert stored is not None
    assert stored.kind is CalendarKind.CHILDREN
    assert stored.order is DoorOrder.SHUFFLED and stored.days is DoorDays.ALL
    again = advent.parse_calendar_file(advent.export_calendar(stored))
    assert again == advent.draft_of(stored)


def test_a_game_file_round_trips(db: Database) -> None:
    shipped = games.list_games(db)[0]
    draft = games.parse_game_file(games.export_game(shipped))
    new_id = games.create_game(db, draft)
    copy = games.get_game(db, new_id)
    assert copy is not None and copy.texts == shipped.texts and copy.minutes == shipped.minutes


HOSTILE_CALENDARS = {
    "too large": calendar_file(names={"nb": "x" * (MAX_FILE_BYTES + 1)}),
    "not json": b"\xff\xfe<calendar>",
    "not an object": b"[1, 2, 3]",
    "a wheel file": calendar_file(format="smartklasse-wheel"),
    "newer version": calendar_file(version=2),
    "version as text": calendar_file(version="1"),
    "version true": calendar_file(version=True),
    "unknown kind": calendar_file(kind="homework"),
    "unknown layout": calendar_file(days="weekends"),
    "no items": calendar_file(items=[]),
    "25 items": calendar_file(items=[{"text": {"nb": "x"}}] * 25),
    "items not a list": calendar_file(items={"text": "x"}),
    "item not an object": calendar_file(items=["just text"]),
    "empty text": calendar_file(items=[{"text": {"nb": "  "}}]),
    "only control characters": calendar_file(items=[{"text": {"nb": "\u202e\u0000\u200f"}}]),
    "bad language": calendar_file(items=[{"text": {"../../etc": "x"}}]),
    "text too long": calendar_file(items=[{"text": {"nb": "x" * 401}}]),
    "text not a string": calendar_file(items=[{"text": {"nb": 5}}]),
    "game not a string": calendar_file(items=[{"text": {"nb": "x"}, "game": ["a"]}]),
    "no name": calendar_file(names={}),
    "deep nesting": b'{"format": "smartklasse-calendar", "items": '
    + b"[" * 100000
    + b"]" * 100000
    + b"}",
}


@pytest.mark.parametrize("content", HOSTILE_CALENDARS.values(), ids=HOSTILE_CALENDARS.keys())
def test_a_hostile_calendar_file_is_refused_and_nothing_changes(
    db: Database, content: bytes
) -> None:
    before = everything(db)
    with pytest.raises(YearFileError) as error:
        advent.create_calendar(db, advent.parse_calendar_file(content))
    assert error.value.reason
    assert everything(db) == before


HOSTILE_GAMES = {
    "too large": game_file(texts={"nb": {"title": "x", "goal": "y" * MAX_FILE_BYTES}}),
    "not json": b"{'format': 'smartklasse-game'",
    "a calendar file": game_file(format="smartklasse-calendar"),
    "newer version": game_file(version=99),
    "no minutes": game_file(minutes=None),
    "zero minutes": game_file(minutes=0),
    "a day long": game_file(minutes=24 * 60),
    "unknown space": game_file(space="moon"),
    "no texts": game_file(texts={}),
    "no title": game_file(texts={"nb": {"goal": "Lære navn"}}),
    "unknown field": game_file(texts={"nb": {"title": "x", "script": "<b>"}}),
    "field not text": game_file(texts={"nb": {"title": "x", "during": {"a": 1}}}),
    "title too long": game_file(texts={"nb": {"title": "x" * 61}}),
    "bad language": game_file(texts={"NB!": {"title": "x"}}),
}


@pytest.mark.parametrize("content", HOSTILE_GAMES.values(), ids=HOSTILE_GAMES.keys())
def test_a_hostile_game_file_is_refused_and_nothing_changes(db: Database, content: bytes) -> None:
    before = everything(db)
    with pytest.raises(YearFileError) as error:
        games.create_game(db, games.parse_game_file(content))
    assert error.value.reason
    assert everything(db) == before


def test_control_characters_are_dropped_from_an_imported_calendar(db: Database) -> None:
    draft = advent.parse_calendar_file(
        calendar_file(items=[{"text": {"nb": "Si\u202e hei\u0007  til   noen"}}])
    )
    assert draft.items[0].texts == {"nb": "Si hei til noen"}


def test_an_edited_calendar_resets_to_the_shipped_one(db: Database) -> None:
    shipped = advent.list_calendars(db)[0]
    draft = advent.draft_of(shipped)
    edited = advent.CalendarDraft(
        draft.kind, {"nb": "Min kalender"}, draft.items[:5], DoorOrder.SHUFFLED, DoorDays.ALL
    )
    before = advent.save_calendar(db, shipped.id, edited)
    assert before == shipped
    changed = advent.get_calendar(db, shipped.id)
    assert changed is not None and len(changed.items) == 5
    advent.reset_calendar(db, shipped.id)
    assert advent.get_calendar(db, shipped.id) == shipped
