"""What every printed document shares: paper, metadata, user text and fitting text in boxes."""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle, PropertySet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ParaLines
from reportlab.platypus.paraparser import ParaFrag

from smartklasse import APP_NAME, __version__
from smartklasse.i18n import translate_in
from smartklasse.printing.bidi import visual_text
from smartklasse.printing.fonts import (
    SANS,
    actual_text,
    draw_line,
    font_name,
    markup,
    needs_shaping,
    register_fonts,
)
from smartklasse.printing.fonts import string_width as _string_width

__all__ = ["mm"]

PAPER: dict[str, tuple[float, float]] = {"A4": A4, "A3": A3}
#: BCP 47 tags written as the document's language.
PDF_LANGUAGES = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
MARGIN = 15 * mm
INK = colors.HexColor("#1A1A1A")
FAINT = colors.HexColor("#9E9E9E")

#: Called with (done, total) while a long document is drawn.
Progress = Callable[[int, int], None]


def t(lang: str, message: str) -> str:
    """Translate a message (marked with ``N_``) into the document's language."""
    return translate_in(lang, message)


def page_size(paper: str = "A4", landscape_orientation: bool = False) -> tuple[float, float]:
    """The page size in points for ``"A4"``/``"A3"``, portrait or landscape."""
    size = PAPER[paper]
    return landscape(size) if landscape_orientation else size


def new_canvas(
    buffer: io.BytesIO, size: tuple[float, float], title: str, lang: str, subject: str = ""
) -> Canvas:
    """A canvas with the fonts registered and the document's metadata set."""
    register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=size,
        lang=PDF_LANGUAGES.get(lang, lang),
        pageCompression=1,
        initialFontName=SANS,  # type: ignore[arg-type]  # a font name; types-reportlab says float
    )
    canvas.setTitle(title)
    canvas.setCreator(f"{APP_NAME} {__version__}")
    canvas.setAuthor(APP_NAME)
    canvas.setSubject(subject or title)
    return canvas


def clean_text(text: str) -> str:
    """User text ready to print: NFC-normalised, control characters dropped, trimmed."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(c for c in text if c == "\n" or unicodedata.category(c)[0] != "C")
    return text.strip()


def colour(hex_colour: str) -> colors.Color:
    """A reportlab colour from ``#RRGGBB``; grey if the value is not a colour."""
    try:
        return colors.HexColor(hex_colour)
    except (ValueError, TypeError):
        return colors.HexColor("#757575")


def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of user text on one line (after shaping)."""
    return _string_width(clean_text(text).replace("\n", " "), size, bold)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw one line of text with script fallback; return its width.

    ``align`` is ``left``, ``centre`` or ``right`` relative to ``x``.
    """
    line = clean_text(text).replace("\n", " ")
    width = _string_width(line, size, bold)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    draw_line(canvas, x, y, line, size, bold)
    return width


def style(
    size: float,
    bold: bool = False,
    centred: bool = False,
    leading: float | None = None,
    ink: colors.Color = INK,
    shaping: bool = False,
) -> ParagraphStyle:
    """A paragraph style in the shipped sans font (HarfBuzz shaping if asked for)."""
    return ParagraphStyle(
        name=f"sk-{size}-{bold}-{centred}-{shaping}",
        fontName=font_name(SANS, bold),
        fontSize=size,
        leading=leading or size * 1.2,
        alignment=TA_CENTER if centred else TA_LEFT,
        textColor=ink,
        shaping=1 if shaping else 0,
    )


def paragraph_markup(text: str, bold: bool = False) -> str:
    """User text as safe Paragraph markup: NFC, escaped, in visual order, line breaks kept."""
    lines = clean_text(text).split("\n")
    return "<br/>".join(markup(line, bold) for line in lines)


class TextParagraph(Paragraph):
    """A paragraph whose text layer is its text as typed (see ``fonts.actual_text``)."""

    actual = ""  # parts of a paragraph split across pages draw without it
    blPara: ParaLines  # noqa: N815 - reportlab's name for the lines wrap() broke

    def __init__(
        self,
        text: str,
        paragraph_style: PropertySet | None = None,
        bulletText: str | None = None,  # noqa: N803 - split() passes these by reportlab's names
        frags: list[ParaFrag] | None = None,
        actual: str = "",
    ) -> None:
        super().__init__(text, paragraph_style, bulletText, frags)
        self.actual = actual

    def draw(self) -> None:
        if not self.actual:
            super().draw()
            return
        with actual_text(self.canv, visual_text(self.actual)):
            super().draw()


def paragraph(
    text: str, paragraph_style: ParagraphStyle, bold: bool = False, italic: bool = False
) -> TextParagraph:
    """User or translated text as a paragraph in the chain's fonts, shaped and ordered."""
    body = paragraph_markup(text, bold)
    if bold:
        body = f"<b>{body}</b>"
    if italic:
        body = f"<i>{body}</i>"
    return TextParagraph(body, shaped_style(paragraph_style, text), actual=clean_text(text))


