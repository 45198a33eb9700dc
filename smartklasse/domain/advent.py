"""Advent calendars: which December days get a door, in which order, and which doors open.

A calendar holds up to 24 items (a task, or a game from the game library). The items go to
the calendar's days in order: the first item to the first day. The days are every day from
1 to 24 December, or the weekdays up to the last school day before Christmas. Shuffled
calendars show the same doors in a mixed order on the board and on paper; the order is
stable for each calendar (it follows the calendar's id, not chance at each start).

A door opens when its day has come by the app's clock (:mod:`smartklasse.domain.clock`),
and only then: nothing about opened doors is stored, so a clock that ran ahead on another
day cannot leave a future door open.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from smartklasse.domain.texts import pick_text
from smartklasse.paths import resource

#: The most items (doors) a calendar can have.
MAX_ITEMS = 24
#: The school year's last day before Christmas is at the latest this December day.
LAST_SCHOOL_DAY_LIMIT = 22


class CalendarKind(enum.Enum):
    """The three kinds of SMART advent calendar."""

    CHILDREN = "children"
    GAMES = "games"
    COLLEAGUES = "colleagues"


#: The colour of each kind's doors (blue, green and red as on the SMART wheel).
KIND_COLOURS = {
    CalendarKind.CHILDREN: "#1565C0",
    CalendarKind.GAMES: "#2E7D32",
    CalendarKind.COLLEAGUES: "#C62828",
}


class DoorOrder(enum.Enum):
    """Doors in date order (standard) or mixed."""

    STANDARD = "standard"
    SHUFFLED = "shuffled"


class DoorDays(enum.Enum):
    """Which December days get a door."""

    #: Monday to Friday up to the last school day before Christmas.
    WEEKDAYS = "weekdays"
    #: Every day from 1 to 24 December.
    ALL = "all"


@dataclass(frozen=True)
class CalendarItem:
    """What is behind one door: a task in several languages, or a game from the library."""

    texts: Mapping[str, str] = field(default_factory=dict)
    game_id: str | None = None

    def text(self, lang: str) -> str:
        """The task's text in ``lang`` (with fallback)."""
        return pick_text(self.texts, lang)


@dataclass(frozen=True)
class Calendar:
    """An advent calendar: its kind, name, items and how its doors are laid out."""

    id: str
    kind: CalendarKind
    names: Mapping[str, str]
    items: tuple[CalendarItem, ...]
    order: DoorOrder = DoorOrder.STANDARD
    days: DoorDays = DoorDays.WEEKDAYS
    builtin: bool = False
    position: int = 0

    def name(self, lang: str) -> str:
        """The calendar's name in ``lang`` (with fallback)."""
        return pick_text(self.names, lang)


@dataclass(frozen=True)
class Door:
    """One door: its December day and the item behind it."""

    day: dt.date
    item: CalendarItem

    @property
    def number(self) -> int:
        """The number on the door: the day of the month."""
        return self.day.day


def last_school_day(year: int) -> dt.date:
    """The last weekday before Christmas: the last Monday–Friday on or before 22 December."""
    day = dt.date(year, 12, LAST_SCHOOL_DAY_LIMIT)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def door_days(days: DoorDays, year: int) -> list[dt.date]:
    """The December days that get a door, in date order."""
    if days is DoorDays.ALL:
        return [dt.date(year, 12, d) for d in range(1, 25)]
    last = last_school_day(year)
    return [
        dt.date(year, 12, d) for d in range(1, last.day + 1) if dt.date(year, 12, d).weekday() < 5
    ]


def _shuffle_seed(calendar_id: str) -> int:
    return int.from_bytes(hashlib.sha256(calendar_id.encode("utf-8")).digest()[:8], "big")


def doors(calendar: Calendar, year: int) -> list[Door]:
    """The calendar's doors for ``year`` in the order they are shown and printed.

    Items go to the days in order (the first item behind the first day's door); a calendar
    with fewer items than days gets doors only for the first days.
    """
    dated = [
        Door(day, item)
        for day, item in zip(door_days(calendar.days, year), calendar.items, strict=False)
    ]
    if calendar.order is DoorOrder.SHUFFLED:
        random.Random(_shuffle_seed(calendar.id)).shuffle(dated)
    return dated


def is_open(door: Door, today: dt.date) -> bool:
    """A door opens on its day and stays open; a future day's door never opens."""
    return door.day <= today


def todays_door(calendar: Calendar, today: dt.date) -> Door | None:
    """The door for ``today`` (None on a day without a door)."""
    return next((d for d in doors(calendar, today.year) if d.day == today), None)


def calendar_year(today: dt.date) -> int:
    """The year whose December the board shows: this year's."""
    return today.year


def item_from_data(data: Mapping[str, object]) -> CalendarItem:
    """An item from its stored form: ``{"text": {lang: text}, "game": id}``."""
    texts = data.get("text")
    game = data.get("game")
    return CalendarItem(
        texts=dict(texts) if isinstance(texts, Mapping) else {},
        game_id=game if isinstance(game, str) and game else None,
    )


def item_to_data(item: CalendarItem) -> dict[str, object]:
    """An item in its stored form (see :func:`item_from_data`)."""
    data: dict[str, object] = {"text": dict(item.texts)}
    if item.game_id:
        data["game"] = item.game_id
    return data


def load_default_calendars(path: Path | None = None) -> list[Calendar]:
    """Read the shipped calendars, one of each kind, from ``resources/year``."""
    path = path or resource("year", "calendars.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Calendar(
            id=item["id"],
            kind=CalendarKind(item["kind"]),
            names=item["names"],
            items=tuple(item_from_data(i) for i in item["items"]),
            builtin=True,
            position=index,
        )
        for index, item in enumerate(data["calendars"])
    ]
