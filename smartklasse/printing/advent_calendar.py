"""An advent calendar on paper: the doors on one A4 page, and a sheet of daily slips to cut out.

The calendar page shows the doors in the calendar's order (standard or mixed) with their
numbers; the slips carry the text behind each door, to fold and hang or put in a box.
"""

from __future__ import annotations

import io

from reportlab.lib import colors

from smartklasse.domain.documents import AdventCalendarData
from smartklasse.i18n import N_, format_date
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
)

CALENDAR_TITLE = N_("Advent calendar")
SLIPS_TITLE = N_("Advent calendar: daily slips")
GOLD = colors.HexColor("#F2B705")
#: Slips per page: three columns of eight.
SLIP_COLUMNS = 3
SLIP_ROWS = 8


def calendar_title(data: AdventCalendarData, lang: str) -> str:
    """The calendar page's title in ``lang``."""
    return f"{t(lang, CALENDAR_TITLE)} {data.year}: {data.name}"


def slips_title(data: AdventCalendarData, lang: str) -> str:
    """The slips sheet's title in ``lang``."""
    return f"{t(lang, SLIPS_TITLE)} {data.year}: {data.name}"


def advent_calendar(data: AdventCalendarData, lang: str) -> bytes:
    """One A4 page: the calendar's name and its numbered doors in the calendar's order."""
    buffer = io.BytesIO()
    width, height = page_size("A4")
    canvas = new_canvas(buffer, (width, height), calendar_title(data, lang), lang)
    ink = colour(data.colour)
    draw_text(canvas, width / 2, height - MARGIN - 12 * mm, data.name, 24, True, "centre")
    draw_text(
        canvas,
        width / 2,
        height - MARGIN - 21 * mm,
        f"{t(lang, CALENDAR_TITLE)} {data.year}",
        14,
        align="centre",
    )
    count = len(data.doors)
    columns = 4 if count <= 16 else 6 if count > 20 else 5
    rows = max(1, -(-count // columns))
    top = height - MARGIN - 30 * mm
    bottom = MARGIN + 14 * mm
    gap = 5 * mm
    cell_w = (width - 2 * MARGIN - (columns - 1) * gap) / columns
    cell_h = min((top - bottom - (rows - 1) * gap) / rows, cell_w * 1.6)
    for index, door in enumerate(data.doors):
        row, column = divmod(index, columns)
        x = MARGIN + column * (cell_w + gap)
        y = top - (row + 1) * cell_h - row * gap
        canvas.saveState()
        canvas.setFillColor(ink)
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(2)
        canvas.roundRect(x, y, cell_w, cell_h, 4 * mm, stroke=1, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(colors.white)
        canvas.circle(x + cell_w / 2, y + cell_h / 2, min(cell_w, cell_h) * 0.34, stroke=0, fill=1)
        canvas.restoreState()
        draw_text(
            canvas, x + cell_w / 2, y + cell_h / 2 - 9.5, str(door.number), 26, True, "centre"
        )
    draw_text(
        canvas,
        width / 2,
        MARGIN,
        t(
            lang,
            N_("In the SMART spirit, after SMART Senteret's advent calendars (smartoppvekst.no)"),
        ),
        8,
        align="centre",
    )
    canvas.showPage()
    return finish(canvas, buffer)


def advent_slips(data: AdventCalendarData, lang: str) -> bytes:
    """Slips to cut out, in date order: the door's number, its day and the task or game."""
    buffer = io.BytesIO()
    width, height = page_size("A4")
    canvas = new_canvas(buffer, (width, height), slips_title(data, lang), lang)
    ink = colour(data.colour)
    doors = sorted(data.doors, key=lambda d: d.day)
    slip_w = (width - 2 * MARGIN) / SLIP_COLUMNS
    slip_h = (height - 2 * MARGIN) / SLIP_ROWS
    per_page = SLIP_COLUMNS * SLIP_ROWS
    for start in range(0, max(len(doors), 1), per_page):
        for index, door in enumerate(doors[start : start + per_page]):
            row, column = divmod(index, SLIP_COLUMNS)
            x = MARGIN + column * slip_w
            y_top = height - MARGIN - row * slip_h
            canvas.saveState()
            canvas.setStrokeColor(FAINT)
            canvas.setDash(3, 3)
            canvas.rect(x, y_top - slip_h, slip_w, slip_h, stroke=1, fill=0)
            canvas.setDash()
            canvas.setFillColor(ink)
            canvas.circle(x + 9 * mm, y_top - 9 * mm, 6 * mm, stroke=0, fill=1)
            canvas.restoreState()
            canvas.saveState()
            canvas.setFillColor(colors.white)
            draw_text(canvas, x + 9 * mm, y_top - 11.5 * mm, str(door.number), 14, True, "centre")
            canvas.restoreState()
            draw_text(
                canvas, x + 17 * mm, y_top - 10.5 * mm, format_date(door.day, "long", lang), 8
            )
            draw_fitted(
                canvas,
                door.text,
                x + 3 * mm,
                y_top - 17 * mm,
                slip_w - 6 * mm,
                slip_h - 19 * mm,
                11,
                min_size=6,
                ink=INK,
            )
        canvas.showPage()
    return finish(canvas, buffer)
