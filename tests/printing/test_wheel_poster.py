"""The wheel poster read back: A4 or A3, the wheel's name and every task."""

from __future__ import annotations

import math

import pytest
from pdf_reading import page_text, paper, read

from smartklasse.domain import wheel_geometry
from smartklasse.domain.wheels import load_default_wheels
from smartklasse.printing.wheel_poster import (
    label_point,
    wedge,
    wheel_layout,
    wheel_place,
    wheel_poster,
)


@pytest.mark.parametrize(("paper_size", "lang"), [("A4", "nb"), ("A3", "nn"), ("A3", "en")])
def test_poster_has_the_wheel_and_all_its_tasks(paper_size: str, lang: str) -> None:
    wheel = load_default_wheels()[1]
    reader = read(wheel_poster(wheel, lang, paper_size))
    assert len(reader.pages) == 1
    assert paper(reader) == f"{paper_size} portrait"
    text = page_text(reader)
    assert wheel.name(lang) in text
    for task in wheel.tasks:
        # Each task is listed in full under the wheel.
        assert task.text(lang) in text


def test_wedges_go_clockwise_from_twelve_o_clock_and_fill_the_circle() -> None:
    # The poster draws the domain's segments: task 1 just right of 12 o'clock, then clockwise.
    wedges = [wedge(i, 8) for i in range(8)]
    assert sum(extent for _start, extent in wedges) == pytest.approx(360)
    assert wedges[0] == pytest.approx((45, 45))  # 12 to half past one, counter-clockwise from 3
    labels = [label_point(i, 8, 0, 0, 100) for i in range(8)]
    assert labels[0][0] > 0 and labels[0][1] > 0  # first task just right of the top
    assert labels[2][0] > 0 and labels[2][1] < 0  # third task below 3 o'clock
    for x, y in labels:
        assert math.hypot(x, y) == pytest.approx(62)
    # The label of each wedge is in the segment the wheel on screen finds at that point
    # (screen y points down, so flip it).
    for index, (x, y) in enumerate(labels):
        assert wheel_geometry.segment_at(x, -y, 0, 0, 100, 8) == index


@pytest.mark.parametrize("paper_size", ["A4", "A3"])
@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_every_text_and_number_stays_inside_its_segment(paper_size: str, lang: str) -> None:
    # Every corner of every line's box and of every number is in that task's segment, as the
    # screen wheel finds it (not on a divider, the hub or outside); the hub's word fits the hub.
    for wheel in load_default_wheels():
        cx, cy, radius = wheel_place(paper_size)
        layout = wheel_layout(wheel, lang, cx, cy, radius)
        count = len(wheel.tasks)
        # Every word of every task is on the wheel.
        for index, task in enumerate(wheel.tasks):
            words = " ".join(t.text for t in layout.texts if t.segment == index).split()
            assert words == task.text(lang).split(), (wheel.id, lang, index)
        for item in (*layout.texts, *layout.numbers):
            for x, y in item.corners():
                found = wheel_geometry.segment_at(x, -y, cx, -cy, radius, count)
                assert found == item.segment, (wheel.id, lang, paper_size, item.text)
        hub = layout.hub
        for x, y in hub.corners():
            assert math.hypot(x - cx, y - cy) < radius * wheel_geometry.HUB_RATIO
