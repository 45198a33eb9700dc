"""Every strength in the shipped catalogue has a symbol that actually draws something."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from smartklasse.domain.strengths import load_default_strengths
from smartklasse.ui.strengths.symbols import SYMBOLS, paint_symbol


def _ink_pixels(symbol: str) -> int:
    image = QImage(80, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    paint_symbol(painter, symbol, QRectF(0, 0, 80, 80), QColor("#ffffff"))
    painter.end()
    return sum(
        1 for x in range(0, 80, 2) for y in range(0, 80, 2) if image.pixelColor(x, y).red() > 128
    )


def test_each_shipped_strength_has_its_own_drawn_symbol(qtbot: QtBot) -> None:
    # Twenty different symbols, all known, each leaving clear white ink on the card.
    symbols = [s.symbol for s in load_default_strengths()]
    assert len(set(symbols)) == 20
    assert set(symbols) <= set(SYMBOLS)
    assert all(_ink_pixels(symbol) > 40 for symbol in symbols)


def test_unknown_symbol_of_a_custom_strength_falls_back_to_a_star(qtbot: QtBot) -> None:
    # A school's own strength without a known symbol still gets one.
    assert _ink_pixels("no-such-symbol") == _ink_pixels("star")
