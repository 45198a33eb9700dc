"""Geometry of a painted wheel: segment angles, hit testing and fitting task text in a segment.

Angles are in degrees, measured clockwise from 12 o'clock, as a person reads a
clock. Segment ``i`` of ``count`` covers ``[rotation + i*span, rotation + (i+1)*span)``.
A point exactly on a border belongs to the segment clockwise after it, so every
point of the wheel belongs to exactly one segment. Text is laid out in a
segment's own frame: ``y`` is the distance from the centre along the segment's
middle line, ``x`` goes across it; lines read upright when the segment is at the top.

Nothing here knows about Qt: text widths come from a callable, so the same
fitting runs with real font metrics in the widget and in tests.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

#: Part of the radius taken by the hub in the middle.
HUB_RATIO = 0.2
#: Smallest wheel radius in logical pixels: what a 1366×768 window still gives the wheel.
MIN_RADIUS = 230.0
#: Smallest task text in pixels at :data:`MIN_RADIUS`; below that it is no longer readable.
MIN_TEXT_PX = 12.0
#: Largest task text, as a part of the radius (short texts must not shout).
MAX_TEXT_RATIO = 0.1
#: Text stays inside this part of the radius; the ring outside it holds the progress marks.
TEXT_RIM_RATIO = 0.87
#: Floats from atan2 are off by ~1e-13 at exact borders; within this, snap to the border.
_BORDER_EPSILON = 1e-9


def span(count: int) -> float:
    """The angle one of ``count`` segments covers."""
    if count <= 0:
        raise ValueError("a wheel has at least one segment")
    return 360.0 / count


def segment_start(index: int, count: int, rotation: float = 0.0) -> float:
    """Clockwise angle from 12 o'clock where segment ``index`` begins."""
    return (rotation + index * span(count)) % 360.0


def segment_middle(index: int, count: int, rotation: float = 0.0) -> float:
    """Clockwise angle from 12 o'clock of the middle of segment ``index``."""
    return (rotation + (index + 0.5) * span(count)) % 360.0


def point_angle(dx: float, dy: float) -> float:
    """Clockwise angle from 12 o'clock of the vector (dx, dy), with y pointing down (screen)."""
    return math.degrees(math.atan2(dx, -dy)) % 360.0


def segment_at_angle(angle: float, count: int, rotation: float = 0.0) -> int:
    """The segment that covers ``angle`` (borders go to the segment clockwise after them)."""
    position = ((angle - rotation) % 360.0) / span(count)
    nearest = round(position)
    if abs(position - nearest) < _BORDER_EPSILON:
        position = float(nearest)
    return math.floor(position) % count


def in_hub(x: float, y: float, cx: float, cy: float, radius: float) -> bool:
    """True when (x, y) lies on the hub (its edge included)."""
    return math.hypot(x - cx, y - cy) <= radius * HUB_RATIO


def segment_at(
    x: float, y: float, cx: float, cy: float, radius: float, count: int, rotation: float = 0.0
) -> int | None:
    """The segment under the point (x, y), or None on the hub or outside the wheel.

    The rim belongs to the wheel; the hub's edge belongs to the hub.
    """
    distance = math.hypot(x - cx, y - cy)
    if distance > radius or distance <= radius * HUB_RATIO:
        return None
    return segment_at_angle(point_angle(x - cx, y - cy), count, rotation)


def segment_under_pointer(rotation: float, count: int) -> int:
    """The segment the pointer at 12 o'clock points at when the wheel is turned by ``rotation``."""
    return segment_at_angle(0.0, count, rotation)


# -- text ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextMetrics:
    """How wide a text is and how tall a line is, at a pixel size (supplied by the caller)."""

    width: Callable[[str, float], float]
    line_height: Callable[[float], float]


@dataclass(frozen=True)
class PlacedLine:
    """One line of a segment's text: its middle is ``y`` from the centre, centred across."""

    text: str
    y: float
    width: float


@dataclass(frozen=True)
class TextLayout:
    """A segment's text at the size that fits, line by line (first line outermost)."""

    size: float
    lines: tuple[PlacedLine, ...]
    line_height: float
    fits: bool


def _half_width(y_inner: float, y_outer: float, half_angle: float, pad: float, rim: float) -> float:
    """Half the width a line may have between two distances from the centre.

    The narrow inner edge is bounded by the segment's sides (kept ``pad`` away),
    the outer edge by the rim.
    """
    by_sides = y_inner * math.tan(half_angle) - pad / math.cos(half_angle)
    by_rim = math.sqrt(max(rim * rim - y_outer * y_outer, 0.0))
    return max(0.0, min(by_sides, by_rim))


def _wrap(
    words: Sequence[str],
    top: float,
    inner: float,
    lh: float,
    width_of: Callable[[str], float],
    limit: Callable[[float, float], float],
) -> list[tuple[str, float, float]] | None:
    """Greedy wrap from the outermost line inwards; None when the words do not fit."""
    lines: list[tuple[str, float, float]] = []
    index = 0
    y_outer = top
    while index < len(words):
        y_inner = y_outer - lh
        if y_inner < inner:
            return None
        allowed = 2 * limit(y_inner, y_outer)
        current = words[index]
        if width_of(current) > allowed:
            return None
        index += 1
        while index < len(words):
            candidate = f"{current} {words[index]}"
            if width_of(candidate) > allowed:
                break
            current = candidate
            index += 1
        lines.append((current, y_outer - lh / 2, width_of(current)))
        y_outer = y_inner
    return lines


