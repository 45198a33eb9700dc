"""The star chart (A4 landscape): a wall's goal, strengths and star places, filled and dated."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from smartklasse.domain.documents import StarChartData
from smartklasse.i18n import N_, format_date, format_date_range
from smartklasse.printing.common import (
    FAINT,
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
    writing_lines,
)

TITLE = N_("Star chart")
#: Names of the reusable drawings; tests count how often each is placed.
FILLED_STAR = "filled_star"
EMPTY_STAR = "empty_star"
BLANK_TARGET = 20
GOLD = colors.HexColor("#F2B705")


@dataclass(frozen=True)
class StarPlace:
    """Where one star goes: centre and radius in points."""

    x: float
    y: float
    radius: float


def star_grid(
    count: int, left: float, bottom: float, width: float, height: float
) -> list[StarPlace]:
    """Lay ``count`` star places out in rows, as large as the box allows, centred.

    Each cell keeps a strip under the star for the date.
    """
    if count <= 0:
        return []
    best: tuple[float, int] = (0.0, 1)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        cell = min(width / columns, height / rows / 1.25)
        if cell > best[0]:
            best = (cell, columns)
    cell, columns = best
    rows = math.ceil(count / columns)
    cell_h = cell * 1.25
    x0 = left + (width - columns * cell) / 2
    y_top = bottom + height - (height - rows * cell_h) / 2
    places = []
    for index in range(count):
        row, col = divmod(index, columns)
        cx = x0 + (col + 0.5) * cell
        cy = y_top - row * cell_h - cell * 0.5
        places.append(StarPlace(cx, cy, cell * 0.42))
    return places


def _star_path(canvas: Canvas, radius: float) -> object:
    path = canvas.beginPath()
    for point in range(10):
        angle = math.pi / 2 + point * math.pi / 5
        r = radius if point % 2 == 0 else radius * 0.45
        x, y = r * math.cos(angle), r * math.sin(angle)
        if point == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    return path


def _define_stars(canvas: Canvas) -> None:
    # Unit stars (radius 100) drawn once; each place scales a copy.
    canvas.beginForm(FILLED_STAR, lowerx=-100, lowery=-100, upperx=100, uppery=100)
    canvas.setFillColor(GOLD)
    canvas.setStrokeColor(colors.HexColor("#B07F00"))
    canvas.setLineWidth(4)
    canvas.drawPath(_star_path(canvas, 96), stroke=1, fill=1)
    canvas.endForm()
    canvas.beginForm(EMPTY_STAR, lowerx=-100, lowery=-100, upperx=100, uppery=100)
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(3)
    canvas.setDash(8, 6)
    canvas.drawPath(_star_path(canvas, 96), stroke=1, fill=0)
    canvas.endForm()


def title(_data: StarChartData | None, lang: str) -> str:
    """The chart's title in ``lang``."""
    return t(lang, TITLE)


