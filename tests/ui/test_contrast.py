"""Every colour the app ships or offers reads: text 4.5:1, outlines 3:1, on a light or dark
system alike (the app brings its own light palette)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from smartklasse.domain.colour import (
    LARGE_RATIO,
    TEXT_RATIO,
    contrast_ratio,
    legible_fill,
    legible_on,
    text_colour_for,
)
from smartklasse.settings import Settings
from smartklasse.storage import catalogue
from smartklasse.ui.application import apply_factor, apply_style
from smartklasse.ui.star_wall import grid
from smartklasse.ui.style import BORDER, PAPER, PLACEHOLDER, stylesheet
from smartklasse.ui.wheel.editor import PALETTE
from smartklasse.ui.wheel.widget import WheelWidget

WHITE = "#ffffff"


@pytest.fixture(params=["light", "dark"])
def system(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The system's palette before the app styles itself."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if request.param == "dark":
        dark = QPalette()
        for role, colour in {
            QPalette.ColorRole.Window: "#202124",
            QPalette.ColorRole.WindowText: "#e8eaed",
            QPalette.ColorRole.Base: "#2b2b2b",
            QPalette.ColorRole.Text: "#e8eaed",
            QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        }.items():
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
    apply_factor(app, 1.0)
    yield request.param
    apply_style(app, Settings())


def test_offered_wheel_colours_carry_text(system: str) -> None:
    # Each colour the wheel editor offers takes white or ink text at 4.5:1, unchanged.
    for colour in PALETTE:
        assert contrast_ratio(text_colour_for(colour), colour) >= TEXT_RATIO, colour
        assert legible_fill(colour) == colour.lower()


def test_every_painted_wheel_segment_reads(db: Database, system: str) -> None:
    # Shipped wheels, offered colours and a teacher's pale pick: every segment's shade,
    # as painted, gives its task text 4.5:1.
    colours = [w.colour for w in catalogue.list_wheels(db)] + list(PALETTE) + ["#FFEB3B"]
    widget = WheelWidget()
    for colour in colours:
        widget.set_wheel([f"Oppgave {n}" for n in range(8)], colour)
        for index in range(8):
            shade = widget._shade(index).name()
            assert contrast_ratio(text_colour_for(shade), shade) >= TEXT_RATIO, (colour, index)


def test_strength_colours_carry_text_and_outline(db: Database, system: str) -> None:
    # Strength colours as fills (pills, badges) and as outlines on the paper.
    for strength in catalogue.list_strengths(db, include_hidden=True):
        fill = legible_fill(strength.colour)
        assert contrast_ratio(text_colour_for(fill), fill) >= TEXT_RATIO, strength.id
        assert contrast_ratio(fill, PAPER) >= LARGE_RATIO, strength.id
        assert contrast_ratio(legible_on(strength.colour, PAPER), PAPER) >= TEXT_RATIO


def test_stylesheet_text_and_borders(system: str) -> None:
    # Every colour: pair the stylesheet sets passes; borders of fields and buttons 3:1.
    qss = stylesheet(1.0)
    text_pairs = re.findall(r"background: (#[0-9a-fA-F]{6});[^}]*?color: (#[0-9a-fA-F]{6})", qss)
    assert text_pairs
    for background, text in text_pairs:
        assert contrast_ratio(background, text) >= TEXT_RATIO, (background, text)
    assert contrast_ratio(BORDER, WHITE) >= LARGE_RATIO
    assert contrast_ratio(BORDER, PAPER) >= LARGE_RATIO
    assert contrast_ratio(PLACEHOLDER, WHITE) >= TEXT_RATIO
    assert contrast_ratio(grid.OUTLINE.name(), PAPER) >= LARGE_RATIO
    assert contrast_ratio(grid.NUMBER.name(), PAPER) >= TEXT_RATIO


def test_the_palette_is_the_apps_own(system: str) -> None:
    # Light or dark system: the app's window, text and placeholder colours are its own.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    window = palette.color(QPalette.ColorRole.Window).name()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        assert contrast_ratio(palette.color(role).name(), window) >= TEXT_RATIO
    base = palette.color(QPalette.ColorRole.Base).name()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText):
        assert contrast_ratio(palette.color(role).name(), base) >= TEXT_RATIO
    assert window == PAPER
