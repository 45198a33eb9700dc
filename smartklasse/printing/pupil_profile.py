"""A pupil's strength profile for the development conversation ("utviklingssamtale")."""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from smartklasse import APP_NAME, __version__
from smartklasse.domain.documents import Counted, PupilProfileData
from smartklasse.i18n import N_, format_date, format_date_range
from smartklasse.printing.charts import BarChartLook, bar_chart
from smartklasse.printing.common import (
    FAINT,
    MARGIN,
    PDF_LANGUAGES,
    TextParagraph,
    mm,
    page_size,
    paragraph,
    paragraph_markup,
    shaped_style,
    style,
    t,
)
from smartklasse.printing.fonts import SANS, font_name, register_fonts
from smartklasse.printing.reflection_sheet import QUESTION_ME, QUESTION_OTHERS

TITLE = N_("Strength profile")


#: The profile's chart: strength names are short, so less label room and larger labels.
LOOK = BarChartLook(
    label_room=45 * mm, right_margin=5 * mm, extra_height=14 * mm, label_size=10, value_size=9
)


def strength_chart(data: PupilProfileData, lang: str, width: float) -> Drawing | None:
    """A bar chart of how often the pupil used each strength (catalogue order); None if none."""
    counted = [
        Counted(s.name(lang), data.strength_counts.get(s.id, 0), s.colour) for s in data.strengths
    ]
    return bar_chart(counted, width, LOOK)


def title(data: PupilProfileData, lang: str) -> str:
    """The profile's title in ``lang``, with the pupil's name."""
    return f"{t(lang, TITLE)}: {data.pupil_name}"


def pupil_profile(data: PupilProfileData, lang: str) -> bytes:
    """The profile as PDF bytes: strengths chart, tasks completed and the pupil's own words."""
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
        subject=t(lang, TITLE),
        lang=PDF_LANGUAGES.get(lang, lang),
        # The canvas's first font is the app's, so no unembedded standard font is declared.
        initialFontName=SANS,
    )
    width = size[0] - 2 * MARGIN
    h1, h2, body, small = style(20, bold=True), style(14, bold=True), style(10.5), style(9)
    story: list[Flowable] = [
        paragraph(t(lang, TITLE), h1),
        Spacer(1, 2 * mm),
        # Room below the name: marks under Arabic letters reach well below Latin descenders.
        paragraph(data.pupil_name, style(16, bold=True, leading=16 * 1.6), bold=True),
        Spacer(1, 1.5 * mm),
        paragraph(
            f"{data.class_name} · {format_date_range(data.start, data.end, lang)}"
            if data.class_name
            else format_date_range(data.start, data.end, lang),
            body,
        ),
        Spacer(1, 6 * mm),
        paragraph(t(lang, N_("Strengths used")), h2),
        Spacer(1, 2 * mm),
    ]
    chart = strength_chart(data, lang, width)
    story.append(
        chart
        if chart is not None
        else paragraph(t(lang, N_("No strengths recorded in this period.")), body)
    )
    story += [Spacer(1, 6 * mm), paragraph(t(lang, N_("Tasks completed")), h2)]
    story.append(Spacer(1, 2 * mm))
    names = {s.id: s.name(lang) for s in data.strengths}
    if data.tasks:
        rows = [
            [
                paragraph(format_date(task.date, "short", lang), small),
                paragraph(task.text, small),
                paragraph(", ".join(names[s] for s in task.strength_ids if s in names), small),
            ]
            for task in data.tasks
        ]
        header = [
            paragraph(t(lang, text), small, bold=True)
            for text in (N_("Date"), N_("Task"), N_("Strengths used"))
        ]
        table = Table([header, *rows], colWidths=[22 * mm, width * 0.55, None], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    # Cells hold Paragraphs; the table's own font (Helvetica) would not be embedded.
                    ("FONTNAME", (0, 0), (-1, -1), font_name(SANS)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, FAINT),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEF1F4")),
                ]
            )
        )
        story.append(table)
    else:
        story.append(paragraph(t(lang, N_("No tasks in this period.")), body))

    if data.cards:
        story += [Spacer(1, 6 * mm), paragraph(t(lang, N_("Strength cards")), h2)]
        for card in data.cards:
            line = f"{card.strength.name(lang)} – {format_date(card.given_on, 'long', lang)}"
            story.append(paragraph(f"{line}: {card.reason}" if card.reason else line, body))

    reflections = [task for task in data.tasks if task.reflection_me or task.reflection_others]
    if reflections:
        story += [
            Spacer(1, 6 * mm),
            paragraph(t(lang, N_("In my own words")), h2),
        ]
        for task in reflections:
            block: list[Flowable] = [
                Spacer(1, 3 * mm),
                TextParagraph(
                    f"<b>{paragraph_markup(format_date(task.date, 'long', lang))}</b> – "
                    f"{paragraph_markup(task.text)}",
                    shaped_style(body, task.text),
                    actual=f"{format_date(task.date, 'long', lang)} – {task.text}",
                ),
            ]
            for question, answer in (
                (QUESTION_ME, task.reflection_me),
                (QUESTION_OTHERS, task.reflection_others),
            ):
                if answer:
                    block.append(paragraph(t(lang, question), small, italic=True))
                    block.append(paragraph(answer, body))
            # Keeps a reflection with its heading; one longer than a page still flows on.
            story.append(KeepTogether(block))

    def footer(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFont(font_name(SANS), 8)
        canvas.setFillColor(FAINT)
        canvas.drawCentredString(size[0] / 2, 10 * mm, f"{APP_NAME} · {canvas.getPageNumber()}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
