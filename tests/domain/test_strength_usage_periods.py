"""The periods usage is counted over, and which languages the strength catalogue has."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from smartklasse.domain.languages import catalogue_languages, is_right_to_left, native_name
from smartklasse.domain.strength_usage import UsagePeriods, month_of, school_year_of, week_of


def test_school_year_starts_on_first_of_august() -> None:
    # "This school year" in August is the new year; in July it is still the old one.
    assert school_year_of(dt.date(2026, 8, 1)).start == dt.date(2026, 8, 1)
    assert school_year_of(dt.date(2026, 7, 31)).start == dt.date(2025, 8, 1)
    assert school_year_of(dt.date(2027, 3, 3)).end == dt.date(2027, 7, 31)


def test_week_is_monday_to_sunday_and_month_is_calendar_month() -> None:
    # Norwegian weeks start on Monday; February in a leap year has 29 days.
    assert week_of(dt.date(2026, 11, 26)).start == dt.date(2026, 11, 23)
    assert week_of(dt.date(2026, 11, 26)).end == dt.date(2026, 11, 29)
    assert month_of(dt.date(2028, 2, 10)).end == dt.date(2028, 2, 29)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_period_contains_its_day_and_the_span_covers_all(day: dt.date) -> None:
    # Whatever the day, it lies in its week, month and school year, and the span covers them.
    periods = UsagePeriods.around(day)
    span = periods.span()
    for period in (periods.week, periods.month, periods.school_year):
        assert period.contains(day)
        assert span.start <= period.start and period.end <= span.end
    assert periods.school_year.start <= periods.month.start


def test_catalogue_languages_are_the_data_files_nb_nn_en_first() -> None:
    # The second-language list comes from the shipped files, with the app's languages first.
    codes = catalogue_languages()
    assert codes[:3] == ["nb", "nn", "en"]
    assert {"ar", "so", "uk", "pl"} <= set(codes)


def test_a_new_language_file_is_picked_up_without_code(tmp_path: Path) -> None:
    # Dropping fa.json beside the others adds Persian, written right to left.
    (tmp_path / "nb.json").write_text(json.dumps({"language": "nb", "strengths": {}}))
    (tmp_path / "fa.json").write_text(json.dumps({"language": "fa", "strengths": {}}))
    (tmp_path / "broken.json").write_text("{ not json")
    assert catalogue_languages(tmp_path) == ["nb", "fa"]
    assert is_right_to_left("fa")


def test_script_direction_and_native_names() -> None:
    # Arabic, Persian, Urdu and Hebrew run right to left; Somali, Ukrainian, Polish do not.
    assert all(is_right_to_left(code) for code in ("ar", "fa", "ur", "he"))
    assert not any(is_right_to_left(code) for code in ("nb", "so", "uk", "pl"))
    assert native_name("ar") == "العربية"
    assert native_name("pl") == "Polski"
