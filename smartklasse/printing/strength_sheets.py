"""Strength sheets: all strengths on one page, one strength repeated to cut out, blank cards."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from smartklasse.domain.documents import StrengthSheet, StrengthSheetData
from smartklasse.domain.strengths import Strength
from smartklasse.i18n import N_
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

ALL_TITLE = N_("The character strengths")
BLANK_TITLE = N_("Blank strength cards")
#: Cards per page when one strength is repeated or cards are blank (2 columns x 4 rows).
CARD_COLUMNS = 2
CARD_ROWS = 4


def title(data: StrengthSheetData, lang: str) -> str:
    """The sheet's title in ``lang``: the strength's name when one is repeated."""
    if data.sheet is StrengthSheet.ONE and data.strengths:
        return data.strengths[0].name(lang)
    return t(lang, BLANK_TITLE if data.sheet is StrengthSheet.BLANK else ALL_TITLE)


def strength_sheet(data: StrengthSheetData, lang: str) -> bytes:
    """The sheet chosen: all strengths, the first one repeated, or blank cards."""
    if data.sheet is StrengthSheet.ONE and data.strengths:
        return repeated_strength_sheet(data.strengths[0], lang)
    if data.sheet is StrengthSheet.BLANK:
        return blank_cards_sheet(lang)
    return all_strengths_sheet(data.strengths, lang)


def all_strengths_sheet(strengths: Sequence[Strength], lang: str) -> bytes:
    """Every strength on one A4 page: a coloured card with name and description each."""
    buffer = io.BytesIO()
    size = page_size("A4")
    width, height = size
    canvas = new_canvas(buffer, size, t(lang, ALL_TITLE), lang)
    canvas.setFillColor(INK)
    draw_text(
        canvas,
        width / 2,
        height - MARGIN - 6 * mm,
        t(lang, ALL_TITLE),
        22,
        bold=True,
        align="centre",
    )
    columns = 4
    rows = max(1, -(-len(strengths) // columns))
    top = height - MARGIN - 14 * mm
    gap = 3 * mm
    card_w = (width - 2 * MARGIN - (columns - 1) * gap) / columns
    card_h = (top - MARGIN - (rows - 1) * gap) / rows
    for index, strength in enumerate(strengths):
        row, col = divmod(index, columns)
        x = MARGIN + col * (card_w + gap)
        y = top - row * (card_h + gap) - card_h
        _card(canvas, strength, lang, x, y, card_w, card_h, name_size=12, text_size=9)
    return finish(canvas, buffer)


def repeated_strength_sheet(strength: Strength, lang: str) -> bytes:
    """One strength repeated over an A4 page, with cut lines between the cards."""
    buffer = io.BytesIO()
    size = page_size("A4")
    canvas = new_canvas(buffer, size, strength.name(lang), lang)
    for x, y, w, h in _card_cells(size):
        _card(
            canvas,
            strength,
            lang,
            x + 4 * mm,
            y + 4 * mm,
            w - 8 * mm,
            h - 8 * mm,
            name_size=20,
            text_size=13,
        )
    _cut_lines(canvas, size)
    return finish(canvas, buffer)


def blank_cards_sheet(lang: str) -> bytes:
    """Blank strength cards: a line for the name and room to draw, to cut out."""
    buffer = io.BytesIO()
    size = page_size("A4")
    canvas = new_canvas(buffer, size, t(lang, BLANK_TITLE), lang)
    for x, y, w, h in _card_cells(size):
        x, y, w, h = x + 4 * mm, y + 4 * mm, w - 8 * mm, h - 8 * mm
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.roundRect(x, y, w, h, 4 * mm, stroke=1, fill=0)
        canvas.setFillColor(INK)
        draw_text(canvas, x + 5 * mm, y + h - 9 * mm, t(lang, N_("Strength")), 11, bold=True)
        writing_lines(canvas, x + 5 * mm, y + h - 3 * mm, w - 10 * mm, 1)
        canvas.setFillColor(FAINT)
        draw_text(
            canvas, x + w / 2, y + 4 * mm, t(lang, N_("Draw what it looks like")), 9, align="centre"
        )
    _cut_lines(canvas, size)
    return finish(canvas, buffer)


def _card_cells(size: tuple[float, float]) -> list[tuple[float, float, float, float]]:
    width, height = size
    cell_w = (width - 2 * MARGIN) / CARD_COLUMNS
    cell_h = (height - 2 * MARGIN) / CARD_ROWS
    return [
        (MARGIN + col * cell_w, height - MARGIN - (row + 1) * cell_h, cell_w, cell_h)
        for row in range(CARD_ROWS)
        for col in range(CARD_COLUMNS)
    ]


def _cut_lines(canvas: Canvas, size: tuple[float, float]) -> None:
    width, height = size
    canvas.saveState()
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 3)
    cell_w = (width - 2 * MARGIN) / CARD_COLUMNS
    cell_h = (height - 2 * MARGIN) / CARD_ROWS
    for col in range(CARD_COLUMNS + 1):
        x = MARGIN + col * cell_w
        canvas.line(x, MARGIN, x, height - MARGIN)
    for row in range(CARD_ROWS + 1):
        y = MARGIN + row * cell_h
        canvas.line(MARGIN, y, width - MARGIN, y)
    canvas.restoreState()


def _card(
    canvas: Canvas,
    strength: Strength,
    lang: str,
    x: float,
    y: float,
    w: float,
    h: float,
    name_size: float,
    text_size: float,
) -> None:
    band_h = min(h * 0.32, name_size * 2.6)
    canvas.setFillColor(colour(strength.colour))
    canvas.setStrokeColor(colour(strength.colour))
    canvas.setLineWidth(1.5)
    canvas.roundRect(x, y, w, h, 3 * mm, stroke=1, fill=0)
    canvas.roundRect(x, y + h - band_h, w, band_h, 3 * mm, stroke=0, fill=1)
    canvas.rect(x, y + h - band_h, w, band_h / 2, stroke=0, fill=1)  # square lower corners
    draw_fitted(
        canvas,
        strength.name(lang),
        x + 2 * mm,
        y + h,
        w - 4 * mm,
        band_h,
        name_size,
        6,
        bold=True,
        centred=True,
        middle=True,
        ink=colors.white,
    )
    draw_fitted(
        canvas,
        strength.description(lang),
        x + 3 * mm,
        y + h - band_h - 2 * mm,
        w - 6 * mm,
        h - band_h - 4 * mm,
        text_size,
        6,
        centred=True,
    )
