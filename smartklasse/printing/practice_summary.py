"""The practice summary (A4): what a class worked on in a period, for the teacher's practice log.

Class level only: charts of strengths and wheel tasks, star-wall rounds, games and advent
calendars, up to five reflections the teacher picked, and the teacher's own notes.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from smartklasse import APP_NAME, __version__
from smartklasse.domain import practice_summary as words
from smartklasse.domain.documents import PracticeSummaryData
from smartklasse.i18n import format_date
from smartklasse.printing.charts import BarChartLook, bar_chart
from smartklasse.printing.common import (
    FAINT,
    MARGIN,
    PDF_LANGUAGES,
    mm,
    page_size,
    paragraph,
    style,
    t,
)
from smartklasse.printing.fonts import SANS, font_name, register_fonts

#: Bars on one chart at most (the rest are left out, the text lists them all).
MAX_BARS = 10


def title(data: PracticeSummaryData, lang: str) -> str:
    """The summary's title in ``lang``: class and period."""
    return words.heading(data, lang)


#: The summary's charts: long task texts get wide label room and are cut at 40 characters.
LOOK = BarChartLook(
    label_room=60 * mm,
    right_margin=8 * mm,
    extra_height=12 * mm,
    label_size=9,
    value_size=8,
    max_label=40,
    max_bars=MAX_BARS,
)


def practice_summary(data: PracticeSummaryData, lang: str) -> bytes:
    """The summary as PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    size = page_size("A4")
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title(data, lang),
        author=APP_NAME,
        creator=f"{APP_NAME} {__version__}",
        subject=t(lang, words.TITLE),
        lang=PDF_LANGUAGES.get(lang, lang),
        initialFontName=SANS,
    )
    width = size[0] - 2 * MARGIN
    h1, h2, body, small = style(20, bold=True), style(14, bold=True), style(10.5), style(9)
    story: list[Flowable] = [
        paragraph(t(lang, words.TITLE), h1),
        Spacer(1, 2 * mm),
        paragraph(words.heading(data, lang).split(": ", 1)[-1], style(13, bold=True), bold=True),
        Spacer(1, 2 * mm),
        paragraph(t(lang, words.ENTRIES).format(n=data.entries), body),
    ]

    def section(heading: str, flowables: list[Flowable]) -> None:
        if flowables:
            story.append(
                KeepTogether(
                    [Spacer(1, 6 * mm), paragraph(t(lang, heading), h2), Spacer(1, 2 * mm)]
                )
            )
            story.extend(flowables)

    strengths = bar_chart(data.strengths, width, LOOK)
    section(words.STRENGTHS, [strengths] if strengths else [])
    tasks = bar_chart(data.tasks, width, LOOK)
    section(words.TASKS, [tasks] if tasks else [])
    section(
        words.STAR_WALL,
        [
            paragraph(
                words.star_line(r.goal, r.number, r.stars, r.target, lang)
                + (
                    ", "
                    + t(lang, words.STAR_REACHED).format(
                        date=format_date(r.finished_on, "long", lang)
                    )
                    if r.finished_on
                    else ""
                ),
                body,
            )
            for r in data.star_rounds
        ],
    )
    section(words.GAMES, [paragraph(f"{c.label} ({c.count})", body) for c in data.games])
    section(words.CALENDARS, [paragraph(f"{c.label} ({c.count})", body) for c in data.calendars])
    section(
        words.REFLECTIONS,
        [
            KeepTogether(
                [
                    paragraph(
                        f"{format_date(r.date, 'long', lang)} · {r.who or t(lang, words.A_PUPIL)}"
                        f" · {r.task}",
                        small,
                        italic=True,
                    ),
                    paragraph(f"«{r.text}»", body),
                    Spacer(1, 2 * mm),
                ]
            )
            for r in data.reflections
        ],
    )
    section(words.NOTES, [paragraph(data.notes, body)] if data.notes.strip() else [])
    if not data.entries and not data.star_rounds and not data.calendars:
        story += [Spacer(1, 6 * mm), paragraph(t(lang, words.NOTHING), body)]
    story += [Spacer(1, 8 * mm), paragraph(t(lang, words.CREDIT), small, italic=True)]

    def footer(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFont(font_name(SANS), 8)
        canvas.setFillColor(FAINT)
        canvas.drawCentredString(size[0] / 2, 10 * mm, f"{APP_NAME} · {canvas.getPageNumber()}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
