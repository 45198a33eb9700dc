"""The wheel poster: a wheel drawn as vector graphics with its tasks, on A4 or A3."""

from __future__ import annotations

import io
import math

from reportlab.lib import colors

from smartklasse.domain import wheel_geometry
from smartklasse.domain.wheels import Wheel
from smartklasse.i18n import N_
from smartklasse.printing.common import (
    INK,
    MARGIN,
    colour,
    draw_fitted,
    draw_text,
    finish,
    mm,
    new_canvas,
    page_size,
    t,
)

TITLE = N_("The SMART wheel: {wheel}")
#: Task numbers and texts sit this far out along their wedge, as a part of the radius.
LABEL_RATIO = 0.62


def _middle(index: int, count: int) -> float:
    # The domain measures clockwise from 12 o'clock, as a wheel is read; reportlab
    # measures counter-clockwise from 3 o'clock.
    return 90.0 - wheel_geometry.segment_middle(index, count)


def wedge(index: int, count: int) -> tuple[float, float]:
    """Task ``index``'s wedge as reportlab draws it: (start, extent) in degrees."""
    extent = wheel_geometry.span(count)
    return _middle(index, count) - extent / 2, extent


def label_point(index: int, count: int, cx: float, cy: float, radius: float) -> tuple[float, float]:
    """Where task ``index``'s number and text are centred, on its wedge's middle line."""
    angle = math.radians(_middle(index, count))
    return (
        cx + radius * LABEL_RATIO * math.cos(angle),
        cy + radius * LABEL_RATIO * math.sin(angle),
    )


def title(wheel: Wheel, lang: str) -> str:
    """The poster's title in ``lang``, with the wheel's name."""
    return t(lang, TITLE).format(wheel=wheel.name(lang))


def _tint(base: colors.Color, amount: float) -> colors.Color:
    """Mix a colour with white (amount 0 = the colour, 1 = white)."""
    return colors.Color(
        base.red + (1 - base.red) * amount,
        base.green + (1 - base.green) * amount,
        base.blue + (1 - base.blue) * amount,
    )


def wheel_poster(wheel: Wheel, lang: str, paper: str = "A4") -> bytes:
    """A poster of ``wheel`` on ``paper`` (``"A4"`` or ``"A3"``), portrait."""
    buffer = io.BytesIO()
    size = page_size(paper)
    width, height = size
    scale = width / page_size("A4")[0]  # A3 is A4 scaled by √2: grow the type with it
    heading = title(wheel, lang)
    canvas = new_canvas(buffer, size, heading, lang)
    base = colour(wheel.colour)

    canvas.setFillColor(INK)
    draw_text(
        canvas,
        width / 2,
        height - MARGIN - 10 * mm * scale,
        heading,
        26 * scale,
        bold=True,
        align="centre",
    )
    radius = (width - 2 * MARGIN) / 2 * 0.92
    cx = width / 2
    cy = height - MARGIN - 22 * mm * scale - radius
    tasks = wheel.tasks
    count = len(tasks)
    for index, task in enumerate(tasks):
        start, extent = wedge(index, count)
        label_x, label_y = label_point(index, count, cx, cy, radius)
        canvas.setFillColor(_tint(base, 0.0 if index % 2 == 0 else 0.25))
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(3 * scale)
        canvas.wedge(
            cx - radius,
            cy - radius,
            cx + radius,
            cy + radius,
            start,
            extent,
            stroke=1,
            fill=1,
        )
        chord = 2 * radius * LABEL_RATIO * math.sin(math.radians(min(extent, 120) / 2))
        box_w = min(chord * 0.9, radius * 0.55)
        box_h = radius * 0.34
        canvas.setFillColor(colors.white)
        draw_text(
            canvas,
            label_x,
            label_y + box_h / 2 + 4 * scale,
            str(index + 1),
            22 * scale,
            bold=True,
            align="centre",
        )
        draw_fitted(
            canvas,
            task.text(lang),
            label_x - box_w / 2,
            label_y + box_h / 2,
            box_w,
            box_h,
            13 * scale,
            6,
            bold=True,
            centred=True,
            middle=True,
            ink=colors.white,
        )
    # The hub.
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(base)
    canvas.setLineWidth(4 * scale)
    canvas.circle(cx, cy, radius * 0.16, stroke=1, fill=1)
    canvas.setFillColor(base)
    draw_text(canvas, cx, cy - 7 * scale, "SMART", 20 * scale, bold=True, align="centre")

    # The tasks again as a numbered list, readable from the back of the room.
    y = cy - radius - 12 * mm * scale
    list_h = y - MARGIN
    rows = max(1, -(-len(tasks) // 2))
    row_h = min(list_h / rows, 16 * mm * scale)
    col_w = (width - 2 * MARGIN) / 2
    for index, task in enumerate(tasks):
        col, row = divmod(index, rows)
        x = MARGIN + col * col_w
        top = y - row * row_h
        canvas.setFillColor(base)
        canvas.circle(x + 4 * mm * scale, top - row_h / 2, 3.6 * mm * scale, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        draw_text(
            canvas,
            x + 4 * mm * scale,
            top - row_h / 2 - 4 * scale,
            str(index + 1),
            11 * scale,
            bold=True,
            align="centre",
        )
        draw_fitted(
            canvas,
            task.text(lang),
            x + 10 * mm * scale,
            top,
            col_w - 12 * mm * scale,
            row_h,
            11 * scale,
            6,
            middle=True,
        )
    return finish(canvas, buffer)
