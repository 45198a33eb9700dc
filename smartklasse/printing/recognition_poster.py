"""Ukas SMARTing: the pupil of the week's poster to take home, with every strength and sentence."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from smartklasse.domain.documents import RecognitionPosterData, SeenStrength
from smartklasse.domain.recognition import quoted
from smartklasse.i18n import N_, format_date
from smartklasse.printing.common import (
    FAINT,
    INK,
    MARGIN,
    colour,
    draw_fitted,
    draw_text,
    finish,
    fit_paragraph,
    mm,
    new_canvas,
    page_size,
    t,
)
from smartklasse.printing.emblem import draw_emblem

TITLE = N_("Pupil of the week")
CREDIT = N_("A practice from SMART Senteret")
#: Room for one sentence under a strength's band.
SENTENCE_SIZE = 13


def title(data: RecognitionPosterData, lang: str) -> str:
    """The poster's title: "Pupil of the week" and the pupil's name."""
    return f"{t(lang, TITLE)} – {data.pupil_name}"


def _header(
    canvas: Canvas, data: RecognitionPosterData, lang: str, size: tuple[float, float]
) -> float:
    width, height = size
    canvas.setFillColor(INK)
    draw_text(canvas, width / 2, height - MARGIN - 12 * mm, t(lang, TITLE), 30, True, "centre")
    draw_fitted(
        canvas,
        data.pupil_name,
        MARGIN,
        height - MARGIN - 16 * mm,
        width - 2 * MARGIN,
        22 * mm,
        40,
        14,
        bold=True,
        centred=True,
        middle=True,
    )
    canvas.setFillColor(FAINT)
    week = t(lang, N_("Week of {date}")).format(date=format_date(data.week, "long", lang))
    line = f"{data.class_name} · {week}" if data.class_name else week
    draw_text(canvas, width / 2, height - MARGIN - 44 * mm, line, 12, align="centre")
    return height - MARGIN - 52 * mm


def _block_height(seen: SeenStrength, width: float, lang: str) -> float:
    band = 12 * mm
    text = sum(
        fit_paragraph(quoted(s, lang), width, 60 * mm, SENTENCE_SIZE, SENTENCE_SIZE).height + 2 * mm
        for s in seen.sentences
    )
    return band + text + 6 * mm


def recognition_poster(data: RecognitionPosterData, lang: str) -> bytes:
    """An A4 poster: the pupil's name big, then each strength seen with its sentences."""
    buffer = io.BytesIO()
    size = page_size("A4")
    width, _height = size
    canvas = new_canvas(buffer, size, title(data, lang), lang)
    y = _header(canvas, data, lang, size)
    inner = width - 2 * MARGIN - 16 * mm
    if not data.seen:
        canvas.setFillColor(FAINT)
        draw_text(
            canvas, width / 2, y - 20 * mm, t(lang, N_("Nothing written yet")), 16, align="centre"
        )
    for seen in data.seen:
        needed = _block_height(seen, inner, lang)
        if y - needed < MARGIN + 10 * mm:
            _footer(canvas, lang, width)
            canvas.showPage()
            y = size[1] - MARGIN
        strength = seen.strength
        fill = colour(strength.colour)
        canvas.setFillColor(fill)
        canvas.roundRect(MARGIN, y - 11 * mm, width - 2 * MARGIN, 11 * mm, 3 * mm, stroke=0, fill=1)
        draw_emblem(canvas, MARGIN + 6 * mm, y - 5.5 * mm, 4 * mm, colors.white, fill)
        canvas.setFillColor(colors.white)
        name = strength.name(lang)
        if seen.count > 1:
            name = f"{name} × {seen.count}"
        draw_text(canvas, MARGIN + 13 * mm, y - 7.8 * mm, name, 16, bold=True)
        y -= 14 * mm
        for sentence in seen.sentences:
            fitted = draw_fitted(
                canvas,
                quoted(sentence, lang),
                MARGIN + 12 * mm,
                y,
                inner,
                60 * mm,
                SENTENCE_SIZE,
                SENTENCE_SIZE,
            )
            y -= fitted.height + 2 * mm
        y -= 4 * mm
    _footer(canvas, lang, width)
    return finish(canvas, buffer)


def _footer(canvas: Canvas, lang: str, width: float) -> None:
    canvas.setFillColor(FAINT)
    draw_text(canvas, width / 2, MARGIN - 6 * mm, t(lang, CREDIT), 8, align="centre")
