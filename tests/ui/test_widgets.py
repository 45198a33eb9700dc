"""The shared buttons and chips: named for screen readers, big enough to tap, readable colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from smartklasse.ui import widgets
from smartklasse.ui.style import TOUCH_TARGET


def test_button_is_named_for_screen_readers_and_runs_its_slot(qtbot: QtBot) -> None:
    # "&Save as PDF…" is read as "Save as PDF"; a click runs the slot, whatever Qt passes.
    parent = QWidget()
    qtbot.addWidget(parent)
    clicks: list[str] = []
    made = widgets.button("&Save as PDF…", parent, "save", slot=lambda: clicks.append("save"))
    assert made.objectName() == "save"
    assert made.accessibleName() == "Save as PDF"
    assert made.minimumHeight() == TOUCH_TARGET
    qtbot.mouseClick(made, Qt.MouseButton.LeftButton)
    assert clicks == ["save"]


def test_chip_toggles_and_keeps_its_text_readable_when_chosen(qtbot: QtBot) -> None:
    # A light strength colour gets dark text when the chip is chosen, a dark one white.
    parent = QWidget()
    qtbot.addWidget(parent)
    light = widgets.chip("Humor", parent, "chip_light", "#FFEB3B")
    dark = widgets.chip("Omsorg", parent, "chip_dark", "#1565C0")
    assert light.isCheckable()
    qtbot.mouseClick(light, Qt.MouseButton.LeftButton)
    assert light.isChecked()
    assert "color: #23303f" in light.styleSheet()
    assert "color: #ffffff" in dark.styleSheet()
    assert light.font().pointSizeF() > parent.font().pointSizeF()


def test_text_colour_on_a_painted_segment() -> None:
    # The wheel paints task text in white on dark segments and in ink on light ones.
    assert widgets.text_colour_on(QColor("#0d47a1")).name() == "#ffffff"
    assert widgets.text_colour_on(QColor("#fff59d")).name() == "#23303f"


def test_accessible_text_keeps_a_literal_ampersand() -> None:
    # "Ada && Ola" shows "Ada & Ola" on the button and is read the same way.
    assert widgets.accessible_text("Ada && Ola") == "Ada & Ola"
    assert widgets.accessible_text("&Print…") == "Print"


def test_accessible_text_drops_the_trailing_dots_and_space() -> None:
    # "Rediger hjul …" is read as "Rediger hjul", without a pause at the end.
    assert widgets.accessible_text("Edit wheels …") == "Edit wheels"
