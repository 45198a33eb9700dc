"""A strength's emblem on paper: a disc in its colour with a star, the same for every strength."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas


def draw_emblem(
    canvas: Canvas, cx: float, cy: float, radius: float, fill: colors.Color, ink: colors.Color
) -> None:
    """A disc of ``fill`` with a five-pointed star of ``ink`` centred on (cx, cy)."""
    canvas.saveState()
    canvas.setFillColor(fill)
    canvas.setStrokeColor(ink)
    canvas.setLineWidth(max(radius / 12, 0.8))
    canvas.circle(cx, cy, radius, stroke=1, fill=1)
    path = canvas.beginPath()
    for i in range(10):
        r = radius * (0.62 if i % 2 == 0 else 0.26)
        angle = math.pi / 2 + i * math.pi / 5
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    canvas.setFillColor(ink)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
