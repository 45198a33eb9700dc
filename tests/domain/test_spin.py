"""Spinning: the fair pick is decided first, and the spin lands exactly on it."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from smartklasse.domain import spin
from smartklasse.domain.wheel_geometry import segment_under_pointer

TASKS = [f"t{i}" for i in range(8)]


def test_no_task_repeats_until_every_task_was_picked() -> None:
    # Fair by default: eight spins give eight different tasks, the ninth starts a new round.
    rng = random.Random(1)
    picked: frozenset[str] = frozenset()
    seen = []
    for _ in range(8):
        pick = spin.fair_pick(TASKS, picked, rng)
        assert pick.task_id not in picked
        assert not pick.new_round
        picked = pick.picked
        seen.append(pick.task_id)
    assert sorted(seen) == sorted(TASKS)
    ninth = spin.fair_pick(TASKS, picked, rng)
    assert ninth.new_round
    assert ninth.picked == frozenset({ninth.task_id})


def test_picks_of_removed_tasks_are_ignored() -> None:
    # A task deleted from the wheel does not block the round from finishing.
    pick = spin.fair_pick(["a", "b"], {"a", "gone"}, random.Random(3))
    assert pick.task_id == "b"
    assert pick.picked == frozenset({"a", "b"})


def test_same_seed_same_outcome() -> None:
    # A seeded spin is reproducible (what the page tests rely on).
    a = spin.fair_pick(TASKS, (), random.Random(42))
    b = spin.fair_pick(TASKS, (), random.Random(42))
    assert a == b


@pytest.mark.parametrize("count", [4, 8, 12])
@pytest.mark.parametrize("seed", range(20))
def test_spin_lands_on_the_planned_segment(count: int, seed: int) -> None:
    # Whatever the start angle, the spin ends with the picked task under the pointer.
    rng = random.Random(seed)
    target = rng.randrange(count)
    start = rng.uniform(-720, 720)
    plan = spin.plan_spin(target, count, start, rng)
    assert segment_under_pointer(plan.end, count) == target
    assert plan.end - start >= spin.MIN_TURNS * 360
    assert spin.rotation_at(plan, plan.duration_ms) == plan.end
    assert spin.rotation_at(plan, 0) == plan.start


def test_spin_slows_down_and_never_turns_back() -> None:
    # The ease-out is monotone and decelerating, like a real wheel.
    plan = spin.plan_spin(2, 8, 0.0, random.Random(5))
    angles = [spin.rotation_at(plan, t) for t in range(0, plan.duration_ms + 1, 100)]
    steps = [b - a for a, b in itertools.pairwise(angles)]
    assert all(s >= 0 for s in steps)
    assert steps[0] > steps[len(steps) // 2] > steps[-1]


def test_quick_frames_while_the_rim_moves_fast_then_full_quality() -> None:
    plan = spin.plan_spin(2, 8, 0.0, random.Random(3))
    radius = 1000.0  # a 4K board
    assert spin.is_quick(plan, 0.0, radius)
    assert not spin.is_quick(plan, plan.duration_ms - 1, radius)
    assert spin.rim_speed(plan, plan.duration_ms, radius) == 0.0
    # The rim speed falls all the way: once slow, the wheel never turns quick again.
    speeds = [spin.rim_speed(plan, t, radius) for t in range(0, plan.duration_ms, 50)]
    assert speeds == sorted(speeds, reverse=True)
    # The speed is the rotation's change over one 60 Hz frame, in pixels at the rim.
    elapsed = plan.duration_ms * 0.3
    step = spin.rotation_at(plan, elapsed + spin.FRAME_MS / 2) - spin.rotation_at(
        plan, elapsed - spin.FRAME_MS / 2
    )
    assert spin.rim_speed(plan, elapsed, radius) == pytest.approx(
        math.radians(step) * radius, rel=1e-3
    )


def test_a_bigger_wheel_stays_quick_longer() -> None:
    plan = spin.plan_spin(5, 8, 10.0, random.Random(8))

    def quick_share(radius: float) -> float:
        frames = range(0, plan.duration_ms, 10)
        return sum(spin.is_quick(plan, t, radius) for t in frames) / len(frames)

    laptop, board = quick_share(350.0), quick_share(1000.0)
    assert 0.5 < laptop < board < 0.9
