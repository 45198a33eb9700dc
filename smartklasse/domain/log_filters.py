"""What the teacher filters the log by, and the date arithmetic of the period presets.

Pure Python: the storage layer turns a :class:`LogFilter` into SQL, the UI
builds one from the filter bar. Dates are :class:`datetime.date`; ranges are
inclusive at both ends, as a teacher reads "1.–31. mars".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

#: The school year starts on 1 August in Norway.
SCHOOL_YEAR_START_MONTH = 8


class Period(StrEnum):
    """The period presets of the filter bar."""

    WEEK = "week"
    MONTH = "month"
    SCHOOL_YEAR = "school_year"
    CUSTOM = "custom"
    ALL = "all"


DateRange = tuple[dt.date, dt.date]


def week_range(today: dt.date) -> DateRange:
    """Monday to Sunday of the week ``today`` is in (Norwegian weeks start on Monday)."""
    start = today - dt.timedelta(days=today.weekday())
    return start, start + dt.timedelta(days=6)


def month_range(today: dt.date) -> DateRange:
    """The first to the last day of ``today``'s month."""
    start = today.replace(day=1)
    next_month = (start + dt.timedelta(days=32)).replace(day=1)
    return start, next_month - dt.timedelta(days=1)


def school_year_range(today: dt.date) -> DateRange:
    """1 August to 31 July of the school year ``today`` belongs to."""
    year = today.year if today.month >= SCHOOL_YEAR_START_MONTH else today.year - 1
    return (
        dt.date(year, SCHOOL_YEAR_START_MONTH, 1),
        dt.date(year + 1, SCHOOL_YEAR_START_MONTH, 1) - dt.timedelta(days=1),
    )


def school_year_months(today: dt.date) -> list[tuple[int, int]]:
    """The twelve (year, month) pairs of ``today``'s school year, August first."""
    start, _end = school_year_range(today)
    months = []
    year, month = start.year, start.month
    for _ in range(12):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def ordered_range(start: dt.date, end: dt.date) -> DateRange:
    """A custom range with its ends in order, whichever way the teacher picked them."""
    return (start, end) if start <= end else (end, start)


@dataclass(frozen=True)
class LogFilter:
    """One combination of filters over a class's log; every set field narrows the result.

    ``start``/``end`` are only read for :attr:`Period.CUSTOM`. ``search`` matches
    the task text, the reflection answers and the pupils' names, ignoring case.
    """

    class_id: str
    period: Period = Period.SCHOOL_YEAR
    start: dt.date | None = None
    end: dt.date | None = None
    pupil_id: str | None = None
    wheel_id: str | None = None
    task_id: str | None = None
    strength_id: str | None = None
    search: str = ""

    def date_range(self, today: dt.date) -> DateRange | None:
        """The inclusive date range the filter covers on ``today``; None for all time."""
        if self.period is Period.WEEK:
            return week_range(today)
        if self.period is Period.MONTH:
            return month_range(today)
        if self.period is Period.SCHOOL_YEAR:
            return school_year_range(today)
        if self.period is Period.CUSTOM:
            start = self.start or dt.date.min
            end = self.end or dt.date.max
            return ordered_range(start, end)
        return None

    def search_terms(self) -> list[str]:
        """The search text split into words; an entry must match every word."""
        return [w for w in self.search.casefold().split() if w]
