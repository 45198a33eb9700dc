"""Spinning the wheel: a fair pick decided first, then a spin that only shows it.

The outcome is chosen before any animation starts, so a slow computer can
never "land" somewhere else than the task that was picked, and a test can
seed it. The spin is a pure function of time: an ease-out from a start angle
to an end angle that puts the chosen segment under the pointer at 12 o'clock.
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from smartklasse.domain.wheel_geometry import span

#: How long a spin lasts, in milliseconds (a few seconds, like a real wheel).
SPIN_MS = 4200
#: Whole turns before the wheel settles.
MIN_TURNS = 3
MAX_TURNS = 5
#: A frame may be drawn coarser (quicker) while the rim moves at least this many pixels from
#: one frame to the next: the eye cannot follow details that move so fast.
QUICK_RIM_PX = 6.0
#: One frame of a 60 Hz screen, in milliseconds.
FRAME_MS = 1000 / 60
#: How far from a segment's middle the pointer may land, as a part of half the segment,
#: so it never lands so close to a border that a child doubts the result.
LANDING_SPREAD = 0.6


@dataclass(frozen=True)
class FairPick:
    """The task picked, and which tasks count as picked in this round afterwards."""

    task_id: str
    picked: frozenset[str]
    new_round: bool


def fair_pick(task_ids: Sequence[str], picked: Collection[str], rng: random.Random) -> FairPick:
    """Pick a task no one has had this round; when every task was picked, start a new round.

    ``picked`` may contain ids of tasks no longer on the wheel; they are ignored.
    """
    if not task_ids:
        raise ValueError("a wheel without tasks cannot be spun")
    still_picked = {t for t in picked if t in task_ids}
    candidates = [t for t in task_ids if t not in still_picked]
    new_round = not candidates
    if new_round:
        still_picked = set()
        candidates = list(task_ids)
    choice = rng.choice(candidates)
    return FairPick(choice, frozenset(still_picked | {choice}), new_round)


@dataclass(frozen=True)
class SpinPlan:
    """A spin from ``start`` to ``end`` degrees over ``duration_ms``, ending on ``target``."""

    start: float
    end: float
    duration_ms: int
    target: int


def plan_spin(
    target: int, count: int, start: float, rng: random.Random, duration_ms: int = SPIN_MS
) -> SpinPlan:
    """Plan a spin that leaves segment ``target`` under the pointer.

    The wheel turns clockwise, which in our angles means the rotation grows.
    """
    if not 0 <= target < count:
        raise ValueError(f"segment {target} is not on a wheel of {count}")
    width = span(count)
    offset = (0.5 + rng.uniform(-LANDING_SPREAD, LANDING_SPREAD) / 2) * width
    # Segment `target` is under the pointer when (-rotation) mod 360 falls inside it.
    resting = (-(target * width + offset)) % 360.0
    turns = rng.randint(MIN_TURNS, MAX_TURNS)
    end = start + turns * 360.0 + ((resting - start) % 360.0)
    return SpinPlan(start=start, end=end, duration_ms=duration_ms, target=target)


def ease_out(t: float) -> float:
    """A natural slowing down (quartic ease-out): fast at first, gently settling."""
    t = min(max(t, 0.0), 1.0)
    return 1.0 - (1.0 - t) ** 4


def ease_out_slope(t: float) -> float:
    """How fast :func:`ease_out` grows at ``t`` (its derivative)."""
    t = min(max(t, 0.0), 1.0)
    return 4.0 * (1.0 - t) ** 3


def rim_speed(plan: SpinPlan, elapsed_ms: float, radius_px: float) -> float:
    """How many pixels the rim of a wheel of ``radius_px`` moves in one frame at ``elapsed_ms``."""
    if elapsed_ms >= plan.duration_ms:
        return 0.0
    degrees_per_ms = (
        (plan.end - plan.start) * ease_out_slope(elapsed_ms / plan.duration_ms) / plan.duration_ms
    )
    return math.radians(degrees_per_ms * FRAME_MS) * radius_px


def is_quick(plan: SpinPlan, elapsed_ms: float, radius_px: float) -> bool:
    """True while the wheel turns too fast for the eye to follow its details."""
    return rim_speed(plan, elapsed_ms, radius_px) >= QUICK_RIM_PX


def rotation_at(plan: SpinPlan, elapsed_ms: float) -> float:
    """The wheel's rotation ``elapsed_ms`` into the spin (the end rotation once it is over)."""
    if elapsed_ms >= plan.duration_ms:
        return plan.end  # exactly, so the last frame shows the decided task
    progress = ease_out(elapsed_ms / plan.duration_ms)
    return plan.start + (plan.end - plan.start) * progress
