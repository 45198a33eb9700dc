"""The wheel poster: a wheel drawn as vector graphics with its tasks, on A4 or A3."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

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
    string_width,
    t,
)

TITLE = N_("The SMART wheel: {wheel}")
#: Task numbers and texts sit this far out along their wedge, as a part of the radius.
LABEL_RATIO = 0.62
#: A line of text is this many times its font size tall.
LINE_HEIGHT = 1.2
#: The word in the hub.
HUB_WORD = "SMART"


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


@dataclass(frozen=True)
class PlacedText:
    """A text on the poster's wheel: its box in page points, turned to read along its segment.

    ``x``/``y`` is the box's centre, ``angle`` the clockwise turn from upright (the segment's
    middle angle), ``width``/``height`` the box; ``segment`` is the task's index.
    """

    text: str
    segment: int
    x: float
    y: float
    width: float
    height: float
    angle: float
    size: float

    def corners(self) -> list[tuple[float, float]]:
        """The box's four corners in page points (y up)."""
        turn = math.radians(self.angle)
        cos, sin = math.cos(turn), math.sin(turn)
        points = []
        for du in (-self.width / 2, self.width / 2):
            for dv in (-self.height / 2, self.height / 2):
                points.append((self.x + du * cos + dv * sin, self.y - du * sin + dv * cos))
        return points


@dataclass(frozen=True)
class WheelLayout:
    """Where the poster's wheel goes and every text on it, from the domain's wheel geometry."""

    cx: float
    cy: float
    radius: float
    texts: tuple[PlacedText, ...]
    numbers: tuple[PlacedText, ...]
    hub: PlacedText


def _along(cx: float, cy: float, angle: float, distance: float) -> tuple[float, float]:
    """The page point ``distance`` from the centre at ``angle`` clockwise from 12 o'clock."""
    turn = math.radians(angle)
    return cx + distance * math.sin(turn), cy + distance * math.cos(turn)


def _metrics() -> wheel_geometry.TextMetrics:
    return wheel_geometry.TextMetrics(
        width=lambda text, size: string_width(text, size, bold=True),
        line_height=lambda size: size * LINE_HEIGHT,
    )


def wheel_place(paper: str) -> tuple[float, float, float]:
    """The wheel's centre and radius on the poster, in page points (y up)."""
    width, height = page_size(paper)
    scale = width / page_size("A4")[0]
    radius = (width - 2 * MARGIN) / 2 * 0.92
    return width / 2, height - MARGIN - 22 * mm * scale - radius, radius


def wheel_layout(wheel: Wheel, lang: str, cx: float, cy: float, radius: float) -> WheelLayout:
    """Lay the wheel's texts out as the screen wheel does: each inside its own segment."""
    count = len(wheel.tasks)
    metrics = _metrics()
    texts = [task.text(lang) for task in wheel.tasks]
    size, layouts = wheel_geometry.fit_texts(texts, radius, count, metrics)
    placed: list[PlacedText] = []
    numbers: list[PlacedText] = []
    # Numbers sit in the outer ring the texts leave free, in the middle of their segment.
    ring = radius * (1 - wheel_geometry.TEXT_RIM_RATIO)
    number_size = ring * 0.62
    for index, layout in enumerate(layouts):
        middle = wheel_geometry.segment_middle(index, count)
        for line in layout.lines:
            x, y = _along(cx, cy, middle, line.y)
            placed.append(
                PlacedText(line.text, index, x, y, line.width, layout.line_height, middle, size)
            )
        label = str(index + 1)
        x, y = _along(cx, cy, middle, radius - ring / 2)
        width = string_width(label, number_size, bold=True)
        numbers.append(
            PlacedText(label, index, x, y, width, number_size * LINE_HEIGHT, middle, number_size)
        )
    # The hub's word fits inside the hub with a margin all round.
    hub_radius = radius * wheel_geometry.HUB_RATIO
    hub_size = min(radius * 0.08, hub_radius * 1.5 / string_width(HUB_WORD, 1, bold=True))
    hub = PlacedText(
        HUB_WORD,
        -1,
        cx,
        cy,
        string_width(HUB_WORD, hub_size, bold=True),
        hub_size * LINE_HEIGHT,
        0.0,
        hub_size,
    )
    return WheelLayout(cx, cy, radius, tuple(placed), tuple(numbers), hub)


def _draw_placed(canvas: Canvas, item: PlacedText) -> None:
    canvas.saveState()
    canvas.translate(item.x, item.y)
    canvas.rotate(-item.angle)
    # The box's middle is the text's middle: the baseline sits a third of the size below it.
    draw_text(canvas, 0, -item.size * 0.35, item.text, item.size, bold=True, align="centre")
    canvas.restoreState()


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
    cx, cy, radius = wheel_place(paper)
    tasks = wheel.tasks
    count = len(tasks)
    for index in range(count):
        start, extent = wedge(index, count)
        canvas.setFillColor(_tint(base, 0.0 if index % 2 == 0 else 0.25))
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(3 * scale)
        canvas.wedge(
            cx - radius, cy - radius, cx + radius, cy + radius, start, extent, stroke=1, fill=1
        )
    layout = wheel_layout(wheel, lang, cx, cy, radius)
    canvas.setFillColor(colors.white)
    for item in (*layout.texts, *layout.numbers):
        _draw_placed(canvas, item)
    # The hub.
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(base)
    canvas.setLineWidth(4 * scale)
    canvas.circle(cx, cy, radius * wheel_geometry.HUB_RATIO, stroke=1, fill=1)
    canvas.setFillColor(base)
    _draw_placed(canvas, layout.hub)

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
