"""The app's font chain in print: shaped with HarfBuzz, ordered by UAX #9, all embedded.

reportlab has no font fallback of its own, so a line is cut into runs (see
``printing/bidi.py``), each drawn with the first face of the shared chain
(``smartklasse/fonts.py``) that has its characters, and shaped by HarfBuzz
through reportlab (uharfbuzz): Arabic joining, vowel marks, Tamil and Thai
clusters. Every face is a TrueType file embedded as a subset. Shaped glyphs
have no reliable Unicode of their own, so each drawn text is wrapped in a
marked-content span whose ActualText is the text as typed: a name copied or
searched in the PDF is the name.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from smartklasse.fonts import CHAIN, FontFace
from smartklasse.printing.bidi import Run, visual_runs

SANS = CHAIN[0].key

_lock = threading.Lock()
_registered = False
_covers: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the chain's TTF files with reportlab (once per process; thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for face in CHAIN:
            regular = TTFont(face.key, str(face.path()))
            pdfmetrics.registerFont(regular)
            pdfmetrics.registerFont(TTFont(f"{face.key}-Bold", str(face.path(bold=True))))
            _covers[face.key] = frozenset(regular.face.charToGlyph)
            # So <b> inside a Paragraph picks the bold file of the run's face.
            addMapping(face.key, 0, 0, face.key)
            addMapping(face.key, 1, 0, f"{face.key}-Bold")
            addMapping(face.key, 0, 1, face.key)
            addMapping(face.key, 1, 1, f"{face.key}-Bold")
        _registered = True


def font_name(family: str, bold: bool = False) -> str:
    """The registered name of a face's regular or bold font (``family`` is a face key)."""
    return f"{family}-Bold" if bold else family


def _has(face: FontFace, char: str) -> bool:
    return ord(char) in _covers[face.key]


def pick_face(char: str, previous: FontFace | None) -> FontFace:
    """The face for ``char``: the previous one if it has it (marks, spaces), else the first."""
    if previous is not None and (_has(previous, char) or _joiner(char)):
        return previous
    for face in CHAIN:
        if _has(face, char):
            return face
    return previous or CHAIN[0]


def _joiner(char: str) -> bool:
    """Zero-width joiners and variation selectors stay with the character before them."""
    code = ord(char)
    return code in (0x200C, 0x200D) or 0xFE00 <= code <= 0xFE0F


def runs(text: str) -> tuple[Run, ...]:
    """One line cut into runs, left to right as drawn (fonts registered first)."""
    register_fonts()
    return _runs(text)


@functools.lru_cache(maxsize=4096)
def _runs(text: str) -> tuple[Run, ...]:
    return tuple(visual_runs(text, pick_face))


def needs_shaping(text: str) -> bool:
    """True if HarfBuzz must shape the text: marks, or letters beyond the UI font.

    Latin, Cyrillic and Greek in precomposed form are drawn glyph by glyph, as
    fast as before and with a text layer any reader can copy.
    """
    register_fonts()
    sans = CHAIN[0]
    return any(
        unicodedata.category(c).startswith("M") or not (c.isspace() or _has(sans, c)) for c in text
    )


def shaped(run: Run, size: float, bold: bool = False) -> tuple[str, float]:
    """A run shaped by HarfBuzz for drawString (where it needs it), and its width in points."""
    return _shaped(run.text, run.font.key, run.rtl, size, bold)


@functools.lru_cache(maxsize=4096)
def _shaped(text: str, key: str, rtl: bool, size: float, bold: bool) -> tuple[str, float]:
    name = font_name(key, bold)
    if key == SANS and not rtl and not needs_shaping(text):
        return text, pdfmetrics.stringWidth(text, name, size)
    glyphs: Any = shapeStr(text, name, size)
    if isinstance(glyphs, ShapedStr):
        # types-reportlab leaves out the attribute ShapedStr keeps its glyph advances in.
        advances = glyphs.__shapeData__  # type: ignore[attr-defined]
        width = sum(g.x_advance for g in advances) * size / 1000
    else:
        width = pdfmetrics.stringWidth(text, name, size)
    return glyphs, width


def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of one line drawn with the chain, shaped."""
    return sum(shaped(run, size, bold)[1] for run in runs(text))


def draw_line(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool) -> float:
    """Draw one line at (x, y), left to right in visual order; return its width."""
    start = x
    for run in runs(text):
        glyphs, width = shaped(run, size, bold)
        canvas.setFont(font_name(run.font.key, bold), size)
        # The text layer is in drawing order, as readers expect it, whatever HarfBuzz drew.
        with actual_text(canvas, run.text[::-1] if run.rtl else run.text):
            canvas.drawString(x, y, glyphs)
        x += width
    return x - start


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for one line: runs in visual order, each in its face.

    A paragraph shapes word by word with the word's first font, so a word that
    changes face is split by a zero-width space, and a right-to-left run's
    words are given right to left (each shaped in logical order).
    """
    parts: list[str] = []
    last_face: FontFace | None = None
    for run in runs(text):
        words = run.text.split(" ")
        if run.rtl:
            words.reverse()
        body = escape(" ".join(words))
        if last_face is not None and parts and not parts[-1].endswith(" ") and body[:1] != " ":
            parts.append("\u200b")
        last_face = run.font
        if run.font.key == SANS:
            parts.append(body)
        else:
            parts.append(f'<font face="{font_name(run.font.key, bold)}">{body}</font>')
    return "".join(parts)


def _pdf_text_string(text: str) -> str:
    """A PDF text string in UTF-16BE with its byte order mark, as a hex string."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


@contextmanager
def actual_text(canvas: Canvas, text: str) -> Iterator[None]:
    """Mark what is drawn inside as the text ``text`` (for copy, search and screen readers)."""
    canvas.addLiteral(f"/Span <</ActualText {_pdf_text_string(text)}>> BDC")
    try:
        yield
    finally:
        canvas.addLiteral("EMC")
