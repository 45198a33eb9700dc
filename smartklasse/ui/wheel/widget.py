"""The painted wheel: a pure renderer over the geometry in :mod:`smartklasse.domain.wheel_geometry`.

Everything that does not change while the wheel turns (segments, separators,
text, progress marks) is painted once into a cached image; a frame of a spin
only draws that image rotated, then the hub and the pointer, each a cached
image too. While the wheel turns too fast for the eye to follow (the first
part of a spin, where a text moves tens of pixels a frame) the disc is turned
at half resolution and scaled up, with the rim stroked sharp on top: a quarter
of the pixels to turn, which is what a frame costs. Chosen by measurement
(``benchmarks/bench_wheel.py``): at 4K the half-resolution frame costs about
what the bare pie does, the full-resolution turned disc two to three times as
much, and wedges drawn as vectors with turned text images or text paths no less.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartklasse.domain import wheel_geometry as geo
from smartklasse.domain.colour import legible_fill
from smartklasse.ui import style
from smartklasse.ui.wheel import accessible
from smartklasse.ui.widgets import text_colour_on

#: Shades of the wheel's colour per segment: >0 mixes with white, <0 with black.
_SHADES = (0.0, -0.16, 0.08, -0.08, 0.12, -0.22, 0.04, -0.12)
#: How far the white ring reaches in past the cut edge of the quick (half-resolution) disc.
_RIM_OVERLAP = 2.0
INK = QColor(style.INK)
WHITE = QColor("#ffffff")


def mix(colour: QColor, amount: float) -> QColor:
    """``colour`` lightened (amount > 0) or darkened (amount < 0) by that share."""
    other = WHITE if amount > 0 else QColor("#000000")
    a = abs(amount)
    return QColor(
        round(colour.red() * (1 - a) + other.red() * a),
        round(colour.green() * (1 - a) + other.green() * a),
        round(colour.blue() * (1 - a) + other.blue() * a),
    )


def _ring_width(r: float) -> float:
    """Width of the white ring at the rim of a wheel of radius ``r``."""
    return max(3.0, r * 0.022)


def _half_resolution(static: QImage, half: float, radius: float) -> tuple[QImage, QImage]:
    """The disc ``static`` at half resolution for quick frames, and an image to turn it into.

    The disc is cut inside the white ring, which is drawn sharp on top (see
    ``WheelWidget._rim_tiles``): the coarse edge of the scaled disc never shows.
    """
    side = max(1, static.width() // 2)
    small = static.scaled(
        side,
        side,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    small.setDevicePixelRatio(1.0)
    inside = (radius - _ring_width(radius) / 2) * side / (2 * half)
    outside = QPainterPath()
    outside.setFillRule(Qt.FillRule.OddEvenFill)
    outside.addRect(QRectF(0, 0, side, side))
    outside.addEllipse(QPointF(side / 2, side / 2), inside, inside)
    cut = QPainter(small)
    cut.setRenderHint(QPainter.RenderHint.Antialiasing)
    cut.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    cut.fillPath(outside, Qt.GlobalColor.black)
    cut.end()
    return small, QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)


def task_font(pixel_size: float, family: str = "") -> QFont:
    """The font of task text: the app's font, semi-bold, at a whole pixel size."""
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(1, int(pixel_size)))
    font.setWeight(QFont.Weight.DemiBold)
    return font


@lru_cache(maxsize=256)
def _metrics(px: int, family: str) -> QFontMetricsF:
    return QFontMetricsF(task_font(px, family))


def qt_text_metrics(family: str = "") -> geo.TextMetrics:
    """Real font metrics for the geometry's text fitting (same rounding as painting)."""
    return geo.TextMetrics(
        width=lambda text, size: _metrics(max(1, int(size)), family).horizontalAdvance(text),
        line_height=lambda size: _metrics(max(1, int(size)), family).lineSpacing(),
    )