def star_chart(data: StarChartData | None, lang: str) -> bytes:
    """A star chart for a wall's round, or (``data=None``) a blank chart to fill by hand."""
    buffer = io.BytesIO()
    size = page_size("A4", landscape_orientation=True)
    width, height = size
    canvas = new_canvas(buffer, size, t(lang, TITLE), lang)
    _define_stars(canvas)
    inner = width - 2 * MARGIN

    canvas.setFillColor(colors.HexColor("#0D3B66"))
    canvas.rect(0, height - 20 * mm, width, 20 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    draw_text(canvas, MARGIN, height - 13 * mm, t(lang, TITLE), 20, bold=True)
    if data and data.class_name:
        draw_text(
            canvas, width - MARGIN, height - 13 * mm, data.class_name, 16, bold=True, align="right"
        )
    canvas.setFillColor(INK)

    y = height - 29 * mm
    draw_text(canvas, MARGIN, y, t(lang, N_("Our goal")), 12, bold=True)
    if data:
        draw_fitted(
            canvas, data.goal, MARGIN + 30 * mm, y + 14, inner - 30 * mm, 14 * mm, 18, 8, bold=True
        )
    else:
        writing_lines(canvas, MARGIN + 30 * mm, y + 26, inner - 30 * mm, 1)

    y = height - 47 * mm
    label_width = draw_text(canvas, MARGIN, y, t(lang, N_("Strengths we need")), 12, bold=True)
    pills_x = pills_offset(label_width)
    _draw_strengths(canvas, data, lang, MARGIN + pills_x, y, inner - pills_x)

    target = max(data.target, len(data.stars)) if data else BLANK_TARGET
    places = star_grid(target, MARGIN, 24 * mm, inner, height - 80 * mm)
    stars = sorted(data.stars) if data else []
    for index, place in enumerate(places):
        filled = index < len(stars)
        canvas.saveState()
        canvas.translate(place.x, place.y)
        canvas.scale(place.radius / 100, place.radius / 100)
        canvas.doForm(FILLED_STAR if filled else EMPTY_STAR)
        canvas.restoreState()
        label_y = place.y - place.radius - 9
        label_size = max(6.0, min(10.0, place.radius / 2.5))
        if filled:
            canvas.setFillColor(INK)
            draw_text(
                canvas,
                place.x,
                label_y,
                format_date(stars[index], "short", lang),
                label_size,
                align="centre",
            )
        else:
            canvas.setStrokeColor(FAINT)
            canvas.setLineWidth(0.5)
            canvas.line(
                place.x - place.radius * 0.8, label_y, place.x + place.radius * 0.8, label_y
            )

    canvas.setFillColor(INK)
    draw_text(canvas, MARGIN, 12 * mm, _footer(data, lang), 11)
    return finish(canvas, buffer)


def pills_offset(label_width: float) -> float:
    """Where the strength pills start, from the margin: after the label, however long it is."""
    return max(45 * mm, label_width + 5 * mm)


def _draw_strengths(
    canvas: Canvas, data: StarChartData | None, lang: str, x: float, y: float, width: float
) -> None:
    chosen = data.strengths if data else ()
    slots = max(len(chosen), 4)
    pill_w = min(width / slots - 3 * mm, 60 * mm)
    for index in range(slots):
        px = x + index * (pill_w + 3 * mm)
        if index < len(chosen):
            strength = chosen[index]
            canvas.setFillColor(colour(strength.colour))
            canvas.roundRect(px, y - 3 * mm, pill_w, 9 * mm, 4.5 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            draw_fitted(
                canvas,
                strength.name(lang),
                px + 3 * mm,
                y + 6 * mm,
                pill_w - 6 * mm,
                9 * mm,
                12,
                6,
                bold=True,
                centred=True,
                middle=True,
                ink=colors.white,
            )
        else:
            canvas.setStrokeColor(FAINT)
            canvas.setLineWidth(0.8)
            canvas.roundRect(px, y - 3 * mm, pill_w, 9 * mm, 4.5 * mm, stroke=1, fill=0)


def _footer(data: StarChartData | None, lang: str) -> str:
    if data is None:
        return t(lang, N_("Round: ____   Started: ________   Goal reached: ________"))
    parts = [t(lang, N_("Round {number}")).format(number=data.round_number)]
    if data.started_on and data.finished_on:
        parts.append(format_date_range(data.started_on, data.finished_on, lang))
    elif data.started_on:
        parts.append(
            t(lang, N_("started {date}")).format(date=format_date(data.started_on, "long", lang))
        )
    # Stars belong to the class: say how far the class has come, never who earned them.
    parts.append(_stars_of(lang, len(data.stars), data.target))
    return "  ·  ".join(parts)


def _stars_of(lang: str, count: int, target: int) -> str:
    # No plural form needed: the label comes first, so the document's language can be
    # used without switching the app's current language from a worker thread.
    return t(lang, N_("Stars: {count} of {target}")).format(count=count, target=target)
