"""Where the star places go on the wall: pure geometry, tested without painting.

The places stand in rows of 5 or 10 so the class can count them at a glance
from the back of the room; a row of 10 has a wider gap after the fifth place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Space between places, as a fraction of a place's size.
GAP = 0.18
#: The extra space in the middle of a row of 10, as a fraction of a place's size.
GROUP_GAP = 0.5


@dataclass(frozen=True)
class Rect:
    """A rectangle in widget coordinates."""

    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self) -> tuple[float, float]:
        """The middle point."""
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, px: float, py: float) -> bool:
        """True if the point lies inside (edges included)."""
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height


def _row_units(columns: int) -> float:
    """A row's width measured in place sizes, gaps included."""
    units = columns + (columns - 1) * GAP
    if columns > 5:
        units += GROUP_GAP
    return units


def _cell_size(target: int, columns: int, width: float, height: float) -> float:
    rows = math.ceil(target / columns)
    column_units = rows + (rows - 1) * GAP
    return max(0.0, min(width / _row_units(columns), height / column_units))


def choose_columns(target: int, width: float, height: float) -> int:
    """Rows of 5 or 10, whichever gives bigger stars in this space (10 on a tie).

    A target of 5 or less stands in a single row.
    """
    if target <= 5:
        return max(1, target)
    five = _cell_size(target, 5, width, height)
    ten = _cell_size(target, 10, width, height)
    return 10 if ten >= five else 5


def star_places(target: int, width: float, height: float) -> list[Rect]:
    """The square place of every star up to ``target``, row by row, centred in the space."""
    if target <= 0 or width <= 0 or height <= 0:
        return []
    columns = choose_columns(target, width, height)
    rows = math.ceil(target / columns)
    size = _cell_size(target, columns, width, height)
    step = size * (1 + GAP)
    grid_width = size * _row_units(columns)
    grid_height = size * (rows + (rows - 1) * GAP)
    left = (width - grid_width) / 2
    top = (height - grid_height) / 2
    places: list[Rect] = []
    for index in range(target):
        row, column = divmod(index, columns)
        x = left + column * step
        if columns > 5 and column >= 5:
            x += size * GROUP_GAP
        places.append(Rect(x, top + row * step, size, size))
    return places


def place_at(places: list[Rect], px: float, py: float) -> int | None:
    """The index of the place under a point, or None."""
    for index, rect in enumerate(places):
        if rect.contains(px, py):
            return index
    return None


def star_points(
    cx: float, cy: float, outer: float, inner_ratio: float = 0.48, points: int = 5
) -> list[tuple[float, float]]:
    """The corners of a star centred on (cx, cy), the first tip pointing straight up."""
    inner = outer * inner_ratio
    corners: list[tuple[float, float]] = []
    for i in range(points * 2):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / points
        corners.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return corners
