"""Strength cards with a reason, to cut out: front the strength, back the reason, date, name.

Duplex: a page of fronts, then a page of backs mirrored so each back lands behind its
front when printed on both sides (long-edge flip). Single-sided: each card's front and
back side by side, to cut out and fold along the dashed middle line.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from smartklasse.domain.documents import CardLayout, GivenCard, StrengthCardsData
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
from smartklasse.printing.emblem import draw_emblem

TITLE = N_("Strength cards")
COLUMNS = 2
ROWS = 4
Cell = tuple[float, float, float, float]


def title(_data: StrengthCardsData, lang: str) -> str:
    """The document's title in ``lang``."""
    return t(lang, TITLE)


def _cells(size: tuple[float, float]) -> list[Cell]:
    width, height = size
    w = (width - 2 * MARGIN) / COLUMNS
    h = (height - 2 * MARGIN) / ROWS
    return [
        (MARGIN + col * w, height - MARGIN - (row + 1) * h, w, h)
        for row in range(ROWS)
        for col in range(COLUMNS)
    ]


def _front(canvas: Canvas, card: GivenCard, lang: str, cell: Cell) -> None:
    x, y, w, h = cell
    x, y, w, h = x + 3 * mm, y + 3 * mm, w - 6 * mm, h - 6 * mm
    fill = colour(card.strength.colour)
    canvas.setFillColor(fill)
    canvas.roundRect(x, y, w, h, 4 * mm, stroke=0, fill=1)
    draw_emblem(canvas, x + w / 2, y + h * 0.62, min(w, h) * 0.2, colors.white, fill)
    draw_fitted(
        canvas,
        card.strength.name(lang),
        x + 4 * mm,
        y + h * 0.36,
        w - 8 * mm,
        h * 0.3,
        22,
        9,
        bold=True,
        centred=True,
        middle=True,
        ink=colors.white,
    )


def _back(canvas: Canvas, card: GivenCard, lang: str, cell: Cell) -> None:
    x, y, w, h = cell
    x, y, w, h = x + 3 * mm, y + 3 * mm, w - 6 * mm, h - 6 * mm
    ink = colour(card.strength.colour)
    canvas.setStrokeColor(ink)
    canvas.setLineWidth(2)
    canvas.roundRect(x, y, w, h, 4 * mm, stroke=1, fill=0)
    canvas.setFillColor(ink)
    draw_text(canvas, x + 5 * mm, y + h - 8 * mm, card.strength.name(lang), 11, bold=True)
    draw_fitted(canvas, card.reason, x + 5 * mm, y + h - 11 * mm, w - 10 * mm, h - 26 * mm, 13, 7)
    canvas.setFillColor(INK)
    draw_text(canvas, x + 5 * mm, y + 5 * mm, card.pupil_name, 11, bold=True)
    canvas.setFillColor(FAINT)
    draw_text(
        canvas,
        x + w - 5 * mm,
        y + 5 * mm,
        format_date(card.given_on, "long", lang),
        9,
        align="right",
    )


def _cut_lines(canvas: Canvas, size: tuple[float, float], fold: bool = False) -> None:
    width, height = size
    canvas.saveState()
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 3)
    w = (width - 2 * MARGIN) / COLUMNS
    h = (height - 2 * MARGIN) / ROWS
    for col in range(COLUMNS + 1):
        if fold and col == 1:
            canvas.setDash(1, 2)  # the fold, dotted
        canvas.line(MARGIN + col * w, MARGIN, MARGIN + col * w, height - MARGIN)
        canvas.setDash(4, 3)
    for row in range(ROWS + 1):
        canvas.line(MARGIN, MARGIN + row * h, width - MARGIN, MARGIN + row * h)
    canvas.restoreState()


def strength_cards(data: StrengthCardsData, lang: str) -> bytes:
    """The cards on A4, eight fronts a page (duplex) or four front-and-back pairs a page."""
    buffer = io.BytesIO()
    size = page_size("A4")
    canvas = new_canvas(buffer, size, title(data, lang), lang)
    cells = _cells(size)
    if not data.cards:
        canvas.setFillColor(FAINT)
        draw_text(
            canvas, size[0] / 2, size[1] / 2, t(lang, N_("No cards given yet")), 16, align="centre"
        )
        return finish(canvas, buffer)
    if data.layout is CardLayout.DUPLEX:
        per_page = COLUMNS * ROWS
        for start in range(0, len(data.cards), per_page):
            batch = data.cards[start : start + per_page]
            for card, cell in zip(batch, cells, strict=False):
                _front(canvas, card, lang, cell)
            _cut_lines(canvas, size)
            canvas.showPage()
            for index, card in enumerate(batch):
                row, col = divmod(index, COLUMNS)
                # Mirrored left to right: the sheet is turned over along its long edge.
                _back(canvas, card, lang, cells[row * COLUMNS + (COLUMNS - 1 - col)])
            _cut_lines(canvas, size)
            canvas.showPage()
    else:
        for start in range(0, len(data.cards), ROWS):
            for row, card in enumerate(data.cards[start : start + ROWS]):
                _front(canvas, card, lang, cells[row * COLUMNS])
                _back(canvas, card, lang, cells[row * COLUMNS + 1])
            _cut_lines(canvas, size, fold=True)
            canvas.showPage()
    return finish(canvas, buffer)
