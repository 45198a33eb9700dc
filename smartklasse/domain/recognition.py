"""Recognition (anerkjennelse): the pupil of the week, what others saw, and strength cards.

The pupil of the week follows a fair order: over a school year everyone has a
turn once before anyone has a second. A pupil whose turn it is but who is away
this week is skipped and simply stays first in line; a swap gives the week to
another pupil whose turn it also is. Nothing ranks and nothing negative exists.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

#: Longest sentence kept with a recognition, in characters ("Du hjalp meg med matten").
MAX_SENTENCE_LENGTH = 140
#: Longest reason kept on a strength card, in characters.
MAX_REASON_LENGTH = 300


class GiverKind(enum.Enum):
    """Who saw the strength: a classmate or an adult. The giver's name is never stored."""

    PUPIL = "pupil"
    ADULT = "adult"


#: How many strengths a FOKUS shows: a few, so each one is seen.
FOCUS_MIN = 2
FOCUS_MAX = 4

#: Quotation marks per language: Norwegian uses «guillemets», English “curly quotes”.
QUOTES = {"en": ("“", "”")}


def quoted(sentence: str, lang: str) -> str:
    """A sentence someone said, in the quotation marks of ``lang``."""
    opening, closing = QUOTES.get(lang, ("«", "»"))
    return f"{opening}{sentence}{closing}"


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week (a weekend belongs to the week that just ended)."""
    return day - dt.timedelta(days=day.weekday())


def turn_counts(pupil_ids: Sequence[str], turns: Sequence[str]) -> Counter[str]:
    """How many weeks each of ``pupil_ids`` has had; turns of others (pupils gone) are ignored."""
    counts: Counter[str] = Counter({pid: 0 for pid in pupil_ids})
    for pid in turns:
        if pid in counts:
            counts[pid] += 1
    return counts


def due_pupils(pupil_ids: Sequence[str], turns: Sequence[str]) -> list[str]:
    """The pupils whose turn it is (fewest weeks so far), in class order."""
    if not pupil_ids:
        return []
    counts = turn_counts(pupil_ids, turns)
    fewest = min(counts.values())
    return [pid for pid in pupil_ids if counts[pid] == fewest]


def next_pupil(
    pupil_ids: Sequence[str], turns: Sequence[str], away: Collection[str] = ()
) -> str | None:
    """The pupil of the week: the first in class order whose turn it is and who is not away.

    ``turns`` are the pupils of the earlier weeks of the school year. None when
    everyone whose turn it is is away: the week waits rather than giving anyone
    a second turn before the others have had their first.
    """
    return next((pid for pid in due_pupils(pupil_ids, turns) if pid not in away), None)


@dataclass(frozen=True)
class Recognition:
    """A strength someone saw in the pupil of the week, with a short sentence."""

    id: str
    pupil_id: str
    week: dt.date
    strength_id: str
    sentence: str
    giver: GiverKind
    created_at: str


@dataclass(frozen=True)
class StrengthCard:
    """A card the teacher gave a pupil: a strength, the reason and the date."""

    id: str
    pupil_id: str
    strength_id: str
    reason: str
    given_on: dt.date


@dataclass(frozen=True)
class PupilWeek:
    """A class's week: its pupil (None when the week waits) and whether the board names them."""

    class_id: str
    week: dt.date
    pupil_id: str | None
    show_name: bool
