"""The star wall's rules: the daily limit, the target, the history lines."""

from __future__ import annotations

import datetime as dt

from smartklasse import i18n
from smartklasse.domain.star_wall import (
    Refusal,
    Round,
    Star,
    StarWall,
    WallDraft,
    award_refusal,
    can_award,
    clean_text,
    history_line,
    history_lines,
    target_reached,
    wall_problems,
)

MON = dt.date(2025, 9, 15)
TUE = dt.date(2025, 9, 16)


def _stars(*days: dt.date) -> tuple[Star, ...]:
    return tuple(Star(f"s{i}", "r1", d) for i, d in enumerate(days))


def _wall(
    stars: tuple[Star, ...], target: int = 20, max_per_day: int = 1, archived: bool = False
) -> StarWall:
    current = Round("r1", "w", 1, target, MON, None, stars)
    return StarWall("w", "c", "Orden i garderoben", max_per_day, 0, archived, ("respekt",), current)


def test_one_star_per_day_by_default() -> None:
    # A second tap on the same day is refused; the next day a star can be given again.
    assert can_award(MON, (), 1)
    assert not can_award(MON, _stars(MON), 1)
    assert can_award(TUE, _stars(MON), 1)


def test_teacher_may_allow_more_per_day() -> None:
    # With two allowed, the second star of the day is fine, the third is not.
    assert can_award(MON, _stars(MON), 2)
    assert not can_award(MON, _stars(MON, MON), 2)


def test_target_reached_at_exactly_the_target() -> None:
    # The celebration comes with the 20th star, not the 19th.
    assert not target_reached(19, 20)
    assert target_reached(20, 20)
    assert _wall(_stars(*[MON + dt.timedelta(days=i) for i in range(20)])).current.reached


def test_refusals_say_why() -> None:
    # The page tells the teacher why the button does nothing.
    assert award_refusal(_wall(()), MON) is None
    assert award_refusal(_wall(_stars(MON)), MON) is Refusal.DAILY_LIMIT
    assert award_refusal(_wall(_stars(MON), target=1), TUE) is Refusal.TARGET_REACHED
    assert award_refusal(_wall((), archived=True), MON) is Refusal.ARCHIVED


def test_daily_limit_counts_stars_of_finished_rounds_too() -> None:
    # Finishing a round and starting a new one the same day does not open a second star.
    old = Round("r0", "w", 1, 1, MON, MON, (Star("a", "r0", MON),))
    wall = StarWall("w", "c", "g", 1, 0, False, (), Round("r1", "w", 2, 5, MON), (old,))
    assert award_refusal(wall, MON) is Refusal.DAILY_LIMIT


def test_history_line_in_english_and_bokmal() -> None:
    # "Round 1: 20 stars, 12 Sep – 24 Oct" in the teacher's language.
    days = [dt.date(2025, 9, 12)] + [dt.date(2025, 10, 24)] * 19
    finished = Round("r", "w", 1, 20, dt.date(2025, 9, 12), dt.date(2025, 10, 24), _stars(*days))
    i18n.set_language("en")
    line = history_line(finished)
    assert line.startswith("Round 1: 20 stars, ")
    assert line.endswith("12 Sept\u2009–\u200924 Oct 2025")
    i18n.set_language("nb")
    line = history_line(finished)
    assert line.startswith("Runde 1: 20 stjerner, ")
    assert line.endswith("12. sep.–24. okt. 2025")


def test_history_newest_first() -> None:
    # The latest round is at the top of the history list.
    r1 = Round("a", "w", 1, 1, MON, MON, _stars(MON))
    r2 = Round("b", "w", 2, 1, TUE, TUE, _stars(TUE))
    lines = history_lines([r1, r2])
    assert lines[0].startswith("Runde 2:")
    assert lines[1].startswith("Runde 1:")


def test_wall_problems() -> None:
    # The editor cannot save a wall without goal, with 5 strengths, or a target under the count.
    ok = WallDraft("Orden i garderoben", ("respekt",), 20)
    assert wall_problems(ok) == []
    assert len(wall_problems(WallDraft("  ", ("respekt",), 20))) == 1
    assert len(wall_problems(WallDraft("g", ("a", "b", "c", "d", "e"), 20))) == 1
    assert len(wall_problems(WallDraft("g", (), 20))) == 1
    assert len(wall_problems(WallDraft("g", ("a",), 0))) == 1
    assert len(wall_problems(ok, stars_in_round=21)) == 1


def test_clean_text_keeps_one_line() -> None:
    # A pasted note with line breaks stays one tidy line on the wall.
    assert clean_text("  Ryddig\n etter   gym ", 140) == "Ryddig etter gym"
    assert len(clean_text("x" * 500, 140)) == 140
