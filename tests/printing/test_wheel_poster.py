"""The wheel poster read back: A4 or A3, the wheel's name and every task."""

from __future__ import annotations

import math

import pytest
from pdf_reading import page_text, paper, read

from smartklasse.domain.wheels import load_default_wheels
from smartklasse.printing.wheel_poster import segments, wheel_poster


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


def test_segments_go_clockwise_from_twelve_o_clock_and_fill_the_circle() -> None:
    segs = segments(8, 0, 0, 100)
    assert sum(s.extent for s in segs) == pytest.approx(360)
    assert segs[0].label_x > 0 and segs[0].label_y > 0  # first task just right of the top
    assert segs[2].label_x > 0 and segs[2].label_y < 0  # third task below 3 o'clock
    for s in segs:
        assert math.hypot(s.label_x, s.label_y) == pytest.approx(62)
