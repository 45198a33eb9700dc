"""Star charts read back: landscape A4, the goal, the strengths, one filled star per star earned."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from pdf_reading import form_uses, page_text, paper, read

from smartklasse.domain.documents import StarChartData
from smartklasse.domain.strengths import load_default_strengths
from smartklasse.i18n import format_date, translate_in
from smartklasse.printing.star_chart import (
    BLANK_TARGET,
    EMPTY_STAR,
    FILLED_STAR,
    star_chart,
    star_grid,
)


def chart(stars: int, target: int = 20) -> StarChartData:
    by_id = {s.id: s for s in load_default_strengths()}
    return StarChartData(
        goal="Ryddig i garderoben",
        strengths=tuple(
            by_id[k] for k in ("ansvarsbevissthet", "hjelpsomhet", "respekt", "samarbeid")
        ),
        target=target,
        stars=tuple(dt.date(2025, 3, 3) + dt.timedelta(days=i) for i in range(stars)),
        started_on=dt.date(2025, 3, 3),
        class_name="7B",
    )


@pytest.mark.parametrize(("stars", "target"), [(0, 20), (7, 20), (20, 20), (3, 5), (25, 20)])
def test_filled_stars_equal_the_stars_earned(stars: int, target: int) -> None:
    reader = read(star_chart(chart(stars, target), "nb"))
    assert len(reader.pages) == 1
    assert paper(reader) == "A4 landscape"
    assert form_uses(reader, FILLED_STAR) == stars
    # Every place is drawn; stars beyond the target still get a place of their own.
    assert form_uses(reader, FILLED_STAR) + form_uses(reader, EMPTY_STAR) == max(stars, target)


def test_each_filled_star_is_dated() -> None:
    data = chart(4)
    text = page_text(read(star_chart(data, "nb")))
    for day in data.stars:
        assert format_date(day, "short", "nb") in text


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_chart_shows_goal_strengths_and_round_in_the_language(lang: str) -> None:
    data = chart(2)
    text = page_text(read(star_chart(data, lang)))
    assert "Ryddig i garderoben" in text and "7B" in text
    for strength in data.strengths:
        assert strength.name(lang) in text
    assert translate_in(lang, "Our goal") in text
    assert translate_in(lang, "Stars: {count} of {target}").format(count=2, target=20) in text


def test_blank_chart_has_only_empty_places_to_fill_by_hand() -> None:
    reader = read(star_chart(None, "nb"))
    assert paper(reader) == "A4 landscape"
    assert form_uses(reader, FILLED_STAR) == 0
    assert form_uses(reader, EMPTY_STAR) == BLANK_TARGET
    assert reader.metadata is not None
    assert reader.metadata.title == translate_in("nb", "Star chart")


def test_star_places_never_overlap_and_stay_in_the_box() -> None:
    for count in (1, 5, 12, 20, 40, 60):
        places = star_grid(count, 0, 0, 800, 400)
        assert len(places) == count
        for p in places:
            assert p.radius > 0
            assert p.x - p.radius >= 0 and p.x + p.radius <= 800
            assert p.y - p.radius >= 0 and p.y + p.radius <= 400
        for a, b in itertools.pairwise(places):
            assert ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5 >= a.radius + b.radius


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_strength_pills_start_after_their_label(lang: str) -> None:
    # "Egenskaper vi trenger" is long; the first strength pill must not cover its end.
    from smartklasse.printing.fonts import string_width
    from smartklasse.printing.star_chart import pills_offset

    label = translate_in(lang, "Strengths we need")
    label_width = string_width(label, 12, bold=True)
    assert pills_offset(label_width) >= label_width + 3 * 72 / 25.4  # a 3 mm gap at least
