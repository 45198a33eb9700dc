"""The period presets of the log filter: the dates a teacher expects for "this week" etc."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from smartklasse.domain.log_filters import (
    LogFilter,
    Period,
    month_range,
    school_year_months,
    school_year_range,
    week_range,
)

D = dt.date


def test_this_week_is_monday_to_sunday() -> None:
    # Thursday 26 November 2026 belongs to the week of Monday 23rd to Sunday 29th.
    assert week_range(D(2026, 11, 26)) == (D(2026, 11, 23), D(2026, 11, 29))
    assert week_range(D(2026, 11, 23)) == (D(2026, 11, 23), D(2026, 11, 29))


def test_this_month_handles_february_and_december() -> None:
    # Month ends are right in leap years and at the year's end.
    assert month_range(D(2028, 2, 10)) == (D(2028, 2, 1), D(2028, 2, 29))
    assert month_range(D(2026, 12, 31)) == (D(2026, 12, 1), D(2026, 12, 31))


def test_school_year_starts_on_first_of_august() -> None:
    # 31 July is still last school year; 1 August starts the new one.
    assert school_year_range(D(2026, 7, 31)) == (D(2025, 8, 1), D(2026, 7, 31))
    assert school_year_range(D(2026, 8, 1)) == (D(2026, 8, 1), D(2027, 7, 31))
    months = school_year_months(D(2027, 3, 1))
    assert months[0] == (2026, 8) and months[4] == (2026, 12) and months[-1] == (2027, 7)


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)))
def test_every_preset_contains_today(today: dt.date) -> None:
    # Whatever the day, "this week/month/school year" includes today.
    for period in (Period.WEEK, Period.MONTH, Period.SCHOOL_YEAR):
        span = LogFilter("c", period=period).date_range(today)
        assert span is not None
        assert span[0] <= today <= span[1]


def test_custom_range_accepts_ends_in_either_order_and_all_means_no_limit() -> None:
    # Picking the end date first must not give an empty log.
    f = LogFilter("c", period=Period.CUSTOM, start=D(2026, 3, 31), end=D(2026, 3, 1))
    assert f.date_range(D(2026, 1, 1)) == (D(2026, 3, 1), D(2026, 3, 31))
    assert LogFilter("c", period=Period.ALL).date_range(D(2026, 1, 1)) is None


def test_search_words_are_case_folded() -> None:
    # "ÅSE  Mot" searches for both words whatever their case.
    assert LogFilter("c", search="ÅSE  Mot ").search_terms() == ["åse", "mot"]
