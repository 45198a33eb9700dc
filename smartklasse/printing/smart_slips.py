"""SMARTlappen: a slip per pupil with their name on top and lines for classmates' kind words."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from smartklasse.domain.documents import SlipsData
from smartklasse.i18n import N_
from smartklasse.printing.common import (
    FAINT,
    INK,
    MARGIN,
    draw_fitted,
    draw_text,
    finish,
    mm,
    new_canvas,
    page_size,
    t,
    writing_lines,
)

TITLE = N_("SMART slips")
PROMPT = N_("Write something positive you have seen")
COLUMNS = 2
ROWS = 2


def title(_data: SlipsData, lang: str) -> str:
    """The document's title in ``lang``."""
    return t(lang, TITLE)


def _slip(canvas: Canvas, name: str, lang: str, x: float, y: float, w: float, h: float) -> None:
    x, y, w, h = x + 5 * mm, y + 5 * mm, w - 10 * mm, h - 10 * mm
    canvas.setFillColor(INK)
    draw_fitted(canvas, name, x, y + h, w, 12 * mm, 22, 10, bold=True, centred=True, middle=True)
    canvas.setFillColor(FAINT)
    draw_text(canvas, x + w / 2, y + h - 17 * mm, t(lang, PROMPT), 9, align="centre")
    lines = int((h - 22 * mm) // (9 * mm))
    writing_lines(canvas, x, y + h - 20 * mm, w, lines)


def smart_slips(data: SlipsData, lang: str) -> bytes:
    """Four slips a page (A6 each) with cut lines; a blank slip when there are no names."""
    buffer = io.BytesIO()
    size = page_size("A4")
    width, height = size
    canvas = new_canvas(buffer, size, title(data, lang), lang)
    names = data.names or ("",)
    w = (width - 2 * MARGIN) / COLUMNS
    h = (height - 2 * MARGIN) / ROWS
    per_page = COLUMNS * ROWS
    for start in range(0, len(names), per_page):
        for index, name in enumerate(names[start : start + per_page]):
            row, col = divmod(index, COLUMNS)
            _slip(canvas, name, lang, MARGIN + col * w, height - MARGIN - (row + 1) * h, w, h)
        canvas.saveState()
        canvas.setStrokeColor(FAINT)
        canvas.setLineWidth(0.5)
        canvas.setDash(4, 3)
        for col in range(COLUMNS + 1):
            canvas.line(MARGIN + col * w, MARGIN, MARGIN + col * w, height - MARGIN)
        for row in range(ROWS + 1):
            canvas.line(MARGIN, MARGIN + row * h, width - MARGIN, MARGIN + row * h)
        canvas.restoreState()
        canvas.showPage()
    return finish(canvas, buffer)
