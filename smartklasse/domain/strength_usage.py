"""The periods a class's strength usage is counted over: this week, month and school year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: A Norwegian school year starts on 1 August.
SCHOOL_YEAR_START_MONTH = 8


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of dates."""

    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        """True if ``day`` lies within the range (both ends included)."""
        return self.start <= day <= self.end


def week_of(day: dt.date) -> DateRange:
    """The Monday-to-Sunday week that contains ``day``."""
    start = day - dt.timedelta(days=day.weekday())
    return DateRange(start, start + dt.timedelta(days=6))


def month_of(day: dt.date) -> DateRange:
    """The calendar month that contains ``day``."""
    start = day.replace(day=1)
    following = (start + dt.timedelta(days=32)).replace(day=1)
    return DateRange(start, following - dt.timedelta(days=1))


def school_year_of(day: dt.date) -> DateRange:
    """The school year (1 August to 31 July) that contains ``day``."""
    first_year = day.year if day.month >= SCHOOL_YEAR_START_MONTH else day.year - 1
    start = dt.date(first_year, SCHOOL_YEAR_START_MONTH, 1)
    return DateRange(start, dt.date(first_year + 1, SCHOOL_YEAR_START_MONTH, 1) - dt.timedelta(1))


@dataclass(frozen=True)
class UsagePeriods:
    """The three periods the big view shows, all around one day."""

    week: DateRange
    month: DateRange
    school_year: DateRange

    @classmethod
    def around(cls, day: dt.date) -> UsagePeriods:
        """The week, month and school year containing ``day``."""
        return cls(week_of(day), month_of(day), school_year_of(day))

    def span(self) -> DateRange:
        """The smallest range covering all three (a week can start before 1 August)."""
        return DateRange(
            min(self.week.start, self.month.start, self.school_year.start),
            max(self.week.end, self.month.end, self.school_year.end),
        )


@dataclass(frozen=True)
class UsageCounts:
    """How many log entries of a class used a strength in each period."""

    week: int = 0
    month: int = 0
    school_year: int = 0
