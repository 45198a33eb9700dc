"""The application stylesheet: every size and colour placeholder is filled in."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from smartklasse.ui.style import ACCENT, stylesheet


@pytest.mark.parametrize("factor", [1.0, 1.5, 2.0])
def test_stylesheet_has_no_placeholder_left(factor: float) -> None:
    # A "{NAME}" left in the stylesheet makes Qt drop the rule, and the look with it.
    qss = stylesheet(factor)
    assert re.findall(r"\{[A-Z0-9]+\}", qss) == []
    assert f"background: {ACCENT}" in qss  # primary buttons in the app's accent colour


def test_a_focused_primary_button_shows_a_ring(qtbot: QtBot) -> None:
    # The keyboard must see where it is: the accent-on-accent border of other buttons would
    # vanish on a primary button, so a focused one draws a white ring inside its edge.
    holder = QWidget()
    holder.setStyleSheet(stylesheet(1.0))
    first = QPushButton("Avbryt", holder)
    primary = QPushButton("Ferdig", holder)
    primary.setProperty("primary", True)
    primary.move(0, 60)
    primary.resize(160, 48)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    plain = primary.grab().toImage()
    primary.setFocus()
    qtbot.waitUntil(primary.hasFocus)
    focused = primary.grab().toImage()
    edge = QColor(focused.pixel(1, 24)), QColor(plain.pixel(1, 24))
    inside = QColor(focused.pixel(5, 24))
    assert QColor(plain.pixel(5, 24)).name() != "#ffffff"
    assert "#ffffff" in {edge[0].name(), inside.name()}
