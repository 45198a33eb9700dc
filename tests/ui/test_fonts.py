"""Every name in the corpus renders on screen with the app's own fonts, no box for any letter."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

import smartklasse.ui
from smartklasse.fonts import CHAIN
from smartklasse.ui.fonts import chain_font, install_fonts, register_fonts


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """Pieces of ``text`` drawn with the .notdef glyph or with a font outside the chain."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    ours = {face.family for face in CHAIN}
    problems = []
    for run in layout.glyphRuns():
        family = run.rawFont().familyName()
        indexes = run.glyphIndexes()
        if family not in ours:
            problems.append(f"{family!r} for {text!r}")
        elif 0 in indexes:
            problems.append(f".notdef in {family!r} for {text!r}")
    assert line.naturalTextWidth() > 0 or not text
    return problems


def test_the_whole_chain_is_registered(qapp: QApplication) -> None:
    assert register_fonts() == [face.family for face in CHAIN]


def test_every_name_renders_with_the_app_font(
    qapp: QApplication, names_corpus: tuple[str, ...]
) -> None:
    assert len(names_corpus) >= 25
    install_fonts(qapp)
    font = QApplication.font()
    problems = [p for name in names_corpus for p in missing_glyphs(name, font)]
    assert problems == []


@pytest.mark.parametrize("bold", [False, True])
def test_names_render_bold_and_large(
    qapp: QApplication, names_corpus: tuple[str, ...], bold: bool
) -> None:
    font = chain_font()
    font.setPointSize(40)
    font.setBold(bold)
    assert [p for name in names_corpus for p in missing_glyphs(name, font)] == []


def test_a_letter_no_font_has_is_reported(qapp: QApplication) -> None:
    # U+E000 is private use: neither the chain nor a standard font has it.
    assert missing_glyphs("Ola \ue000", chain_font()) != []


def test_icons_are_svg_not_symbol_characters() -> None:
    # A symbol character (⛶, ⚙, 🔒, ⌫, ★) is a box on a machine without a font for it.
    root = Path(smartklasse.ui.__file__).parent
    symbols = {
        (path.name, char)
        for path in root.rglob("*.py")
        for char in path.read_text("utf-8")
        if unicodedata.category(char) == "So"
    }
    assert symbols == set()
