"""The fair order of the pupil of the week."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from smartklasse.domain.recognition import due_pupils, next_pupil, turn_counts, week_start

PUPILS = [f"p{i:02d}" for i in range(24)]


def test_the_order_follows_the_class_list_and_starts_over_when_all_have_had_a_turn() -> None:
    turns: list[str] = []
    for _ in range(len(PUPILS) + 2):
        pupil = next_pupil(PUPILS, turns)
        assert pupil is not None
        turns.append(pupil)
    assert turns == [*PUPILS, PUPILS[0], PUPILS[1]]


def test_a_pupil_away_keeps_their_turn_and_comes_first_next_week() -> None:
    first = next_pupil(PUPILS, [], away={"p00"})
    assert first == "p01"
    assert next_pupil(PUPILS, [first]) == "p00"


def test_the_week_waits_when_everyone_whose_turn_it_is_is_away() -> None:
    turns = PUPILS[:-1]
    assert due_pupils(PUPILS, turns) == ["p23"]
    assert next_pupil(PUPILS, turns, away={"p23"}) is None


def test_a_weekend_belongs_to_the_week_that_ended() -> None:
    assert week_start(dt.date(2026, 11, 29)) == dt.date(2026, 11, 23)
    assert week_start(dt.date(2026, 11, 30)) == dt.date(2026, 11, 30)


@settings(max_examples=150, deadline=None)
@given(
    size=st.integers(min_value=1, max_value=30),
    weeks=st.lists(
        st.tuples(
            st.sets(st.integers(min_value=0, max_value=29), max_size=6),  # away this week
            st.integers(min_value=0, max_value=29),  # swap to the n-th due pupil
            st.booleans(),  # whether the teacher swaps
        ),
        min_size=38,
        max_size=40,
    ),
)
def test_over_a_year_with_absences_and_swaps_nobody_is_skipped_or_doubled(
    size: int, weeks: list[tuple[set[int], int, bool]]
) -> None:
    pupils = PUPILS[:size] if size <= len(PUPILS) else [f"q{i}" for i in range(size)]
    turns: list[str] = []
    for away_numbers, swap_index, swaps in weeks:
        away = {pupils[n % size] for n in away_numbers}
        due = due_pupils(pupils, turns)
        chosen = next_pupil(pupils, turns, away)
        if swaps:
            chosen = due[swap_index % len(due)]
        if chosen is None:
            # Only when every pupil whose turn it is was away.
            assert set(due) <= away
            continue
        assert chosen in due
        turns.append(chosen)
        counts = turn_counts(pupils, turns)
        # Everyone once before anyone twice: turns never differ by more than one.
        assert max(counts.values()) - min(counts.values()) <= 1
    # Every full round gave each pupil exactly one turn, in some order.
    for start in range(0, len(turns) - size + 1, size):
        assert sorted(turns[start : start + size]) == sorted(pupils)
