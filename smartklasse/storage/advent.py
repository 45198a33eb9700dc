"""The teacher's advent calendars: the shipped ones copied in, edited, reset, shared as files.

A calendar file is small JSON::

    {"format": "smartklasse-calendar", "version": 1, "kind": "children",
     "names": {"nb": "..."}, "order": "standard", "days": "weekdays",
     "items": [{"text": {"nb": "..."}}, {"text": {"nb": "..."}, "game": "navnebolgen"}]}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from smartklasse.domain.advent import (
    KIND_COLOURS,
    MAX_ITEMS,
    Calendar,
    CalendarItem,
    CalendarKind,
    DoorDays,
    DoorOrder,
    doors,
    item_from_data,
    item_to_data,
    load_default_calendars,
)
from smartklasse.domain.documents import AdventCalendarData, AdventDoorText
from smartklasse.storage import year_files
from smartklasse.storage.games import get_game
from smartklasse.storage.ids import new_id
from smartklasse.storage.transactions import write_transaction
from smartklasse.storage.year_files import YearFileError

FILE_FORMAT = "smartklasse-calendar"
FILE_VERSION = 1
MAX_GAME_ID_LENGTH = 64


def _row(calendar: Calendar) -> dict[str, Any]:
    return {
        "id": calendar.id,
        "position": calendar.position,
        "kind": calendar.kind.value,
        "names": json.dumps(dict(calendar.names), ensure_ascii=False),
        "items": json.dumps([item_to_data(i) for i in calendar.items], ensure_ascii=False),
        "door_order": calendar.order.value,
        "door_days": calendar.days.value,
        "builtin": int(calendar.builtin),
    }


def _from_row(row: Mapping[str, Any]) -> Calendar:
    return Calendar(
        id=row["id"],
        kind=CalendarKind(row["kind"]),
        names=json.loads(row["names"]),
        items=tuple(item_from_data(i) for i in json.loads(row["items"])),
        order=DoorOrder(row["door_order"]),
        days=DoorDays(row["door_days"]),
        builtin=bool(row["builtin"]),
        position=row["position"],
    )


def seed_calendars(db: Database) -> None:
    """Copy the shipped calendars into the database (part of the migration that makes the table)."""
    db.table("advent_calendars").insert_all(_row(c) for c in load_default_calendars())


def list_calendars(db: Database) -> list[Calendar]:
    """Every calendar in the teacher's order."""
    return [_from_row(r) for r in db.query("SELECT * FROM advent_calendars ORDER BY position, id")]


def get_calendar(db: Database, calendar_id: str) -> Calendar | None:
    """One calendar, or None."""
    rows = list(db.query("SELECT * FROM advent_calendars WHERE id = ?", [calendar_id]))
    return _from_row(rows[0]) if rows else None


@dataclass(frozen=True)
class CalendarDraft:
    """A calendar before it is stored."""

    kind: CalendarKind
    names: Mapping[str, str]
    items: tuple[CalendarItem, ...]
    order: DoorOrder = DoorOrder.STANDARD
    days: DoorDays = DoorDays.WEEKDAYS


def validate_draft(draft: CalendarDraft) -> CalendarDraft:
    """Check and clean a draft; raise :class:`YearFileError` if it cannot be a calendar."""
    names = year_files.texts(draft.names, year_files.MAX_NAME_LENGTH, "name")
    if not 1 <= len(draft.items) <= MAX_ITEMS:
        raise YearFileError("item_count", str(len(draft.items)))
    items = []
    for item in draft.items:
        game = item.game_id
        if game is not None and (
            not isinstance(game, str) or not game.isprintable() or len(game) > MAX_GAME_ID_LENGTH
        ):
            raise YearFileError("item", "game")
        items.append(
            CalendarItem(year_files.texts(item.texts, year_files.MAX_TEXT_LENGTH, "item"), game)
        )
    return CalendarDraft(draft.kind, names, tuple(items), draft.order, draft.days)


def save_calendar(db: Database, calendar_id: str, draft: CalendarDraft) -> Calendar | None:
    """Replace a calendar's texts and layout in one transaction; return what it was before."""
    draft = validate_draft(draft)
    with write_transaction(db):
        before = get_calendar(db, calendar_id)
        if before is None:
            return None
        db.execute(
            "UPDATE advent_calendars SET kind = ?, names = ?, items = ?, door_order = ?, "
            "door_days = ? WHERE id = ?",
            [
                draft.kind.value,
                json.dumps(dict(draft.names), ensure_ascii=False),
                json.dumps([item_to_data(i) for i in draft.items], ensure_ascii=False),
                draft.order.value,
                draft.days.value,
                calendar_id,
            ],
        )
    return before


def create_calendar(db: Database, draft: CalendarDraft, calendar_id: str | None = None) -> str:
    """Store a new calendar (after validating it) in one transaction; return its id."""
    draft = validate_draft(draft)
    calendar_id = calendar_id or new_id()
    with write_transaction(db):
        position = db.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM advent_calendars"
        ).fetchone()[0]
        db.table("advent_calendars").insert(
            _row(
                Calendar(
                    calendar_id,
                    draft.kind,
                    draft.names,
                    draft.items,
                    draft.order,
                    draft.days,
                    False,
                    position,
                )
            )
        )
    return calendar_id


