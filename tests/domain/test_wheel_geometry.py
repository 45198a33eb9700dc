"""Segment geometry: which segment is under a point, and task text that fits its segment."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartklasse.domain import wheel_geometry as geo

CX, CY, R = 300.0, 300.0, 250.0


def point_at(angle: float, distance: float) -> tuple[float, float]:
    a = math.radians(angle)
    return CX + distance * math.sin(a), CY - distance * math.cos(a)


@pytest.mark.parametrize("count", [4, 8, 12])
def test_centre_of_each_segment_hits_that_segment(count: int) -> None:
    # Tapping the middle of a task on the board opens that task.
    for index in range(count):
        x, y = point_at(geo.segment_middle(index, count), R * 0.6)
        assert geo.segment_at(x, y, CX, CY, R, count) == index


@pytest.mark.parametrize("rotation", [0.0, -22.5, 137.0, 719.5])
def test_points_just_inside_each_border_hit_the_right_side(rotation: float) -> None:
    # A tap a hair inside a separator still picks the segment the child touched.
    count = 8
    for index in range(count):
        start = geo.segment_start(index, count, rotation)
        end = start + geo.span(count)
        for distance in (R * 0.25, R * 0.99):
            assert (
                geo.segment_at(*point_at(start + 0.01, distance), CX, CY, R, count, rotation)
                == index
            )
            assert (
                geo.segment_at(*point_at(end - 0.01, distance), CX, CY, R, count, rotation) == index
            )


def test_exact_border_belongs_to_the_next_segment_clockwise() -> None:
    # Every point belongs to exactly one segment, even exactly on a separator.
    for index in range(8):
        x, y = point_at(index * 45.0, R / 2)
        assert geo.segment_at(x, y, CX, CY, R, 8) == index
    # Straight up, right, down and left on a four-segment wheel (exact float borders).
    assert geo.segment_at(CX, CY - 100, CX, CY, R, 4) == 0
    assert geo.segment_at(CX + 100, CY, CX, CY, R, 4) == 1
    assert geo.segment_at(CX, CY + 100, CX, CY, R, 4) == 2
    assert geo.segment_at(CX - 100, CY, CX, CY, R, 4) == 3


def test_hub_and_outside_hit_no_segment() -> None:
    # The hub (and its edge) and the page around the wheel never open a task.
    hub = R * geo.HUB_RATIO
    assert geo.segment_at(CX, CY, CX, CY, R, 8) is None
    assert geo.segment_at(CX + hub, CY, CX, CY, R, 8) is None
    assert geo.in_hub(CX + hub, CY, CX, CY, R)
    assert geo.segment_at(CX + hub + 0.01, CY, CX, CY, R, 8) == 2
    assert geo.segment_at(CX + R, CY, CX, CY, R, 8) == 2
    assert geo.segment_at(CX + R + 0.01, CY, CX, CY, R, 8) is None


@given(
    angle=st.floats(0, 360, exclude_max=True),
    rotation=st.floats(-1000, 1000),
    count=st.integers(4, 12),
)
def test_hit_test_agrees_with_segment_angles(angle: float, rotation: float, count: int) -> None:
    # Whatever the rotation, the segment found covers the angle tapped.
    index = geo.segment_at(*point_at(angle, R * 0.7), CX, CY, R, count, rotation)
    assert index is not None
    start = geo.segment_start(index, count, rotation)
    assert (angle - start) % 360.0 < geo.span(count) + 1e-6 or (angle - start) % 360 > 360 - 1e-6


def test_pointer_sees_the_segment_turned_under_it() -> None:
    # With segment 3's middle turned to 12 o'clock, the pointer shows task 3.
    for index in range(8):
        rotation = -geo.segment_middle(index, 8)
        assert geo.segment_under_pointer(rotation, 8) == index


def mono_metrics(char_width: float = 0.55, line: float = 1.2) -> geo.TextMetrics:
    return geo.TextMetrics(
        width=lambda text, size: len(text) * size * char_width,
        line_height=lambda size: size * line,
    )


def line_inside_segment(layout: geo.TextLayout, radius: float, count: int) -> None:
    half = math.radians(geo.span(count) / 2)
    for line in layout.lines:
        inner = line.y - layout.line_height / 2
        outer = line.y + layout.line_height / 2
        assert inner >= radius * geo.HUB_RATIO
        assert line.width / 2 <= inner * math.tan(half) + 1e-6
        assert math.hypot(line.width / 2, outer) <= radius + 1e-6


def test_long_text_is_wrapped_and_kept_inside_its_segment() -> None:
    # A long task wraps over several lines, each inside the wedge and the rim.
    text = "Ta ansvar for miljøet og fortell noen hva du har gjort."
    layout = geo.fit_text(text, 250, 8, mono_metrics())
    assert layout.fits
    assert len(layout.lines) > 1
    assert " ".join(line.text for line in layout.lines) == text
    line_inside_segment(layout, 250, 8)


def test_short_text_is_larger_than_long_text_but_capped() -> None:
    # "Smil" gets big letters, but not larger than the cap; a sentence gets smaller ones.
    short = geo.fit_text("Smil", 250, 8, mono_metrics())
    long = geo.fit_text(
        "Si noe positivt om deg selv til en annen person i dag.", 250, 8, mono_metrics()
    )
    assert short.size == pytest.approx(250 * geo.MAX_TEXT_RATIO, abs=0.5)
    assert long.size < short.size


def test_text_that_cannot_fit_is_reported() -> None:
    # A huge text is not silently clipped: the layout says it does not fit.
    layout = geo.fit_text("ord " * 200, 250, 12, mono_metrics(), min_size=12, max_size=30)
    assert not layout.fits


@pytest.mark.parametrize("radius", [230.0, 400.0, 1000.0])
def test_every_text_shares_the_largest_size_at_which_all_fit(radius: float) -> None:
    texts = [
        "Smil og si hei til de du ikke kjenner så godt.",
        "Hjelp",
        "",
        "Spør noen som trenger det om de vil være med i leken.",
        "Si noe positivt om deg selv til en annen.",
    ]
    size, layouts = geo.fit_texts(texts, radius, 8, mono_metrics())
    assert len(layouts) == len(texts)
    assert all(layout.fits and layout.size == size for layout in layouts)
    assert layouts[2].lines == ()
    # Each text alone fits at least this large, and the tightest one not half a pixel more.
    alone = [geo.fit_text(t, radius, 8, mono_metrics()).size for t in texts if t]
    assert size <= min(alone) + 0.5
    assert size >= min(alone) - 0.5
    for text, layout in zip(texts, layouts, strict=True):
        assert " ".join(line.text for line in layout.lines) == " ".join(text.split())


def test_a_text_that_never_fits_keeps_the_smallest_size_and_says_so() -> None:
    size, layouts = geo.fit_texts(["kort", "ord " * 200], 250, 12, mono_metrics())
    assert size == geo.MIN_TEXT_PX
    assert layouts[0].fits and not layouts[1].fits
