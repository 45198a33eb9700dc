"""Reading printed PDFs back the way a check by eye would: pages, sizes, texts, fonts."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, PdfObject
from reportlab.lib.pagesizes import A3, A4


@dataclass(frozen=True)
class TextRun:
    """One piece of text drawn, with the font size it was drawn at."""

    text: str
    size: float
    x: float
    y: float


def read(pdf: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    assert pdf.startswith(b"%PDF"), "not a PDF"
    return PdfReader(io.BytesIO(pdf))


#: Latin ligatures HarfBuzz draws (ﬁ, ﬂ, …): pypdf reads glyphs, not the ActualText.
_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}


def page_text(reader: PdfReader, index: int = 0) -> str:
    """The NFC text of one page, whitespace collapsed, Latin ligatures spelled out."""
    text = reader.pages[index].extract_text() or ""
    text = "".join(_LIGATURES.get(c, c) for c in text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdftotext(pdf: bytes, page: int | None = None) -> str:
    """The text a PDF viewer copies (poppler: ActualText honoured), directional marks removed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        pages = ["-f", str(page + 1), "-l", str(page + 1)] if page is not None else []
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    out = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", out)
    return unicodedata.normalize("NFC", out)


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font's name and whether its file is embedded (pdffonts)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
    fonts: dict[str, bool] = {}
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type…] encoding emb sub uni object ID
        fonts[parts[0].split("+")[-1]] = parts[-5] == "yes"
    return fonts


def all_text(reader: PdfReader) -> str:
    """The text of every page joined."""
    return " ".join(page_text(reader, i) for i in range(len(reader.pages)))


def logical_arabic(text: str) -> str:
    """Presentation forms folded back to letters (NFKC), as a search can match them."""
    return unicodedata.normalize("NFKC", text)


def has_arabic(text: str, name: str) -> bool:
    """True if ``name`` is in the text in logical or visual order, in any letter form."""
    folded = logical_arabic(text)
    return name in folded or name in logical_arabic(text[::-1])


def paper(reader: PdfReader, index: int = 0) -> str:
    """'A4 portrait', 'A4 landscape', 'A3 portrait', ... for a page."""
    box = reader.pages[index].mediabox
    w, h = float(box.width), float(box.height)
    for name, (pw, ph) in (("A4", A4), ("A3", A3)):
        if abs(w - pw) < 1 and abs(h - ph) < 1:
            return f"{name} portrait"
        if abs(w - ph) < 1 and abs(h - pw) < 1:
            return f"{name} landscape"
    return f"{w:.0f}x{h:.0f}"


def _fonts(reader: PdfReader) -> list[DictionaryObject]:
    """Every font dictionary on any page or in any form drawn on it."""
    found: list[DictionaryObject] = []

    def collect(resources: PdfObject | None) -> None:
        resolved = resources.get_object() if resources is not None else None
        if not isinstance(resolved, DictionaryObject):
            return
        for font in resolved.get("/Font", {}).values():
            found.append(font.get_object())
        for xobject in resolved.get("/XObject", {}).values():
            collect(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        collect(page.get("/Resources"))
    return found


def _base_name(font: DictionaryObject) -> str:
    # "/AAAAAA+NotoSans-Bold" (an embedded subset) or "/Helvetica": the bare name.
    return str(font["/BaseFont"]).lstrip("/").split("+")[-1]


def font_names(reader: PdfReader) -> set[str]:
    """The base font names used on any page or in any form drawn on it."""
    return {_base_name(font) for font in _fonts(reader)}


def unembedded_fonts(reader: PdfReader) -> set[str]:
    """The fonts named in the PDF whose font program is not in the file."""
    missing = set()
    for font in _fonts(reader):
        described = font
        if "/DescendantFonts" in font:
            descendants = font["/DescendantFonts"]
            assert isinstance(descendants, ArrayObject)
            described = descendants[0].get_object()
        descriptor = described.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.add(_base_name(font))
    return missing


def runs(reader: PdfReader, index: int = 0) -> list[TextRun]:
    """Every text run on a page with its font size (the text matrix scale included)."""
    found: list[TextRun] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.append(TextRun(text, size * abs(tm[3] or 1), tm[4], tm[5]))

    reader.pages[index].extract_text(visitor_text=visit)
    return found


def form_uses(reader: PdfReader, form: str, index: int = 0) -> int:
    """How many times the page places a reusable drawing (form XObject) called ``form``."""
    contents = reader.pages[index].get_contents()
    assert contents is not None, f"page {index + 1} draws nothing"
    data = contents.get_data()
    return len(re.findall(rb"/FormXob\." + form.encode() + rb" Do", data))