def put_back(db: Database, calendar_id: str, before: Calendar | None) -> None:
    """Undo an edit, a reset or a new calendar: put ``before`` back (or remove the calendar)."""
    with write_transaction(db):
        db.execute("DELETE FROM advent_calendars WHERE id = ?", [calendar_id])
        if before is not None:
            db.table("advent_calendars").insert(_row(before))


def reset_calendar(db: Database, calendar_id: str) -> Calendar | None:
    """Give a shipped calendar its shipped texts and layout back; return what it was before."""
    shipped = {c.id: c for c in load_default_calendars()}.get(calendar_id)
    if shipped is None:
        return None
    with write_transaction(db):
        before = get_calendar(db, calendar_id)
        position = before.position if before else shipped.position
        db.table("advent_calendars").upsert(
            _row(
                Calendar(
                    shipped.id,
                    shipped.kind,
                    shipped.names,
                    shipped.items,
                    builtin=True,
                    position=position,
                )
            ),
            pk="id",
        )
    return before


def draft_of(calendar: Calendar) -> CalendarDraft:
    """The draft describing a stored calendar."""
    return CalendarDraft(
        calendar.kind, calendar.names, calendar.items, calendar.order, calendar.days
    )


def export_calendar(calendar: Calendar) -> bytes:
    """A calendar as the bytes of a calendar file."""
    return year_files.write_file(
        FILE_FORMAT,
        FILE_VERSION,
        {
            "kind": calendar.kind.value,
            "names": dict(calendar.names),
            "order": calendar.order.value,
            "days": calendar.days.value,
            "items": [item_to_data(i) for i in calendar.items],
        },
    )


def _enum(kind: type[Any], value: object, reason: str) -> Any:
    try:
        return kind(value)
    except ValueError as exc:
        raise YearFileError(reason) from exc


def parse_calendar_file(data: bytes) -> CalendarDraft:
    """Read and validate a calendar file; raise :class:`YearFileError` when it is not usable."""
    parsed = year_files.read_file(data, FILE_FORMAT, FILE_VERSION)
    items = parsed.get("items")
    if not isinstance(items, list):
        raise YearFileError("item_count", "no list")
    if not 1 <= len(items) <= MAX_ITEMS:
        raise YearFileError("item_count", str(len(items)))
    if not all(isinstance(i, dict) for i in items):
        raise YearFileError("item", "not an object")
    names = parsed.get("names")
    if not isinstance(names, dict):
        raise YearFileError("name")
    for item in items:
        if not isinstance(item.get("text"), dict):
            raise YearFileError("item", "no texts")
        if "game" in item and not isinstance(item["game"], str):
            raise YearFileError("item", "game")
    return validate_draft(
        CalendarDraft(
            kind=_enum(CalendarKind, parsed.get("kind"), "kind"),
            names=names,
            items=tuple(item_from_data(i) for i in items),
            order=_enum(DoorOrder, parsed.get("order", "standard"), "layout"),
            days=_enum(DoorDays, parsed.get("days", "weekdays"), "layout"),
        )
    )


def mark_door_opened(db: Database, class_id: str, calendar_id: str, day: str) -> None:
    """Note that a class opened a door (for the practice summary); one transaction."""
    with write_transaction(db):
        db.execute(
            "INSERT OR IGNORE INTO advent_doors_opened (class_id, calendar_id, day) "
            "VALUES (?, ?, ?)",
            [class_id, calendar_id, day],
        )


def print_data(db: Database, calendar_id: str | None, year: int, lang: str) -> AdventCalendarData:
    """A calendar as printed in ``lang``: its doors for ``year`` in its order.

    A door with a game shows the game's title and goal; ``None`` (or an unknown id) prints the
    first calendar.
    """
    calendar = (get_calendar(db, calendar_id) if calendar_id else None) or next(
        iter(list_calendars(db)), None
    )
    if calendar is None:
        return AdventCalendarData(name="", year=year, colour="#1565C0")
    texts = []
    for door in doors(calendar, year):
        text = door.item.text(lang)
        if door.item.game_id:
            game = get_game(db, door.item.game_id)
            if game is not None:
                text = f"{game.text(lang).title}: {game.text(lang).goal}"
        texts.append(AdventDoorText(door.number, door.day, text))
    return AdventCalendarData(
        name=calendar.name(lang),
        year=year,
        colour=KIND_COLOURS[calendar.kind],
        doors=tuple(texts),
    )


def delete_calendar(db: Database, calendar_id: str) -> Calendar | None:
    """Remove a calendar (the doors opened stay counted); return it for undo."""
    with write_transaction(db):
        before = get_calendar(db, calendar_id)
        db.execute("DELETE FROM advent_calendars WHERE id = ?", [calendar_id])
    return before
