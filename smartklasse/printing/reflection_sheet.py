"""The reflection sheet: a task, a name, the two questions, the 20 strengths and the IRP steps."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from smartklasse.domain.documents import ReflectionSheetData
from smartklasse.i18n import N_, format_date
from smartklasse.printing.common import (
    FAINT,
    INK,
    MARGIN,
    Progress,
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

TITLE = N_("Reflection sheet")
QUESTION_ME = N_("What did it do to me?")
QUESTION_OTHERS = N_("What did it do to the other person/people?")
STRENGTHS_PROMPT = N_("Which strengths did you use? Tick them.")
IRP_STEPS = (
    N_("Individual: think on your own"),
    N_("Relationship: talk with a partner"),
    N_("Plenary: share with everyone"),
)
#: Name box limits: a long name shrinks down to this size, then wraps, then is cut.
NAME_MAX_SIZE = 16.0
NAME_MIN_SIZE = 7.0

_FORM = "reflection_body"


def title(_data: ReflectionSheetData, lang: str) -> str:
    """The sheets' title in ``lang``."""
    return t(lang, TITLE)


def reflection_sheets(
    data: ReflectionSheetData, lang: str, progress: Progress | None = None
) -> bytes:
    """One A4 page per entry of ``data.pupils`` (``None`` = a blank name line), as PDF bytes."""
    buffer = io.BytesIO()
    size = page_size("A4")
    canvas = new_canvas(buffer, size, t(lang, TITLE), lang)
    # The questions and strengths are the same on every page: draw them once, reuse them.
    canvas.beginForm(_FORM)
    _draw_body(canvas, data, lang, size)
    canvas.endForm()
    total = len(data.pupils)
    for index, pupil in enumerate(data.pupils):
        _draw_head(canvas, data, lang, size, pupil)
        canvas.doForm(_FORM)
        canvas.showPage()
        if progress:
            progress(index + 1, total)
    return finish(canvas, buffer)


def _draw_head(
    canvas: Canvas,
    data: ReflectionSheetData,
    lang: str,
    size: tuple[float, float],
    pupil: str | None,
) -> None:
    width, height = size
    inner = width - 2 * MARGIN
    band = colour(data.task.wheel_colour) if data.task else colors.HexColor("#455A64")
    canvas.setFillColor(band)
    canvas.rect(0, height - 24 * mm, width, 24 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    draw_text(canvas, MARGIN, height - 15 * mm, t(lang, TITLE), 20, bold=True)
    if data.task and data.task.wheel_name:
        draw_text(canvas, width - MARGIN, height - 15 * mm, data.task.wheel_name, 14, align="right")
    canvas.setFillColor(INK)

    y = height - 33 * mm
    draw_text(canvas, MARGIN, y, t(lang, N_("Task")), 11, bold=True)
    if data.task:
        draw_fitted(canvas, data.task.text, MARGIN + 22 * mm, y + 13, inner - 22 * mm, 16 * mm, 15)
    else:
        writing_lines(canvas, MARGIN + 22 * mm, y + 12, inner - 22 * mm, 2)

    y = height - 55 * mm
    name_width = inner * 0.58
    draw_text(canvas, MARGIN, y, t(lang, N_("Name")), 11, bold=True)
    if pupil:
        draw_fitted(
            canvas,
            pupil,
            MARGIN + 22 * mm,
            y + 5 * mm + 4,
            name_width - 24 * mm,
            10 * mm,
            NAME_MAX_SIZE,
            NAME_MIN_SIZE,
            bold=True,
            middle=True,
        )
    else:
        writing_lines(canvas, MARGIN + 22 * mm, y + 25, name_width - 24 * mm, 1)
    date_x = MARGIN + name_width + 4 * mm
    draw_text(canvas, date_x, y, t(lang, N_("Date")), 11, bold=True)
    if data.date:
        draw_fitted(
            canvas,
            format_date(data.date, "full", lang),
            date_x + 16 * mm,
            y + 5 * mm + 4,
            inner - name_width - 20 * mm,
            10 * mm,
            12,
            7,
            middle=True,
        )
    else:
        writing_lines(canvas, date_x + 16 * mm, y + 25, inner - name_width - 20 * mm, 1)


def _draw_body(
    canvas: Canvas, data: ReflectionSheetData, lang: str, size: tuple[float, float]
) -> None:
    width, height = size
    inner = width - 2 * MARGIN
    # IRP steps: think alone, talk in pairs, share with all.
    y = height - 78 * mm
    step_w = (inner - 8 * mm) / 3
    for index, step in enumerate(IRP_STEPS):
        x = MARGIN + index * (step_w + 4 * mm)
        canvas.setFillColor(colors.HexColor("#F1F3F4"))
        canvas.roundRect(x, y, step_w, 13 * mm, 3 * mm, stroke=0, fill=1)
        canvas.setFillColor(INK)
        draw_text(canvas, x + 4 * mm, y + 5 * mm, str(index + 1), 14, bold=True)
        draw_fitted(
            canvas,
            t(lang, step),
            x + 11 * mm,
            y + 11.5 * mm,
            step_w - 13 * mm,
            10 * mm,
            10,
            6,
            middle=True,
        )

    y -= 9 * mm
    for question in (QUESTION_ME, QUESTION_OTHERS):
        draw_text(canvas, MARGIN, y, t(lang, question), 13, bold=True)
        y = writing_lines(canvas, MARGIN, y - 1 * mm, inner, 6) - 11 * mm

    draw_text(canvas, MARGIN, y, t(lang, STRENGTHS_PROMPT), 13, bold=True)
    columns = 4
    cell_w = inner / columns
    cell_h = 12 * mm
    top = y - 4 * mm
    for index, strength in enumerate(data.strengths):
        row, col = divmod(index, columns)
        x = MARGIN + col * cell_w
        cy = top - (row + 1) * cell_h
        canvas.setFillColor(colour(strength.colour))
        canvas.rect(x, cy + 1.5 * mm, 2.2 * mm, cell_h - 3 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(colour(strength.colour))
        canvas.setLineWidth(1.2)
        canvas.setFillColor(colors.white)
        canvas.rect(x + 4 * mm, cy + 3 * mm, 5 * mm, 5 * mm, stroke=1, fill=1)
        canvas.setFillColor(INK)
        draw_fitted(
            canvas,
            strength.name(lang),
            x + 11 * mm,
            cy + cell_h - 1 * mm,
            cell_w - 12 * mm,
            cell_h - 2 * mm,
            10,
            6,
            middle=True,
        )
    canvas.setFillColor(FAINT)
    draw_text(canvas, width / 2, 8 * mm, "SMART klasse", 7, align="centre")
