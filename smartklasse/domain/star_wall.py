"""The star wall's rules: a class earns stars together towards a target, round after round.

Plain Python, no Qt and no SQL. Stars belong to the class, never to a pupil,
so nothing here knows about pupils at all.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from babel import dates as babel_dates

from smartklasse.i18n import N_, _, babel_locale, format_date_range, ngettext

#: The pupils choose one to four strengths they will need for the goal.
MIN_STRENGTHS = 1
MAX_STRENGTHS = 4
#: A target the class can count on the wall; more than 100 would no longer be countable.
MIN_TARGET = 1
MAX_TARGET = 100
DEFAULT_TARGET = 20
#: How many stars a day the teacher may allow (1 is the default and the usual).
MAX_PER_DAY_LIMIT = 10
#: Longest goal ("Orden i garderoben") and note, in characters.
MAX_GOAL_LENGTH = 80
MAX_NOTE_LENGTH = 140


@dataclass(frozen=True)
class Star:
    """One star the class earned on a day, with an optional short note."""

    id: str
    round_id: str
    awarded_on: dt.date
    note: str = ""


@dataclass(frozen=True)
class Round:
    """One run towards a target; finished rounds are the wall's history."""

    id: str
    wall_id: str
    number: int
    target: int
    started_on: dt.date
    finished_on: dt.date | None = None
    stars: tuple[Star, ...] = ()

    @property
    def count(self) -> int:
        """How many stars this round has earned."""
        return len(self.stars)

    @property
    def reached(self) -> bool:
        """True when the class has earned the round's target."""
        return target_reached(self.count, self.target)

    @property
    def finished(self) -> bool:
        """True once a new round has started after this one."""
        return self.finished_on is not None


@dataclass(frozen=True)
class StarWall:
    """A class's goal with its chosen strengths, the current round and the finished ones."""

    id: str
    class_id: str
    goal: str
    max_per_day: int
    position: int
    archived: bool
    strength_ids: tuple[str, ...]
    current: Round
    history: tuple[Round, ...] = field(default_factory=tuple)

    def all_stars(self) -> list[Star]:
        """Every star of every round (the daily limit counts across rounds)."""
        stars = [s for r in self.history for s in r.stars]
        stars.extend(self.current.stars)
        return stars


class Refusal(Enum):
    """Why a star cannot be awarded now."""

    ARCHIVED = "archived"
    TARGET_REACHED = "target_reached"
    DAILY_LIMIT = "daily_limit"


def target_reached(count: int, target: int) -> bool:
    """True when ``count`` stars fill a target of ``target``."""
    return count >= target


def stars_on(day: dt.date, stars: Iterable[Star]) -> int:
    """How many of ``stars`` were awarded on ``day``."""
    return sum(1 for s in stars if s.awarded_on == day)


def can_award(today: dt.date, stars: Iterable[Star], max_per_day: int) -> bool:
    """True if one more star may be given today under a limit of ``max_per_day``.

    This is what makes a double tap on the board award a single star.
    """
    return stars_on(today, stars) < max(1, max_per_day)


def award_refusal(wall: StarWall, today: dt.date) -> Refusal | None:
    """Why ``wall`` cannot get a star today, or None when it can."""
    if wall.archived:
        return Refusal.ARCHIVED
    if wall.current.reached:
        return Refusal.TARGET_REACHED
    if not can_award(today, wall.all_stars(), wall.max_per_day):
        return Refusal.DAILY_LIMIT
    return None


def clean_text(text: str, limit: int) -> str:
    """Normalise a goal or note (NFC, single-line, trimmed, at most ``limit`` characters)."""
    text = unicodedata.normalize("NFC", text)
    text = " ".join(text.split())
    return text[:limit].strip()


@dataclass(frozen=True)
class WallDraft:
    """What the teacher typed in the wall editor, before it is stored."""

    goal: str
    strength_ids: tuple[str, ...]
    target: int
    max_per_day: int = 1


def wall_problems(draft: WallDraft, stars_in_round: int = 0) -> list[str]:
    """Problems that keep a draft from being saved, as translated sentences (empty = fine)."""
    problems: list[str] = []
    if not clean_text(draft.goal, MAX_GOAL_LENGTH):
        problems.append(_("Write the goal in the class's own words."))
    if not MIN_STRENGTHS <= len(set(draft.strength_ids)) <= MAX_STRENGTHS:
        problems.append(
            _("Choose from {low} to {high} strengths.").format(
                low=MIN_STRENGTHS, high=MAX_STRENGTHS
            )
        )
    if not MIN_TARGET <= draft.target <= MAX_TARGET:
        problems.append(
            _("The target must be from {low} to {high} stars.").format(
                low=MIN_TARGET, high=MAX_TARGET
            )
        )
    elif draft.target < stars_in_round:
        problems.append(
            ngettext(
                "The class already has {n} star in this round; the target cannot be lower.",
                "The class already has {n} stars in this round; the target cannot be lower.",
                stars_in_round,
            ).format(n=stars_in_round)
        )
    if not 1 <= draft.max_per_day <= MAX_PER_DAY_LIMIT:
        problems.append(_("Stars per day must be from 1 to {high}.").format(high=MAX_PER_DAY_LIMIT))
    return problems


def history_line(finished: Round) -> str:
    """One history line in the current language: "Round 1: 20 stars, 12 Sep – 24 Oct"."""
    end = finished.finished_on or finished.started_on
    dates = [s.awarded_on for s in finished.stars]
    start = min([finished.started_on, *dates])
    end = max([end, *dates])
    period = format_date_range(start, end)
    return ngettext(
        "Round {number}: {count} star, {period}",
        "Round {number}: {count} stars, {period}",
        finished.count,
    ).format(number=finished.number, count=finished.count, period=period)


def star_date(day: dt.date) -> str:
    """A star's date, short enough to sit under it: "12. sep." in bokmål, "12 Sept" in English."""
    return babel_dates.format_skeleton("MMMd", day, locale=babel_locale())


def star_place_name(number: int, target: int, day: dt.date | None) -> str:
    """A star place as a screen reader says it: "Star 3 of 20: 14 November" or "… not earned
    yet" (the date in full, in the current language)."""
    if day is None:
        return _("Star {number} of {target}: not earned yet").format(number=number, target=target)
    date = babel_dates.format_skeleton("MMMMd", day, locale=babel_locale())
    return _("Star {number} of {target}: {date}").format(number=number, target=target, date=date)


def history_lines(rounds: Sequence[Round]) -> list[str]:
    """The history, newest round first."""
    return [history_line(r) for r in sorted(rounds, key=lambda r: -r.number)]


#: Shown when the award button is refused; marked here, translated where shown.
REFUSAL_MESSAGES: dict[Refusal, str] = {
    Refusal.ARCHIVED: N_("This star wall is archived."),
    Refusal.TARGET_REACHED: N_("The target is reached. Start a new round to earn more stars."),
    Refusal.DAILY_LIMIT: N_("That was today's star. The class can earn the next one tomorrow."),
}
