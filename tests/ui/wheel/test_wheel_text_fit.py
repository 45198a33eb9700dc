"""Every task text of every wheel fits its segment in nb, nn and en, with real font metrics."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartklasse.domain import wheel_geometry as geo
from smartklasse.domain.wheels import load_default_wheels
from smartklasse.i18n import LANGUAGES
from smartklasse.ui.wheel.widget import WheelWidget, qt_text_metrics


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_task_fits_at_the_smallest_wheel(qapp: QApplication, lang: str) -> None:
    # At the smallest wheel (1366×768) each task fits, at a readable size, inside its wedge.
    metrics = qt_text_metrics(qapp.font().family())
    radius = geo.MIN_RADIUS
    for wheel in load_default_wheels():
        count = len(wheel.tasks)
        half = math.radians(geo.span(count) / 2)
        for task in wheel.tasks:
            layout = geo.fit_text(task.text(lang), radius, count, metrics)
            assert layout.fits, (lang, task.id)
            assert layout.size >= geo.MIN_TEXT_PX, (lang, task.id, layout.size)
            assert " ".join(line.text for line in layout.lines) == " ".join(task.text(lang).split())
            for line in layout.lines:
                inner = line.y - layout.line_height / 2
                outer = line.y + layout.line_height / 2
                assert inner >= radius * geo.HUB_RATIO
                assert line.width / 2 <= inner * math.tan(half)
                assert math.hypot(line.width / 2, outer) <= radius


@pytest.mark.parametrize(("side", "lang"), [(500, "nn"), (1000, "en"), (2000, "nb")])
def test_widget_paints_every_wheel_with_one_fitting_size(
    qtbot: QtBot, side: int, lang: str
) -> None:
    # The painted wheel uses one text size for all segments, and it grows with the screen.
    widget = WheelWidget()
    qtbot.addWidget(widget)
    widget.resize(side, side)
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    for wheel in load_default_wheels():
        widget.set_wheel([t.text(lang) for t in wheel.tasks], wheel.colour, wheel.name(lang))
        painter = QPainter(image)
        widget.render_frame(painter)
        painter.end()
        _cx, _cy, radius = widget.wheel_circle()
        assert widget.text_size >= geo.MIN_TEXT_PX * min(1.0, radius / geo.MIN_RADIUS)
        assert widget.text_size >= radius * 0.045
