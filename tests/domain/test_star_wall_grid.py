"""Where the star places go: rows of 5 or 10, countable, inside the widget."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from smartklasse.domain.star_grid import choose_columns, place_at, star_places, star_points


def test_twenty_on_a_wide_wall_is_two_rows_of_ten() -> None:
    # On a wide projector, 20 stars stand in two rows of ten.
    places = star_places(20, 1600, 500)
    assert len(places) == 20
    assert len({round(p.y) for p in places}) == 2
    assert choose_columns(20, 1600, 500) == 10


def test_twenty_on_a_tall_space_is_rows_of_five() -> None:
    # In a narrow, tall space the rows of five give bigger stars.
    assert choose_columns(20, 500, 800) == 5
    assert len({round(p.y) for p in star_places(20, 500, 800)}) == 4


def test_row_of_ten_has_gap_after_five() -> None:
    # The wider gap after the fifth star makes the row easy to count.
    places = star_places(10, 1200, 200)
    gaps = [places[i + 1].x - (places[i].x + places[i].width) for i in range(9)]
    assert gaps[4] > gaps[3] * 2


def test_small_target_is_one_row() -> None:
    assert choose_columns(3, 800, 400) == 3
    assert len({p.y for p in star_places(3, 800, 400)}) == 1


def test_place_at_finds_the_star_under_the_finger() -> None:
    places = star_places(20, 1000, 400)
    cx, cy = places[13].centre
    assert place_at(places, cx, cy) == 13
    assert place_at(places, -5, -5) is None


def test_star_points_first_tip_up() -> None:
    points = star_points(50, 50, 40)
    assert len(points) == 10
    assert points[0] == (50.0, 10.0)


@given(
    target=st.integers(1, 100),
    width=st.floats(50, 4000),
    height=st.floats(50, 3000),
)
def test_places_fit_and_never_overlap(target: int, width: float, height: float) -> None:
    # Whatever the window size, every place is inside the widget and they do not overlap.
    places = star_places(target, width, height)
    assert len(places) == target
    for p in places:
        assert p.x >= -1e-6 and p.y >= -1e-6
        assert p.x + p.width <= width + 1e-6 and p.y + p.height <= height + 1e-6
    for a, b in itertools.pairwise(places):
        if abs(a.y - b.y) < 1e-6:
            assert b.x >= a.x + a.width - 1e-6
