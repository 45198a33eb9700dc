"""The fonts embedded in every printed document, and text split into runs by script.

Noto Sans covers Latin (æøå, Sami, Polish, Somali, Vietnamese), Cyrillic and
Greek; Noto Sans Arabic covers Arabic, Persian and Urdu letters; Noto Sans
Ethiopic covers Tigrinya and Amharic. reportlab has no font fallback of its
own, so text is cut into runs and each run names the font that has its glyphs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from smartklasse.paths import resource
from smartklasse.printing.bidi import prepare_line

SANS = "SK-Sans"
ARABIC = "SK-Arabic"
ETHIOPIC = "SK-Ethiopic"

_FILES: dict[str, tuple[str, str]] = {
    SANS: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the shipped TTF fonts with reportlab (once per process; thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for family, (regular, bold) in _FILES.items():
            pdfmetrics.registerFont(TTFont(family, str(resource("fonts", regular))))
            pdfmetrics.registerFont(TTFont(f"{family}-Bold", str(resource("fonts", bold))))
            # So <b> inside a Paragraph picks the bold file of the run's family.
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, f"{family}-Bold")
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, f"{family}-Bold")
        _registered = True


def font_name(family: str, bold: bool = False) -> str:
    """The registered name of a family's regular or bold face."""
    return f"{family}-Bold" if bold else family


def family_for(char: str) -> str | None:
    """The font family a character needs, or None for spaces (which go with their neighbours)."""
    code = ord(char)
    if char.isspace() or 0x200B <= code <= 0x200F:
        return None
    if (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    ):
        return ARABIC
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F:
        return ETHIOPIC
    return SANS


def runs(text: str) -> Iterator[tuple[str, str]]:
    """Split already-prepared text into (family, text) runs."""
    current: str | None = None
    buffer: list[str] = []
    for char in text:
        family = family_for(char)
        if family is None or family == current or current is None:
            buffer.append(char)
            current = current or family
            continue
        yield current, "".join(buffer)
        current, buffer = family, [char]
    if buffer:
        yield current or SANS, "".join(buffer)


def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of one prepared line drawn with the fallback fonts."""
    register_fonts()
    return sum(
        pdfmetrics.stringWidth(part, font_name(family, bold), size) for family, part in runs(text)
    )


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for prepared text: escaped, each non-Latin run in its own font."""
    register_fonts()
    parts = []
    for family, part in runs(text):
        escaped = escape(part)
        if family == SANS:
            parts.append(escaped)
        else:
            parts.append(f'<font face="{font_name(family, bold)}">{escaped}</font>')
    return "".join(parts)


def prepare(text: str) -> str:
    """Shape and reorder each line of a text (Arabic) so it can be drawn left to right."""
    return "\n".join(prepare_line(line) for line in text.split("\n"))
