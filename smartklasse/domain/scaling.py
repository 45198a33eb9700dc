"""Skalering: a 1–5 check of how far the class has come toward its goal, anonymous.

The teacher counts how many pupils stood at each number of a line on the floor;
only the counts are kept, never who stood where.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: The numbers of the line, from "not yet" (1) to "there" (5).
SCALE = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class ScalingCheck:
    """One check during a star wall's round: how many pupils stood at each number."""

    id: str
    round_id: str
    checked_on: dt.date
    counts: tuple[int, int, int, int, int]

    @property
    def pupils(self) -> int:
        """How many pupils took part."""
        return sum(self.counts)

    @property
    def average(self) -> float | None:
        """Where the class stood on average (None when nobody was counted)."""
        if not self.pupils:
            return None
        return sum(n * count for n, count in zip(SCALE, self.counts, strict=True)) / self.pupils


def trend(checks: list[ScalingCheck]) -> list[float]:
    """The averages of the checks that had pupils, in date order: the line the wall draws."""
    ordered = sorted(checks, key=lambda c: c.checked_on)
    return [avg for c in ordered if (avg := c.average) is not None]
