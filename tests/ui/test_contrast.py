"""Every colour the app ships or offers reads: text 4.5:1, outlines 3:1, on a light or dark
system alike (the app brings its own light palette)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
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
from smartklasse.storage import catalogue, classes
from smartklasse.ui.application import apply_factor, apply_style
from smartklasse.ui.star_wall import grid
from smartklasse.ui.style import BORDER, PAPER, PLACEHOLDER, stylesheet
from smartklasse.ui.wheel.editor import PALETTE
from smartklasse.ui.wheel.tap_flow import TapFlow
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


def _rendered_contrast(image: QImage, rect: QRect) -> float:
    """Contrast between the commonest colour in ``rect`` of ``image`` (the background) and the
    colour that stands out most from it (the text), as painted."""
    counts = Counter(
        QColor(image.pixel(x, y)).name()
        for x in range(rect.left(), rect.right() + 1, 2)
        for y in range(rect.top(), rect.bottom() + 1, 2)
    )
    paper = counts.most_common(1)[0][0]
    return max(contrast_ratio(paper, ink) for ink in counts)


def _tap_flow_texts(flow: TapFlow) -> dict[str, float]:
    """Every enabled text of the flow's current step: its name and its contrast as painted."""
    image = flow.grab().toImage()
    ratios: dict[str, float] = {}
    for widget in flow.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        rect = QRect(widget.mapTo(flow, QPoint(0, 0)), widget.size())
        if isinstance(widget, QLabel) and widget.text():
            ratios[widget.objectName() or widget.text()] = _rendered_contrast(image, rect)
        elif isinstance(widget, QPushButton | QLineEdit):
            # Inside the outline: the field's or the chip's own paper and its text.
            inner = rect.adjusted(rect.width() // 8, rect.height() // 4, -rect.width() // 8, 0)
            inner.setHeight(rect.height() // 2)
            ratios[widget.objectName()] = _rendered_contrast(image, inner)
    return ratios


def test_the_tap_flow_stays_light_and_reads(db: Database, system: str, qtbot: QtBot) -> None:
    # Pupils at a PC with a dark theme: the flow's grids stay light, and every name, chip
    # (chosen or not), question and answer reads at 4.5:1 as painted, at every step.
    wheel = catalogue.list_wheels(db)[0]
    class_id = classes.create_class(db, "7B", ["Ada", "Bo", "Oksana Kovalenko"])
    flow = TapFlow(
        "Rydd pulten", wheel.colour, classes.list_pupils(db, class_id), catalogue.list_strengths(db)
    )
    qtbot.addWidget(flow)
    flow.resize(1160, 620)
    flow.show()
    qtbot.waitExposed(flow)
    next(iter(flow.pupil_tiles.values())).click()
    for answer in flow.findChildren(QLineEdit):
        answer.setText("Vi hjalp hverandre")
    steps: dict[str, dict[str, float]] = {}
    dark: list[str] = []
    for step in ("who", "strengths", "reflection"):
        QApplication.processEvents()
        for area in flow.findChildren(QScrollArea):
            paper = area.viewport().palette().color(area.viewport().backgroundRole())
            if area.isVisible() and paper.lightness() < 200:
                dark.append(f"{step}: {paper.name()}")
        steps[step] = _tap_flow_texts(flow)
        if step == "who":
            flow.next_button.click()
            next(iter(flow.strength_chips.values())).click()
        elif step == "strengths":
            flow.next_button.click()
    assert all(len(texts) >= 3 for texts in steps.values()), steps
    poor = {
        f"{step}: {name}": round(ratio, 2)
        for step, texts in steps.items()
        for name, ratio in texts.items()
        if ratio < TEXT_RATIO
    }
    assert (dark, poor) == ([], {})
