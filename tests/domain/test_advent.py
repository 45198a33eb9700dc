"""Advent calendars: the three kinds, both orders, both lengths, 2026 and 2027, and the doors."""

from __future__ import annotations

import datetime as dt

import pytest

from smartklasse.domain import clock
from smartklasse.domain.advent import (
    Calendar,
    CalendarKind,
    DoorDays,
    DoorOrder,
    doors,
    is_open,
    last_school_day,
    load_default_calendars,
    todays_door,
)

SHIPPED = {c.kind: c for c in load_default_calendars()}


def with_layout(calendar: Calendar, order: DoorOrder, days: DoorDays) -> Calendar:
    """The calendar laid out another way."""
    return Calendar(
        calendar.id, calendar.kind, calendar.names, calendar.items, order, days, True, 0
    )


def test_one_calendar_of_each_kind_is_shipped_in_three_languages() -> None:
    assert set(SHIPPED) == set(CalendarKind)
    for calendar in SHIPPED.values():
        assert len(calendar.items) == 24
        for item in calendar.items:
            assert {"nb", "nn", "en"} <= set(item.texts)
            assert all(text.strip() for text in item.texts.values())


def test_the_games_calendar_opens_with_navnebolgen() -> None:
    first = SHIPPED[CalendarKind.GAMES].items[0]
    assert first.game_id == "navnebolgen"
    assert first.text("nb") == "Navnebølgen"


@pytest.mark.parametrize(
    ("year", "last", "weekdays"),
    [(2026, dt.date(2026, 12, 22), 16), (2027, dt.date(2027, 12, 22), 16)],
)
def test_the_weekdays_run_to_the_last_school_day(year: int, last: dt.date, weekdays: int) -> None:
    assert last_school_day(year) == last
    calendar = with_layout(SHIPPED[CalendarKind.CHILDREN], DoorOrder.STANDARD, DoorDays.WEEKDAYS)
    days = [door.day for door in doors(calendar, year)]
    assert len(days) == weekdays
    assert days[0] == dt.date(year, 12, 1)
    assert days[-1] == last
    assert all(day.weekday() < 5 for day in days)


def test_the_last_school_day_moves_back_from_a_weekend() -> None:
    # 22 December 2024 is a Sunday, 2029 a Saturday: Friday the 20th and the 21st.
    assert last_school_day(2024) == dt.date(2024, 12, 20)
    assert last_school_day(2029) == dt.date(2029, 12, 21)


@pytest.mark.parametrize("kind", list(CalendarKind))
@pytest.mark.parametrize("year", [2026, 2027])
@pytest.mark.parametrize("days", list(DoorDays))
def test_both_orders_have_the_same_doors_behind_the_same_days(
    kind: CalendarKind, year: int, days: DoorDays
) -> None:
    standard = doors(with_layout(SHIPPED[kind], DoorOrder.STANDARD, days), year)
    shuffled = doors(with_layout(SHIPPED[kind], DoorOrder.SHUFFLED, days), year)
    expected = 24 if days is DoorDays.ALL else 16
    assert len(standard) == len(shuffled) == expected
    # Standard: in date order, the n-th item behind the n-th day.
    assert [d.day for d in standard] == sorted(d.day for d in standard)
    assert [d.item for d in standard] == list(SHIPPED[kind].items[:expected])
    if days is DoorDays.ALL:
        assert [d.number for d in standard] == list(range(1, 25))
    # Shuffled: the same doors, mixed, and mixed the same way every time.
    assert sorted(shuffled, key=lambda d: d.day) == standard
    assert [d.day for d in shuffled] != [d.day for d in standard]
    again = doors(with_layout(SHIPPED[kind], DoorOrder.SHUFFLED, days), year)
    assert again == shuffled


def test_two_calendars_are_shuffled_differently() -> None:
    children = doors(
        with_layout(SHIPPED[CalendarKind.CHILDREN], DoorOrder.SHUFFLED, DoorDays.ALL), 2026
    )
    games = doors(with_layout(SHIPPED[CalendarKind.GAMES], DoorOrder.SHUFFLED, DoorDays.ALL), 2026)
    assert [d.number for d in children] != [d.number for d in games]


def open_numbers(calendar: Calendar) -> list[int]:
    """The numbers of the doors open by the app's clock, in date order."""
    today = clock.today()
    return sorted(d.number for d in doors(calendar, today.year) if is_open(d, today))


def test_only_todays_and_earlier_doors_open_as_the_clock_moves() -> None:
    calendar = with_layout(SHIPPED[CalendarKind.CHILDREN], DoorOrder.SHUFFLED, DoorDays.ALL)
    clock.pin(dt.datetime(2026, 11, 30, 23, 59))
    assert open_numbers(calendar) == []
    assert todays_door(calendar, clock.today()) is None
    clock.pin(dt.datetime(2026, 12, 3, 6, 0))
    assert open_numbers(calendar) == [1, 2, 3]
    door = todays_door(calendar, clock.today())
    assert door is not None and door.number == 3
    clock.pin(dt.datetime(2026, 12, 10, 8, 0))
    assert open_numbers(calendar) == list(range(1, 11))
    # The system clock was wrong (ahead) on an earlier run: back on the 3rd, door 4 is shut.
    clock.pin(dt.datetime(2026, 12, 3, 9, 0))
    assert open_numbers(calendar) == [1, 2, 3]
    clock.pin(dt.datetime(2026, 12, 27, 9, 0))
    assert open_numbers(calendar) == list(range(1, 25))


def test_a_weekend_has_no_door_in_the_weekday_calendar() -> None:
    calendar = with_layout(SHIPPED[CalendarKind.COLLEAGUES], DoorOrder.STANDARD, DoorDays.WEEKDAYS)
    saturday = dt.date(2026, 12, 5)
    assert todays_door(calendar, saturday) is None
    assert open_numbers_at(calendar, saturday) == [1, 2, 3, 4]


def open_numbers_at(calendar: Calendar, today: dt.date) -> list[int]:
    """The numbers of the doors open on ``today``."""
    return sorted(d.number for d in doors(calendar, today.year) if is_open(d, today))
