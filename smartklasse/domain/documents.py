"""The plain data each printed document shows (built by storage, drawn by printing).

The data is built by ``storage.print_data`` and drawn by ``printing``; it lives here so
that neither of those two layers has to import the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from smartklasse.domain.strengths import Strength


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