def _fitting_wraps(
    words: Sequence[str], size: float, radius: float, count: int, metrics: TextMetrics
) -> Iterator[list[tuple[str, float, float]]]:
    """The wraps of ``words`` that fit, with the block slid inward from the rim step by step."""
    lh = metrics.line_height(size)
    half_angle = math.radians(span(count) / 2)
    pad = max(radius * 0.025, size * 0.35)
    rim = radius * TEXT_RIM_RATIO - pad
    inner = radius * HUB_RATIO + pad * 1.5

    widths: dict[str, float] = {}

    def width_of(text: str) -> float:
        # The same candidate lines come back at every position tried below: measure once.
        width = widths.get(text)
        if width is None:
            width = widths[text] = metrics.width(text, size)
        return width

    def limit(y_inner: float, y_outer: float) -> float:
        return _half_width(y_inner, y_outer, half_angle, pad, rim)

    steps = 24
    for step in range(steps + 1):
        top = rim - (rim - inner) * step / steps
        wrapped = _wrap(words, top, inner, lh, width_of, limit)
        if wrapped is not None:
            yield wrapped


def _fits_at(
    words: Sequence[str], size: float, radius: float, count: int, metrics: TextMetrics
) -> bool:
    """True if ``words`` fit at ``size`` somewhere (stops at the first place that fits)."""
    return next(_fitting_wraps(words, size, radius, count, metrics), None) is not None


def _layout_at(
    words: Sequence[str], size: float, radius: float, count: int, metrics: TextMetrics
) -> TextLayout | None:
    # Of the positions that fit, keep the middle one with the fewest lines, so the text
    # sits calmly in the wide part of the segment.
    fitting = list(_fitting_wraps(words, size, radius, count, metrics))
    if not fitting:
        return None
    fewest = min(len(w) for w in fitting)
    best = [w for w in fitting if len(w) == fewest]
    chosen = best[len(best) // 2]
    return TextLayout(
        size=size,
        lines=tuple(PlacedLine(text, y, width) for text, y, width in chosen),
        line_height=metrics.line_height(size),
        fits=True,
    )


def fit_text(
    text: str,
    radius: float,
    count: int,
    metrics: TextMetrics,
    min_size: float | None = None,
    max_size: float | None = None,
) -> TextLayout:
    """Wrap ``text`` and find the largest pixel size at which it fits in one segment.

    When even ``min_size`` does not fit, the layout at ``min_size`` is returned
    with ``fits=False`` (one line per word), so the caller can still paint something.
    """
    words = text.split()
    low = min_size if min_size is not None else MIN_TEXT_PX * min(1.0, radius / MIN_RADIUS)
    high = max_size if max_size is not None else max(low, radius * MAX_TEXT_RATIO)
    if not words:
        return TextLayout(size=high, lines=(), line_height=metrics.line_height(high), fits=True)
    if not _fits_at(words, low, radius, count, metrics):
        lh = metrics.line_height(low)
        lines = tuple(
            PlacedLine(w, radius * 0.6 - i * lh, metrics.width(w, low)) for i, w in enumerate(words)
        )
        return TextLayout(size=low, lines=lines, line_height=lh, fits=False)
    # Fitting is monotone in size for all practical purposes: bisect to half a pixel,
    # asking only whether the text fits; it is laid out once, at the size found.
    while high - low > 0.5:
        middle = (low + high) / 2
        if _fits_at(words, middle, radius, count, metrics):
            low = middle
        else:
            high = middle
    best = _layout_at(words, low, radius, count, metrics)
    assert best is not None  # it fitted at this size above
    return best


def fit_texts(
    texts: Sequence[str], radius: float, count: int, metrics: TextMetrics
) -> tuple[float, list[TextLayout]]:
    """Every segment's text at one size, the largest at which all of them fit (half a pixel).

    One size for every segment, so the wheel looks even. A text that does not fit even
    at the smallest size is laid out as :func:`fit_text` does then (``fits=False``).
    The longest text is tried first at each size: it is the one that fails soonest.
    """
    low = MIN_TEXT_PX * min(1.0, radius / MIN_RADIUS)
    high = max(low, radius * MAX_TEXT_RATIO)
    split = [text.split() for text in texts]
    order = sorted((i for i, words in enumerate(split) if words), key=lambda i: -len(texts[i]))

    def all_fit(size: float) -> bool:
        return all(_fits_at(split[index], size, radius, count, metrics) for index in order)

    if not all_fit(low):
        return low, [fit_text(text, radius, count, metrics, low, low) for text in texts]
    # Fitting is monotone in size for all practical purposes: bisect to half a pixel,
    # asking only whether every text fits; they are laid out once, at the size found.
    while high - low > 0.5:
        middle = (low + high) / 2
        if all_fit(middle):
            low = middle
        else:
            high = middle
    empty = TextLayout(size=low, lines=(), line_height=metrics.line_height(low), fits=True)
    layouts = []
    for words in split:
        layout = _layout_at(words, low, radius, count, metrics) if words else empty
        assert layout is not None  # every text fitted at this size above
        layouts.append(layout)
    return low, layouts
