"""Simple painted symbols for the strengths, one per ``symbol`` key of the catalogue.

Each symbol is drawn in a 100×100 box with a few strokes, in one colour, so it
reads at a glance from the back of the classroom and scales to any size.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

Draw = Callable[[QPainter], None]


def _poly(*points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _star_points(cx: float, cy: float, outer: float, inner: float, n: int) -> QPolygonF:
    points = []
    for i in range(n * 2):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / n
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)


def _shield(p: QPainter) -> None:
    path = QPainterPath(QPointF(50, 8))
    path.lineTo(86, 22)
    path.lineTo(86, 48)
    path.cubicTo(86, 72, 70, 86, 50, 94)
    path.cubicTo(30, 86, 14, 72, 14, 48)
    path.lineTo(14, 22)
    path.closeSubpath()
    p.drawPath(path)


def _hands(p: QPainter) -> None:
    # An open hand reaching out: a palm, four fingers and a thumb.
    p.drawRoundedRect(QRectF(28, 46, 44, 44), 12, 12)
    for x, top in ((28, 20), (40, 12), (52, 14), (64, 22)):
        p.drawRoundedRect(QRectF(x, top, 9, 40), 4.5, 4.5)
    p.save()
    p.translate(28, 62)
    p.rotate(-50)
    p.drawRoundedRect(QRectF(-30, -5, 32, 10), 5, 5)
    p.restore()


def _smile(p: QPainter) -> None:
    p.drawEllipse(QRectF(10, 10, 80, 80))
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(28, 30, 44, 40), -20 * 16, -140 * 16)
    p.restore()
    p.drawEllipse(QRectF(33, 34, 8, 10))
    p.drawEllipse(QRectF(59, 34, 8, 10))


def _bulb(p: QPainter) -> None:
    p.drawEllipse(QRectF(24, 8, 52, 52))
    p.drawRect(QRectF(38, 58, 24, 16))
    p.drawLine(QPointF(38, 82), QPointF(62, 82))
    p.drawLine(QPointF(42, 90), QPointF(58, 90))


def _flag(p: QPainter) -> None:
    p.drawLine(QPointF(24, 8), QPointF(24, 94))
    p.drawPolygon(_poly((24, 12), (82, 24), (24, 50)))


def _book(p: QPainter) -> None:
    p.drawPolygon(_poly((50, 26), (10, 16), (10, 78), (50, 88)))
    p.drawPolygon(_poly((50, 26), (90, 16), (90, 78), (50, 88)))


def _lion(p: QPainter) -> None:
    p.drawPolygon(_star_points(50, 52, 46, 34, 12))
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(26, 28, 48, 48))
    p.restore()
    p.drawEllipse(QRectF(38, 44, 6, 6))
    p.drawEllipse(QRectF(56, 44, 6, 6))
    p.drawPolygon(_poly((44, 58), (56, 58), (50, 66)))


def _target(p: QPainter) -> None:
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    for r in (42, 28):
        p.drawEllipse(QPointF(50, 50), r, r)
    p.restore()
    p.drawEllipse(QPointF(50, 50), 12, 12)


def _magnifier(p: QPainter) -> None:
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(12, 12, 52, 52))
    p.restore()
    pen = QPen(p.pen())
    pen.setWidthF(pen.widthF() * 2)
    p.save()
    p.setPen(pen)
    p.drawLine(QPointF(58, 58), QPointF(88, 88))
    p.restore()


def _heart(p: QPainter) -> None:
    path = QPainterPath(QPointF(50, 88))
    path.cubicTo(10, 60, 6, 36, 16, 24)
    path.cubicTo(28, 10, 46, 16, 50, 30)
    path.cubicTo(54, 16, 72, 10, 84, 24)
    path.cubicTo(94, 36, 90, 60, 50, 88)
    p.drawPath(path)


def _bow(p: QPainter) -> None:
    # A person in a deep bow: legs straight, the upper body level, the head low in front.
    pen = QPen(p.pen())
    pen.setWidthF(pen.widthF() * 2)
    p.save()
    p.setPen(pen)
    p.drawLine(QPointF(30, 50), QPointF(30, 92))
    p.drawLine(QPointF(30, 50), QPointF(68, 54))
    p.drawLine(QPointF(64, 54), QPointF(62, 80))
    p.restore()
    p.drawEllipse(QPointF(82, 62), 11, 11)


def _scales(p: QPainter) -> None:
    p.drawLine(QPointF(50, 12), QPointF(50, 86))
    p.drawLine(QPointF(30, 90), QPointF(70, 90))
    p.drawLine(QPointF(14, 22), QPointF(86, 22))
    for x in (22, 78):
        p.drawLine(QPointF(x, 22), QPointF(x - 12, 56))
        p.drawLine(QPointF(x, 22), QPointF(x + 12, 56))
        p.drawChord(QRectF(x - 16, 44, 32, 24), 0, -180 * 16)


def _puzzle(p: QPainter) -> None:
    path = QPainterPath()
    path.addRoundedRect(QRectF(14, 30, 56, 56), 6, 6)
    path.addEllipse(QPointF(42, 26), 12, 12)
    path.addEllipse(QPointF(74, 58), 12, 12)
    path.setFillRule(Qt.FillRule.WindingFill)  # the knobs join the piece, not cut holes
    p.drawPath(path.simplified())


def _anchor(p: QPainter) -> None:
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(50, 18), 9, 9)
    p.drawLine(QPointF(50, 27), QPointF(50, 90))
    p.drawLine(QPointF(30, 40), QPointF(70, 40))
    p.drawArc(QRectF(16, 40, 68, 50), -180 * 16, 180 * 16)
    p.restore()
    p.drawPolygon(_poly((10, 64), (22, 60), (18, 72)))
    p.drawPolygon(_poly((90, 64), (78, 60), (82, 72)))


def _star(p: QPainter) -> None:
    p.drawPolygon(_star_points(50, 54, 44, 18, 5))


def _gift(p: QPainter) -> None:
    p.drawRect(QRectF(16, 44, 68, 48))
    p.drawRect(QRectF(10, 30, 80, 14))
    p.drawLine(QPointF(50, 30), QPointF(50, 92))
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(30, 12, 20, 18))
    p.drawEllipse(QRectF(50, 12, 20, 18))
    p.restore()


def _hourglass(p: QPainter) -> None:
    p.drawLine(QPointF(20, 10), QPointF(80, 10))
    p.drawLine(QPointF(20, 90), QPointF(80, 90))
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolygon(_poly((26, 10), (74, 10), (50, 50), (74, 90), (26, 90), (50, 50)))
    p.restore()
    p.drawPolygon(_poly((34, 88), (66, 88), (50, 66)))


def _mountain(p: QPainter) -> None:
    p.drawPolygon(_poly((4, 88), (40, 22), (76, 88)))
    p.drawPolygon(_poly((46, 88), (70, 44), (96, 88)))
    p.drawPolygon(_poly((40, 22), (30, 40), (50, 40)))


def _sun(p: QPainter) -> None:
    p.drawEllipse(QPointF(50, 50), 20, 20)
    for i in range(8):
        angle = i * math.pi / 4
        c, s = math.cos(angle), math.sin(angle)
        p.drawLine(QPointF(50 + 30 * c, 50 + 30 * s), QPointF(50 + 44 * c, 50 + 44 * s))


def _check(p: QPainter) -> None:
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(50, 50), 42, 42)
    pen = QPen(p.pen())
    pen.setWidthF(pen.widthF() * 1.6)
    p.setPen(pen)
    p.drawPolyline(_poly((28, 52), (44, 68), (74, 34)))
    p.restore()


SYMBOLS: dict[str, Draw] = {
    "shield": _shield,
    "hands": _hands,
    "smile": _smile,
    "bulb": _bulb,
    "flag": _flag,
    "book": _book,
    "lion": _lion,
    "target": _target,
    "magnifier": _magnifier,
    "heart": _heart,
    "bow": _bow,
    "scales": _scales,
    "puzzle": _puzzle,
    "anchor": _anchor,
    "star": _star,
    "gift": _gift,
    "hourglass": _hourglass,
    "mountain": _mountain,
    "sun": _sun,
    "check": _check,
}


def paint_symbol(
    painter: QPainter, symbol: str, rect: QRectF, ink: QColor, fill: QColor | None = None
) -> None:
    """Draw ``symbol`` centred in ``rect``: outlines in ``ink``, shapes filled with ``fill``
    (by default a soft tint of ``ink``).

    An unknown key (a custom strength) is drawn as a star.
    """
    side = min(rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2)
    painter.scale(side / 100, side / 100)
    pen = QPen(ink, 6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if fill is None:
        # A soft tint of the ink: shapes read as solid, details drawn on them stay visible.
        fill = QColor(ink)
        fill.setAlpha(90)
    painter.setBrush(QBrush(fill))
    SYMBOLS.get(symbol, _star)(painter)
    painter.restore()
