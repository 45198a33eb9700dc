"""Every page's navigation icon shows on the light navigation column."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from pytestqt.qtbot import QtBot

from smartklasse.paths import resource
from smartklasse.ui.pages import PAGES, PageEntry


@pytest.mark.parametrize("entry", PAGES, ids=lambda e: str(e.key))
def test_the_icon_is_dark_enough_to_see_on_the_light_column(qtbot: QtBot, entry: PageEntry) -> None:
    # A white icon vanishes on the near-white column: count the pixels that stand out.
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    QIcon(str(resource("icons", entry.icon))).paint(
        painter, 0, 0, 48, 48, Qt.AlignmentFlag.AlignCenter
    )
    painter.end()
    dark = sum(
        1 for x in range(48) for y in range(48) if QColor(image.pixel(x, y)).lightnessF() < 0.5
    )
    assert dark > 48 * 48 * 0.05