def shaped_style(paragraph_style: ParagraphStyle, text: str) -> ParagraphStyle:
    """The style, shaping with HarfBuzz if ``text`` needs it (right to left, marks, scripts)."""
    if not needs_shaping(text) or paragraph_style.shaping:
        return paragraph_style
    return ParagraphStyle(f"{paragraph_style.name}-shaped", parent=paragraph_style, shaping=1)


class TextLine(Flowable):
    """One line of text drawn with the font chain, as tall as the paragraph it replaces."""

    def __init__(
        self,
        text: str,
        size: float,
        bold: bool,
        centred: bool,
        ink: colors.Color,
        box: tuple[float, float],
    ) -> None:
        super().__init__()
        self.text, self.size, self.bold, self.centred, self.ink = text, size, bold, centred, ink
        self.width = _string_width(text, size, bold)
        self.box_width, self.height = box

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.box_width = available_width
        return available_width, self.height

    def draw(self) -> None:
        x = (self.box_width - self.width) / 2 if self.centred else 0
        self.canv.setFillColor(self.ink)
        draw_line(self.canv, x, self.height - self.size, self.text, self.size, self.bold)


@dataclass(frozen=True)
class Fitted:
    """A paragraph that fits its box: the font size chosen and whether text was cut."""

    paragraph: Flowable
    size: float
    height: float
    truncated: bool


def fit_paragraph(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float = 6,
    bold: bool = False,
    centred: bool = False,
    ink: colors.Color = INK,
) -> Fitted:
    """Wrap ``text`` into a box, shrinking the font until it fits.

    If it does not fit even at ``min_size``, words are dropped from the end
    and an ellipsis added: nothing is ever drawn outside the box.
    """
    register_fonts()
    shaping = needs_shaping(text)
    size = max_size
    # Shrink first until the longest word fits a line, so words are not split mid-way.
    words = clean_text(text).split()
    if words:
        longest = max(_string_width(word, max_size, bold) for word in words)
        if longest > width:
            size = max(min_size, math.floor(max_size * width / longest * 2) / 2)
    while True:
        para = TextParagraph(
            paragraph_markup(text, bold),
            style(size, bold, centred, ink=ink, shaping=shaping),
            actual=clean_text(text),
        )
        _w, h = para.wrap(width, height)
        if h <= height or size <= min_size:
            break
        size = max(min_size, size - 0.5)
    if h <= height:
        if "\n" not in clean_text(text) and len(para.blPara.lines) <= 1:
            # One line: drawn run by run, so a name never gets a gap where its script changes.
            line = TextLine(clean_text(text), size, bold, centred, ink, (width, h))
            if line.width <= width:
                return Fitted(line, size, h, False)
        return Fitted(para, size, h, False)
    # Cut at the longest prefix that fits with an ellipsis (by characters, so a
    # 300-letter name without spaces is cut too, not dropped whole).
    chars = clean_text(text)
    low, high = 0, len(chars)
    best = Paragraph("…", style(size, bold, centred, ink=ink))
    best_h = best.wrap(width, height)[1]
    while low < high:
        middle = (low + high + 1) // 2
        candidate = TextParagraph(
            paragraph_markup(chars[:middle].rstrip(), bold) + "…",
            style(size, bold, centred, ink=ink, shaping=shaping),
            actual=chars[:middle].rstrip() + "…",
        )
        _w, ch = candidate.wrap(width, height)
        if ch <= height:
            best, best_h, low = candidate, ch, middle
        else:
            high = middle - 1
    return Fitted(best, size, best_h, True)


def draw_fitted(
    canvas: Canvas,
    text: str,
    x: float,
    y_top: float,
    width: float,
    height: float,
    max_size: float,
    min_size: float = 6,
    bold: bool = False,
    centred: bool = False,
    middle: bool = False,
    ink: colors.Color = INK,
) -> Fitted:
    """Draw text fitted into the box whose top-left corner is (x, y_top)."""
    fitted = fit_paragraph(text, width, height, max_size, min_size, bold, centred, ink)
    offset = (height - fitted.height) / 2 if middle else 0
    fitted.paragraph.drawOn(canvas, x, y_top - offset - fitted.height)
    return fitted


def writing_lines(canvas: Canvas, x: float, y_top: float, width: float, count: int) -> float:
    """Draw ``count`` ruled lines for handwriting; return the y below the last one."""
    canvas.saveState()
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.6)
    y = y_top
    for _ in range(count):
        y -= 9 * mm
        canvas.line(x, y, x + width, y)
    canvas.restoreState()
    return y


def finish(canvas: Canvas, buffer: io.BytesIO) -> bytes:
    """Save the canvas and return the PDF bytes."""
    canvas.save()
    return buffer.getvalue()
