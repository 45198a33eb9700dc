"""The painted star wall: earned stars in gold with their date, the rest as outlines.

A screen reader finds each place as a child with its date (accessible.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QFontInfo, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartklasse.domain.star_grid import Rect, star_places, star_points
from smartklasse.ui.star_wall import accessible

GOLD = QColor("#F2B705")
GOLD_EDGE = QColor("#A86F00")
OUTLINE = QColor("#857D70")  # an empty star's outline: 3.7:1 on the paper (non-text 3:1)
NUMBER = QColor("#6E675A")  # its number: 5.1:1 (text 4.5:1)
DATE_INK = QColor("#23303f")
#: How long the newest star takes to settle, in milliseconds.
ANIMATION_MS = 600
#: Projected, the date under a star and an empty place's number are this share of the place.
DATE_SHARE = 0.16
NUMBER_SHARE = 0.2
#: The largest a date may be (share of the place): more would leave the space under the star.
DATE_ROOM = 0.27
#: The largest an empty place's number may be: more would leave the star's middle.
NUMBER_ROOM = 0.3


def projected_label_px(place: float, least: int, most: int) -> tuple[int, int]:
    """The date's and the number's size in pixels on a projected wall with places ``place``
    pixels large: never under ``least``, never over ``most`` (below the goal), and 0 where
    a place is too small to hold the text at ``least`` (it is then not drawn)."""

    def size(share: float, room: float) -> int:
        px = max(least, round(place * share))
        if most:
            px = min(px, most)
        return px if least <= px <= place * room else 0

    return size(DATE_SHARE, DATE_ROOM), size(NUMBER_SHARE, NUMBER_ROOM)


class StarGridWidget(QWidget):
    """A pure renderer of star places; the page gives it the target and the earned stars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("star_grid")
        accessible.install(StarGridWidget)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._target = 0
        self._dates: tuple[dt.date, ...] = ()
        self._labels: list[str] = []
        self._least_px = 0
        self._most_px = 0
        self._animated_index = -1
        self._progress = 1.0
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutBack)
        self._animation.valueChanged.connect(self._on_progress)
        self._animation.finished.connect(self._on_animation_done)

    # -- state --------------------------------------------------------------------------------
    def set_stars(self, target: int, dates: list[dt.date], date_labels: list[str]) -> None:
        """Show ``target`` places; the first ``len(dates)`` are earned, labelled with dates."""
        labels = list(date_labels[: len(dates)])
        if target == self._target and tuple(dates) == self._dates and labels == self._labels:
            return
        before, same_places = self._dates, target == self._target
        self._target = target
        self._dates = tuple(dates)
        self._labels = labels
        self.update()
        # A screen reader hears each place as a child (accessible.py): a star earned or taken
        # back changes its place's name.
        if same_places:
            for index in range(
                min(len(before), len(dates)), min(max(len(before), len(dates)), target)
            ):
                accessible.announce_changed(self, index)

    def dates(self) -> tuple[dt.date, ...]:
        """The dates of the earned stars, in order."""
        return self._dates

    @property
    def target(self) -> int:
        """How many places the wall has."""
        return self._target

    def filled_count(self) -> int:
        """How many places are painted as earned stars."""
        return min(len(self._labels), self._target)

    def empty_count(self) -> int:
        """How many places are still outlines."""
        return self._target - self.filled_count()

    def places(self) -> list[Rect]:
        """The places at the widget's current size (the same geometry that is painted)."""
        return star_places(self._target, self.width(), self.height())

    def set_projection(self, least_px: int, most_px: int) -> None:
        """Projected: dates and numbers between ``least_px`` and ``most_px`` (0: a window)."""
        self._least_px, self._most_px = least_px, most_px
        self.update()

    def label_px(self) -> tuple[int, int]:
        """The pixel sizes of the dates and the numbers drawn now (0: not drawn)."""
        places = self.places()
        if not places:
            return (0, 0)
        height = places[0].height
        if self._least_px:
            return projected_label_px(height, self._least_px, self._most_px)
        date = _pixels(max(7.0, height * 0.11)) if height >= 40 else 0
        number = _pixels(max(7.0, height * 0.12)) if height >= 36 else 0
        return (date, number)

    def animate_star(self, index: int) -> None:
        """Let the star at ``index`` grow into its place (skipped with reduced motion)."""
        self._animated_index = index
        self._progress = 0.0
        self._animation.stop()
        self._animation.start()

    def is_animating(self) -> bool:
        """True while a star is growing into its place."""
        return self._animated_index >= 0

    def _on_progress(self, value: float) -> None:
        self._progress = value
        self.update()

    def _on_animation_done(self) -> None:
        self._animated_index = -1
        self._progress = 1.0
        self.update()

    # -- painting -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for two rows of ten comfortable stars."""
        return QSize(900, 260)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Small enough for a laptop beside the history list."""
        return QSize(240, 100)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Paint every place: gold stars with dates, then numbered outlines."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        filled = self.filled_count()
        date_px, number_px = self.label_px()
        for index, rect in enumerate(self.places()):
            if index < filled:
                self._paint_star(painter, rect, index, date_px)
            else:
                self._paint_outline(painter, rect, index, number_px)
        painter.end()

    def _polygon(self, rect: Rect, scale: float = 1.0) -> QPolygonF:
        cx, cy = rect.centre
        # The star sits a little high so the date fits underneath inside the place.
        radius = rect.width * 0.40 * scale
        points = star_points(cx, cy - rect.height * 0.06, radius)
        return QPolygonF([QPointF(x, y) for x, y in points])

    def _paint_star(self, painter: QPainter, rect: Rect, index: int, px: int) -> None:
        scale = self._progress if index == self._animated_index else 1.0
        painter.setPen(QPen(GOLD_EDGE, max(1.5, rect.width * 0.025)))
        painter.setBrush(GOLD)
        painter.drawPolygon(self._polygon(rect, max(0.05, scale)))
        if scale < 1.0 and index == self._animated_index:
            return
        label = self._labels[index]
        if label and px:
            font = QFont(self.font())
            font.setPixelSize(px)
            painter.setFont(font)
            painter.setPen(DATE_INK)
            # Under the star, into the gap below the place when the date is large.
            band = QRectF(
                rect.x, rect.y + rect.height * 0.78, rect.width, max(rect.height * 0.22, px * 1.2)
            )
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_outline(self, painter: QPainter, rect: Rect, index: int, px: int) -> None:
        pen = QPen(OUTLINE, max(1.5, rect.width * 0.03))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        polygon = self._polygon(rect)
        painter.drawPolygon(polygon)
        if px:
            # The place's number helps the class count what is left.
            font = QFont(self.font())
            font.setPixelSize(px)
            painter.setFont(font)
            painter.setPen(NUMBER)
            painter.drawText(polygon.boundingRect(), Qt.AlignmentFlag.AlignCenter, str(index + 1))


def _pixels(points: float) -> int:
    """A point size in pixels on this screen (as the painter draws it)."""
    font = QFont()
    font.setPointSizeF(points)
    return QFontInfo(font).pixelSize()
