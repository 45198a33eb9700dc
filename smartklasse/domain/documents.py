"""The printed documents: their ids, page formats and the plain data each one shows.

The data is built by ``storage.print_data`` and drawn by ``printing``; it lives here so
that neither of those two layers has to import the other. The registry joining the
two is ``smartklasse.documents``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from smartklasse.domain.strengths import Strength
from smartklasse.domain.wheels import Wheel


class Paper(enum.Enum):
    """The paper sizes a document can be printed on."""

    A4 = "A4"
    A3 = "A3"


@dataclass(frozen=True)
class PageFormat:
    """A paper size and its orientation."""

    paper: Paper = Paper.A4
    landscape: bool = False

    def __str__(self) -> str:
        return f"{self.paper.value} {'landscape' if self.landscape else 'portrait'}"


class StrengthSheet(enum.Enum):
    """The three kinds of strength sheet."""

    ALL = "all"
    ONE = "one"
    BLANK = "blank"


@dataclass(frozen=True)
class ReflectionTask:
    """The task a reflection sheet is about, with its wheel's colour and name."""

    text: str
    wheel_colour: str
    wheel_name: str = ""


@dataclass(frozen=True)
class ReflectionSheetData:
    """One reflection sheet per name; ``None`` in ``pupils`` means a line to write a name."""

    task: ReflectionTask | None
    strengths: tuple[Strength, ...]
    pupils: tuple[str | None, ...] = (None,)
    date: dt.date | None = None
    class_name: str = ""


@dataclass(frozen=True)
class StarChartData:
    """A star wall's current round; ``stars`` are the dates of the stars earned."""

    goal: str
    strengths: tuple[Strength, ...]
    target: int
    stars: tuple[dt.date, ...] = ()
    started_on: dt.date | None = None
    finished_on: dt.date | None = None
    class_name: str = ""
    round_number: int = 1


@dataclass(frozen=True)
class StrengthSheetData:
    """A strength sheet: every strength, one strength repeated, or blank cards."""

    sheet: StrengthSheet
    strengths: tuple[Strength, ...] = ()


@dataclass(frozen=True)
class WheelPosterData:
    """A wheel to draw as a poster, on the paper chosen."""

    wheel: Wheel
    paper: Paper = Paper.A4


@dataclass(frozen=True)
class CompletedTask:
    """One task a pupil took part in, with what they wrote afterwards."""

    date: dt.date
    text: str
    wheel_colour: str
    strength_ids: tuple[str, ...] = ()
    reflection_me: str = ""
    reflection_others: str = ""


@dataclass(frozen=True)
class PupilProfileData:
    """A pupil's strengths and tasks in a date range, for the development conversation."""

    pupil_name: str
    class_name: str
    start: dt.date
    end: dt.date
    strengths: tuple[Strength, ...]
    tasks: tuple[CompletedTask, ...] = ()
    strength_counts: Mapping[str, int] = field(default_factory=dict)
    #: The strength cards given to the pupil in the date range.
    cards: tuple[GivenCard, ...] = ()


@dataclass(frozen=True)
class AdventDoorText:
    """One door as printed: its number, its day and the text behind it."""

    number: int
    day: dt.date
    text: str


@dataclass(frozen=True)
class AdventCalendarData:
    """An advent calendar as printed: doors in the calendar's order (standard or mixed)."""

    name: str
    year: int
    colour: str
    doors: tuple[AdventDoorText, ...] = ()
    credit: str = ""


@dataclass(frozen=True)
class Counted:
    """Something the class did, how often, and its colour on the chart."""

    label: str
    count: int
    colour: str = "#757575"


@dataclass(frozen=True)
class StarRoundSummary:
    """A star-wall round that had stars in the period."""

    goal: str
    number: int
    stars: int
    target: int
    finished_on: dt.date | None = None


@dataclass(frozen=True)
class ChosenReflection:
    """A reflection the teacher picked; ``who`` is empty when names are left out."""

    date: dt.date
    task: str
    text: str
    who: str = ""


@dataclass(frozen=True)
class PracticeSummaryData:
    """What a class worked on in a period, for the teacher's practice log."""

    class_name: str
    start: dt.date
    end: dt.date
    entries: int = 0
    tasks: tuple[Counted, ...] = ()
    strengths: tuple[Counted, ...] = ()
    star_rounds: tuple[StarRoundSummary, ...] = ()
    games: tuple[Counted, ...] = ()
    calendars: tuple[Counted, ...] = ()
    reflections: tuple[ChosenReflection, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class SeenStrength:
    """A strength others saw in the pupil of the week, with every sentence written about it."""

    strength: Strength
    #: How many times it was seen (a recognition may come without a sentence).
    count: int = 1
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecognitionPosterData:
    """The pupil of the week's poster: every strength seen and every sentence, no giver names."""

    pupil_name: str
    class_name: str
    week: dt.date
    seen: tuple[SeenStrength, ...] = ()


class CardLayout(enum.Enum):
    """How strength cards are printed: fronts and backs on two sides, or side by side."""

    DUPLEX = "duplex"
    SINGLE = "single"


@dataclass(frozen=True)
class GivenCard:
    """A strength card to print: front (strength), back (reason, date, name)."""

    strength: Strength
    reason: str
    given_on: dt.date
    pupil_name: str


@dataclass(frozen=True)
class StrengthCardsData:
    """The cards to print and the layout."""

    cards: tuple[GivenCard, ...]
    layout: CardLayout = CardLayout.DUPLEX


@dataclass(frozen=True)
class SlipsData:
    """SMARTlappen: one slip per name, for classmates to write something positive."""

    names: tuple[str, ...]
    class_name: str = ""
