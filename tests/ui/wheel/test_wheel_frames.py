"""Spin frames: the quick frame shown while the wheel turns fast looks like the full one.

A frame in the fast part of a spin turns the disc at half resolution (a quarter
of the pixels); these tests compare it with the full frame at the same angle:
same colours where the segments are, the same sharp rim, the same hub and
pointer, and a shadow that stays below the wheel whichever way it has turned.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from smartklasse.domain.wheels import load_default_wheels
from smartklasse.ui.wheel.widget import WheelWidget

BACKGROUND = QColor("#f7f5f0")


def _frame(widget: WheelWidget, rotation: float, fast: bool) -> QImage:
    widget.set_rotation(rotation, fast)
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    widget.render_frame(painter)
    painter.end()
    return image


def _widget(qtbot: QtBot, width: int, height: int) -> WheelWidget:
    wheel = load_default_wheels()[0]
    widget = WheelWidget()
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.set_wheel([t.text("nb") for t in wheel.tasks], wheel.colour, wheel.name("nb"))
    widget.set_progress([1, 0, 3, 0, 2, 0, 0, 1])
    return widget


def _distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (3840, 2160)])
def test_a_fast_frame_shows_the_same_wheel_as_a_full_frame(
    qtbot: QtBot, width: int, height: int
) -> None:
    widget = _widget(qtbot, width, height)
    rotation = 31.7
    full = _frame(widget, rotation, fast=False)
    fast = _frame(widget, rotation, fast=True)
    # Blurred to what the eye sees of a turning wheel, the two frames agree everywhere (the
    # white ring is 2 px wider inwards in the quick frame, which is most of what is left).
    side = 48
    small_full = full.scaled(
        side * width // height, side, mode=Qt.TransformationMode.SmoothTransformation
    )
    small_fast = fast.scaled(
        side * width // height, side, mode=Qt.TransformationMode.SmoothTransformation
    )
    worst = max(
        _distance(small_full.pixelColor(x, y), small_fast.pixelColor(x, y))
        for x in range(small_full.width())
        for y in range(small_full.height())
    )
    assert worst <= 40, f"the quick frame differs by up to {worst} of 255 from the full one"
    # The middle of every segment has the segment's colour in both.
    cx, cy, r = widget.wheel_circle()
    for index in range(8):
        angle = math.radians(rotation + index * 45 + 4)  # beside the text and the dots
        x = round(cx + r * 0.93 * math.sin(angle))
        y = round(cy - r * 0.93 * math.cos(angle))
        assert _distance(full.pixelColor(x, y), fast.pixelColor(x, y)) <= 12, (index, x, y)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (3840, 2160)])
def test_the_rim_hub_and_pointer_stay_sharp_in_a_fast_frame(
    qtbot: QtBot, width: int, height: int
) -> None:
    widget = _widget(qtbot, width, height)
    full = _frame(widget, 12.0, fast=False)
    fast = _frame(widget, 12.0, fast=True)
    cx, cy, r = widget.wheel_circle()
    # Around the whole rim, from just inside the white ring to past the shadow, and across
    # the hub and the pointer (which never turn), both frames are the same pixels.
    for step in range(360):
        a = math.radians(step)
        for distance in (r * 0.985, r * 1.01, r * 1.03, r * 0.1, r * 0.19):
            x = round(cx + distance * math.sin(a))
            y = round(cy - distance * math.cos(a))
            difference = _distance(full.pixelColor(x, y), fast.pixelColor(x, y))
            assert difference <= 40, (step, distance / r, difference)
    for dy in range(int(r * 0.06)):
        assert full.pixelColor(int(cx), int(cy - r + dy)) == fast.pixelColor(
            int(cx), int(cy - r + dy)
        )


def test_the_shadow_stays_below_the_wheel_when_it_turns(qtbot: QtBot) -> None:
    widget = _widget(qtbot, 1366, 768)
    cx, cy, r = widget.wheel_circle()

    def at(frame: QImage, degrees: float) -> QColor:
        a = math.radians(degrees)
        return frame.pixelColor(
            round(cx + r * 1.02 * math.sin(a)), round(cy - r * 1.02 * math.cos(a))
        )

    for rotation in (0.0, 90.0, 180.0, 270.0):
        frame = _frame(widget, rotation, fast=False)
        # Clockwise from 12 o'clock: 150 degrees is below right, 30 degrees above right.
        assert at(frame, 150).lightness() < at(frame, 30).lightness(), rotation


@pytest.mark.parametrize("rotation", [10.0, 80.0, 100.0, 170.0, 200.0, 260.0, 300.0, 1292.4])
def test_every_segment_is_where_the_rotation_puts_it(qtbot: QtBot, rotation: float) -> None:
    # Frames turned near a quarter are drawn from a copy of the disc turned a quarter
    # already; whichever copy is used, each segment shows where the rotation puts it.
    widget = _widget(qtbot, 1366, 768)
    still = _frame(widget, 0.0, fast=False)
    turned = _frame(widget, rotation, fast=False)
    cx, cy, r = widget.wheel_circle()

    def at(frame: QImage, degrees: float) -> QColor:
        a = math.radians(degrees)
        return frame.pixelColor(
            round(cx + r * 0.93 * math.sin(a)), round(cy - r * 0.93 * math.cos(a))
        )

    for index in range(8):
        beside_text = index * 45 + 4
        assert _distance(at(still, beside_text), at(turned, beside_text + rotation)) <= 6, index