class WheelWidget(QWidget):
    """Shows one wheel. Emits intent; never touches stored data."""

    #: A segment was tapped, clicked or chosen with the keyboard (its index).
    segment_activated = Signal(int)
    #: The hub in the middle was tapped (the page spins).
    hub_activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wheel_widget")
        accessible.install(WheelWidget)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._texts: tuple[str, ...] = ()
        self._colour = QColor(style.ACCENT)
        self._hub_text = ""
        self._rotation = 0.0
        self._fast = False
        self._progress: tuple[int, ...] = ()
        self._picked: tuple[bool, ...] = ()
        self._chosen: tuple[bool, ...] = ()
        self._highlight: int | None = None
        self._focus_index = 0
        self._interactive = True
        self._pressed: int | None = None
        self._cache: QImage | None = None
        self._cache_key: tuple[object, ...] = ()
        self._fast_layers: tuple[QImage, QImage] | None = None
        self._quarter_turned: QImage | None = None
        self._rim_cache: list[tuple[QImage, QPointF]] = []
        self._rim_key: tuple[object, ...] = ()
        self._overlay_cache: list[tuple[QImage, QPointF]] = []
        self._overlay_key: tuple[object, ...] = ()
        self.text_size = 0.0
        #: The hub's text size in pixels, as last painted.
        self.hub_text_size = 0

    # -- state ---------------------------------------------------------------------------------
    def set_wheel(self, texts: Sequence[str], colour: str, hub_text: str = "") -> None:
        """Show a wheel's task texts in its colour."""
        self._texts = tuple(texts)
        self._colour = QColor(colour)
        self._hub_text = hub_text
        self._focus_index = min(self._focus_index, max(len(self._texts) - 1, 0))
        self._invalidate()

    def set_rotation(self, degrees: float, fast: bool = False) -> None:
        """Turn the wheel (clockwise degrees); cheap, the cached layer is reused.

        ``fast`` skips smooth resampling: while the wheel turns quickly the eye
        cannot see the difference, and at 4K it saves a quarter of the frame.
        """
        if degrees != self._rotation or fast != self._fast:
            self._rotation = degrees
            self._fast = fast
            cx, cy, r = self.wheel_circle()
            reach = r * 1.1  # the wheel, its shadow and the pointer; the rest does not change
            self.update(QRectF(cx - reach, cy - reach, 2 * reach, 2 * reach).toAlignedRect())

    def texts(self) -> tuple[str, ...]:
        """The task texts shown, clockwise from the top."""
        return self._texts

    def rotation(self) -> float:
        """The wheel's current rotation in degrees."""
        return self._rotation

    def set_progress(self, counts: Sequence[int]) -> None:
        """How many times each task was completed this period (shown as calm dots)."""
        if tuple(counts) != self._progress:
            self._progress = tuple(counts)
            self._invalidate()

    def progress(self) -> tuple[int, ...]:
        """The completions shown per segment."""
        return self._progress

    def picked(self) -> tuple[bool, ...]:
        """The picked marks shown per segment."""
        return self._picked

    def set_picked(self, picked: Sequence[bool]) -> None:
        """Which tasks were picked by spinning in this fair round (a small tick each)."""
        if tuple(picked) != self._picked:
            self._picked = tuple(picked)
            self._invalidate()

    def chosen(self) -> tuple[bool, ...]:
        """The "chosen for the period" marks shown per segment."""
        return self._chosen

    def set_chosen(self, chosen: Sequence[bool]) -> None:
        """Which tasks the class chose for the period (a white band at the rim)."""
        if tuple(chosen) != self._chosen:
            self._chosen = tuple(chosen)
            self._invalidate()

    def set_highlight(self, index: int | None) -> None:
        """Outline the segment a spin landed on (None for none)."""
        if index != self._highlight:
            self._highlight = index
            self.update()

    def set_interactive(self, interactive: bool) -> None:
        """Ignore taps while the wheel spins."""
        self._interactive = interactive

    def _invalidate(self) -> None:
        self._cache = None
        self._fast_layers = None
        self._overlay_cache = []
        self.update()

    # -- geometry ------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for a comfortably large wheel."""
        return QSize(640, 640)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The smallest wheel whose texts the geometry promises to fit."""
        side = int(2 * geo.MIN_RADIUS * 1.08)
        return QSize(side, side)

    def wheel_circle(self) -> tuple[float, float, float]:
        """Centre x, centre y and radius of the wheel in widget coordinates."""
        side = min(self.width(), self.height())
        margin = max(8.0, side * 0.04)
        return self.width() / 2, self.height() / 2, max(side / 2 - margin, 1.0)

    def segment_centre(self, index: int) -> QPointF:
        """The middle of a segment on screen (for keyboard focus and tests)."""
        cx, cy, r = self.wheel_circle()
        angle = math.radians(geo.segment_middle(index, len(self._texts), self._rotation))
        distance = r * (1 + geo.HUB_RATIO) / 2
        return QPointF(cx + distance * math.sin(angle), cy - distance * math.cos(angle))

    def segment_at(self, point: QPointF) -> int | None:
        """The segment under a widget point, or None (hub, outside, no wheel)."""
        if not self._texts:
            return None
        cx, cy, r = self.wheel_circle()
        return geo.segment_at(point.x(), point.y(), cx, cy, r, len(self._texts), self._rotation)

    # -- input ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Remember where a tap began, so a drag off the segment cancels it."""
        self._pressed = self._hit(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """A tap that began and ended on the same segment (or hub) activates it."""
        hit = self._hit(event.position())
        pressed, self._pressed = self._pressed, None
        if not self._interactive or hit is None or hit != pressed:
            return
        if hit == -1:
            self.hub_activated.emit()
        else:
            self.activate_segment(hit)

    def _hit(self, point: QPointF) -> int | None:
        if not self._texts:
            return None
        cx, cy, r = self.wheel_circle()
        if geo.in_hub(point.x(), point.y(), cx, cy, r):
            return -1
        return self.segment_at(point)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Arrow keys move between segments; Enter opens the focused one."""
        count = len(self._texts)
        key = event.key()
        if count and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._focus_index = (self._focus_index + 1) % count
            self.update()
            accessible.announce_focus(self, self._focus_index)
        elif count and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._focus_index = (self._focus_index - 1) % count
            self.update()
            accessible.announce_focus(self, self._focus_index)
        elif count and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_segment(self._focus_index)
        else:
            super().keyPressEvent(event)

    def focused_segment(self) -> int:
        """The segment the keyboard is on."""
        return self._focus_index

    def focus_segment(self, index: int) -> None:
        """Put the keyboard on segment ``index`` (where a spin landed: Enter then opens it)."""
        if 0 <= index < len(self._texts) and index != self._focus_index:
            self._focus_index = index
            self.update()

    def activate_segment(self, index: int) -> None:
        """Open segment ``index``, as a tap, Enter or a screen reader's action does (not while
        the wheel spins)."""
        if self._interactive and 0 <= index < len(self._texts):
            self._focus_index = index
            self.segment_activated.emit(index)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw the cached wheel turned by the rotation, then hub and pointer."""
        painter = QPainter(self)
        self.render_frame(painter)
        painter.end()

    def render_frame(self, painter: QPainter) -> None:
        """Paint one frame into ``painter`` (also used by the benchmark, offscreen)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not self._fast)
        cx, cy, r = self.wheel_circle()
        if not self._texts:
            return
        static = self._static_layer(r)
        dpr = static.devicePixelRatio()
        half = static.width() / dpr / 2
        painter.save()
        painter.translate(cx, cy)
        if self._fast:
            self._paint_fast_disc(painter, half)
        else:
            painter.save()
            # The disc's round edge is antialiased in the image itself and its square's
            # edges are transparent: antialiasing the turned square would only double the
            # cost of the biggest draw of the frame.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            rotation, disc = self._rotation, static
            if 45 < rotation % 180 < 135 and self._quarter_turned is not None:
                rotation, disc = rotation - 90, self._quarter_turned
            painter.rotate(rotation)
            painter.drawImage(QPointF(-half, -half), disc)
            painter.restore()
        for tile, corner in self._rim_tiles(r):
            painter.drawImage(corner, tile)
        painter.restore()
        if self._highlight is not None:
            self._paint_highlight(painter, cx, cy, r, self._highlight)
        if self.hasFocus():
            self._paint_highlight(painter, cx, cy, r, self._focus_index, focus=True)
        for image, corner in self._overlays(r):
            painter.drawImage(corner + QPointF(cx, cy), image)

    def _static_layer(self, r: float) -> QImage:
        dpr = self.devicePixelRatioF()
        key = (round(r, 1), dpr, self.font().family())
        if self._cache is not None and key == self._cache_key:
            return self._cache
        # The square just holds the disc: past its edge the rim's opaque ring (drawn on top,
        # never turned) covers it, and every pixel here is paid for in every full frame.
        side = math.ceil((r + 1) * 2 * dpr)
        image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(side / dpr / 2, side / dpr / 2)
        self._paint_static(painter, r)
        painter.end()
        self._cache, self._cache_key = image, key
        # The same disc a quarter turn on (exact: pixels only move). Drawing an image turned
        # by near a quarter reads it down its columns, a new memory page every pixel; from
        # this copy it is read along its rows. At 4K that halves those frames.
        self._quarter_turned = image.transformed(QTransform().rotate(90))
        self._quarter_turned.setDevicePixelRatio(dpr)
        # Ready before a spin starts, so its first quick frame costs what the others do.
        self._fast_layers = _half_resolution(image, side / dpr / 2, r)
        return image

    def _paint_fast_disc(self, painter: QPainter, half: float) -> None:
        """The disc turned at half resolution, drawn at full size (``painter`` at the centre).

        Its images are made with the full disc (:meth:`_static_layer`).
        """
        assert self._fast_layers is not None
        small, turned = self._fast_layers
        side = small.width()
        turned.fill(Qt.GlobalColor.transparent)
        turner = QPainter(turned)
        turner.translate(side / 2, side / 2)
        turner.rotate(self._rotation)
        turner.drawImage(QPointF(-side / 2, -side / 2), small)
        turner.end()
        painter.drawImage(QRectF(-half, -half, 2 * half, 2 * half), turned)

    def _rim_tiles(self, r: float) -> list[tuple[QImage, QPointF]]:
        """Shadow and rim, which never turn: painted once, kept as the tiles they cross.

        One image of the ring would be mostly empty, and even empty pixels cost a blend each
        frame; a stroked ring of a 4K wheel costs more still. The tiles cover about a sixth
        of the wheel's square.
        """
        dpr = self.devicePixelRatioF()
        key = (round(r, 1), dpr, self._colour.name())
        if self._rim_key == key:
            return self._rim_cache
        reach = r * 1.04 + 2
        side = math.ceil(2 * reach * dpr)
        image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(side / dpr / 2, side / dpr / 2)
        self._paint_rim(painter, r)
        painter.end()
        inner = (r - _ring_width(r) - _RIM_OVERLAP - 2) * dpr
        tile = max(16, round(r * dpr / 12))
        centre = side / 2
        tiles = []
        for top in range(0, side, tile):
            for left in range(0, side, tile):
                right, bottom = min(left + tile, side), min(top + tile, side)
                near_x = min(max(centre, left), right) - centre
                near_y = min(max(centre, top), bottom) - centre
                far_x = max(abs(left - centre), abs(right - centre))
                far_y = max(abs(top - centre), abs(bottom - centre))
                if math.hypot(far_x, far_y) < inner or math.hypot(near_x, near_y) > side / 2:
                    continue  # wholly inside the ring, or wholly outside the shadow
                piece = image.copy(left, top, right - left, bottom - top)
                piece.setDevicePixelRatio(dpr)
                tiles.append((piece, QPointF((left - centre) / dpr, (top - centre) / dpr)))
        self._rim_cache, self._rim_key = tiles, key
        return tiles

    def _overlays(self, r: float) -> list[tuple[QImage, QPointF]]:
        """The hub and the pointer, which never turn: painted once, then only copied."""
        dpr = self.devicePixelRatioF()
        key = (round(r, 1), dpr, self.font().family())
        if not self._overlay_cache or key != self._overlay_key:
            self._overlay_cache = [
                self._overlay(r * geo.HUB_RATIO * 1.15, dpr, self._paint_hub),
                self._overlay(r * 0.11, dpr, self._paint_pointer, (0.0, -r)),
            ]
            self._overlay_key = key
        return self._overlay_cache

    @staticmethod
    def _overlay(
        reach: float,
        dpr: float,
        paint: Callable[[QPainter, float], None],
        centre: tuple[float, float] = (0.0, 0.0),
    ) -> tuple[QImage, QPointF]:
        """A part that never turns, painted once into an image around ``centre``."""
        side = math.ceil(2 * reach * dpr) + 4
        image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        half = side / dpr / 2
        painter.translate(half, half)
        paint(painter, reach)
        painter.end()
        return image, QPointF(centre[0] - half, centre[1] - half)

    def _shade(self, index: int) -> QColor:
        count = len(self._texts)
        shade = _SHADES[index % len(_SHADES)]
        if count % 2 == 1 and index == count - 1:
            shade = 0.04  # an odd wheel would put two equal shades side by side
        # Whatever the wheel's colour, its task texts read at 4.5:1 (darkened where needed).
        return QColor(legible_fill(mix(self._colour, shade).name()))

    def _paint_static(self, painter: QPainter, r: float) -> None:
        count = len(self._texts)
        width = geo.span(count)
        outer = QRectF(-r, -r, 2 * r, 2 * r)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(count):
            painter.setBrush(self._shade(index))
            # Qt counts angles anticlockwise from 3 o'clock, in 1/16 degree.
            start = 90 - index * width
            painter.drawPie(outer, round(start * 16), round(-width * 16))
        self._paint_marks(painter, r)
        separator = QPen(WHITE, max(2.0, r * 0.014))
        separator.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(separator)
        for index in range(count):
            a = math.radians(index * width)
            painter.drawLine(
                QPointF(r * geo.HUB_RATIO * math.sin(a), -r * geo.HUB_RATIO * math.cos(a)),
                QPointF(r * math.sin(a), -r * math.cos(a)),
            )
        self._paint_texts(painter, r)

    def _paint_rim(self, painter: QPainter, r: float) -> None:
        """Shadow, white ring and outline at the wheel's edge (``painter`` at the centre).

        The white ring reaches :data:`_RIM_OVERLAP` pixels further in than the disc's own
        edge is cut (see :meth:`_paint_fast_disc`), so a coarse disc never shows beside it.
        """
        # A soft shadow below the rim lifts the wheel off the page.
        painter.setPen(Qt.PenStyle.NoPen)
        for step, alpha in ((0.025, 18), (0.015, 26)):
            shadow = QPainterPath()
            shadow.setFillRule(Qt.FillRule.OddEvenFill)
            shadow.addEllipse(QPointF(0, r * 0.012), r * (1 + step), r * (1 + step))
            shadow.addEllipse(QPointF(0, 0), r, r)
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawPath(shadow)
        ring = _ring_width(r) + _RIM_OVERLAP
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(WHITE, ring))
        painter.drawEllipse(QPointF(0, 0), r - ring / 2, r - ring / 2)
        painter.setPen(QPen(mix(self._colour, -0.35), max(1.5, r * 0.006)))
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(mix(self._colour, -0.35), max(1.5, r * 0.006)))
        painter.drawEllipse(QPointF(0, 0), r, r)

    def _paint_texts(self, painter: QPainter, r: float) -> None:
        count = len(self._texts)
        family = self.font().family()
        metrics = qt_text_metrics(family)
        size, layouts = geo.fit_texts(self._texts, r, count, metrics)
        self.text_size = size
        font = task_font(size, family)
        painter.setFont(font)
        fm = _metrics(max(1, int(size)), family)
        for index, layout in enumerate(layouts):
            painter.save()
            painter.rotate(geo.segment_middle(index, count))
            colour = text_colour_on(self._shade(index))
            shadow = QColor(0, 0, 0, 60) if colour == WHITE else QColor(255, 255, 255, 90)
            for line in layout.lines:
                baseline = -line.y + (fm.ascent() - fm.descent()) / 2
                point = QPointF(-line.width / 2, baseline)
                painter.setPen(shadow)
                painter.drawText(point + QPointF(0, max(1.0, size * 0.06)), line.text)
                painter.setPen(colour)
                painter.drawText(point, line.text)
            painter.restore()

    def _paint_marks(self, painter: QPainter, r: float) -> None:
        count = len(self._texts)
        width = geo.span(count)
        dot = max(3.0, r * 0.018)
        for index in range(count):
            middle = geo.segment_middle(index, count)
            if index < len(self._chosen) and self._chosen[index]:
                # A white band just inside the rim: "we chose this one".
                band = QPen(QColor(255, 255, 255, 170), r * 0.02, Qt.PenStyle.SolidLine)
                band.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(band)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                ring = r * 0.962
                painter.drawArc(
                    QRectF(-ring, -ring, 2 * ring, 2 * ring),
                    round((90 - middle + width / 2 - 2) * 16),
                    round(-(width - 4) * 16),
                )
            painter.setPen(Qt.PenStyle.NoPen)
            done = self._progress[index] if index < len(self._progress) else 0
            shown = min(done, 10)
            for k in range(shown):
                # Dots sit in a calm arc near the rim; ten is plenty to show "a lot".
                offset = (k - (shown - 1) / 2) * (dot * 2.6) / (r * 0.915) * 180 / math.pi
                a = math.radians(middle + offset)
                centre = QPointF(r * 0.915 * math.sin(a), -r * 0.915 * math.cos(a))
                painter.setBrush(QColor(255, 255, 255, 235))
                painter.drawEllipse(centre, dot, dot)
            if index < len(self._picked) and self._picked[index]:
                a = math.radians(middle)
                d = r * (geo.HUB_RATIO + 0.07)
                centre = QPointF(d * math.sin(a), -d * math.cos(a))
                size = r * 0.04
                painter.setBrush(WHITE)
                painter.drawEllipse(centre, size, size)
                tick = QPainterPath()
                tick.moveTo(centre + QPointF(-size * 0.5, 0))
                tick.lineTo(centre + QPointF(-size * 0.1, size * 0.4))
                tick.lineTo(centre + QPointF(size * 0.55, -size * 0.4))
                painter.setPen(
                    QPen(
                        mix(self._colour, -0.2),
                        size * 0.34,
                        Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin,
                    )
                )
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(tick)
                painter.setPen(Qt.PenStyle.NoPen)

    def _paint_highlight(
        self, painter: QPainter, cx: float, cy: float, r: float, index: int, focus: bool = False
    ) -> None:
        count = len(self._texts)
        if not 0 <= index < count:
            return
        width = geo.span(count)
        start = geo.segment_start(index, count, self._rotation)
        path = QPainterPath()
        path.moveTo(cx, cy)
        path.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), 90 - start, -width)
        path.closeSubpath()
        colour = INK if focus else QColor("#FFD54F")
        pen = QPen(colour, max(3.0, r * (0.012 if focus else 0.022)))
        if focus:
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_hub(self, painter: QPainter, reach: float) -> None:
        hub = reach / 1.15
        cx = cy = 0.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawEllipse(QPointF(cx, cy + hub * 0.06), hub * 1.02, hub * 1.02)
        painter.setBrush(WHITE)
        painter.drawEllipse(QPointF(cx, cy), hub, hub)
        painter.setPen(QPen(mix(self._colour, -0.1), max(2.0, hub * 0.08)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(cx, cy), hub * 0.84, hub * 0.84)
        if self._hub_text:
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(8, int(hub * 0.34)))
            fm = QFontMetricsF(font)
            while fm.horizontalAdvance(self._hub_text) > hub * 1.4 and font.pixelSize() > 8:
                font.setPixelSize(font.pixelSize() - 1)
                fm = QFontMetricsF(font)
            self.hub_text_size = font.pixelSize()
            painter.setFont(font)
            painter.setPen(mix(self._colour, -0.25))
            painter.drawText(
                QRectF(cx - hub, cy - hub, 2 * hub, 2 * hub),
                Qt.AlignmentFlag.AlignCenter,
                self._hub_text,
            )

    def _paint_pointer(self, painter: QPainter, size: float) -> None:
        top = -size * 0.55
        cx = 0.0
        triangle = QPolygonF(
            [
                QPointF(cx - size * 0.62, top),
                QPointF(cx + size * 0.62, top),
                QPointF(cx, top + size * 1.05),
            ]
        )
        outline = QPen(WHITE, max(2.0, size * 0.12))
        outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(outline)
        painter.setBrush(INK)
        painter.drawPolygon(triangle)
