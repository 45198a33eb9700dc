"""A class's working period on the wheel: by default this week, Monday to Sunday.

A week is the calendar week, as in the log's "this week": a task done on Saturday or Sunday
counts for the week that just ended, which is also the week the wheel shows on the weekend.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: Longest period a teacher may set (a school term is about this long).
MAX_PERIOD_DAYS = 120


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` is inside the period."""
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1


class PeriodError(ValueError):
    """The dates do not make a period (end before start, or far too long)."""


def this_week(today: dt.date) -> Period:
    """Monday to Sunday of ``today``'s week: a weekend belongs to the week that just ended."""
    monday = today - dt.timedelta(days=today.weekday())
    return Period(monday, monday + dt.timedelta(days=6))


def make_period(start: dt.date, end: dt.date) -> Period:
    """Check and build a period; raise :class:`PeriodError` when it cannot be one."""
    if end < start:
        raise PeriodError("the period ends before it starts")
    period = Period(start, end)
    if period.days > MAX_PERIOD_DAYS:
        raise PeriodError("the period is too long")
    return period
