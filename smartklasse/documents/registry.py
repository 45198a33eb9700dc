"""Every printed document, in the order the Print dialog lists them.

To add a document: write its module in ``printing/`` (a renderer returning PDF
bytes and a title), give it a ``DocumentId`` member and, when it draws new data,
a data class in ``domain/documents.py``; then add one entry here: its options,
the fields asking for them, and a loader reading what it shows from storage.
The Print dialog and the contract test in ``tests/documents`` pick the entry up
from :data:`DOCUMENTS`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from smartklasse.documents.kind import (
    Choice,
    ChoiceField,
    DateField,
    DocumentKind,
    PrintSource,
    Special,
)
from smartklasse.domain import clock
from smartklasse.domain.advent import calendar_year
from smartklasse.domain.document_ids import DocumentId
from smartklasse.domain.documents import (
    AdventCalendarData,
    CardLayout,
    PageFormat,
    Paper,
    PracticeSummaryData,
    PupilProfileData,
    RecognitionPosterData,
    ReflectionSheetData,
    SlipsData,
    StarChartData,
    StrengthCardsData,
    StrengthSheet,
    StrengthSheetData,
    WheelPosterData,
)
from smartklasse.domain.log_filters import school_year_range
from smartklasse.i18n import N_, translate_in
from smartklasse.printing import (
    advent_calendar,
    practice_summary,
    pupil_profile,
    recognition_poster,
    reflection_sheet,
    smart_slips,
    star_chart,
    strength_cards,
    strength_sheets,
    wheel_poster,
)
from smartklasse.storage import advent, print_data, recognition_print
from smartklasse.storage import practice_summary as practice_data

A4_PORTRAIT = PageFormat(Paper.A4)
A4_LANDSCAPE = PageFormat(Paper.A4, landscape=True)


def _pupils(source: PrintSource, _lang: str) -> list[Choice]:
    return [Choice(p.id, p.name) for p in source.pupils]


def _wheels(source: PrintSource, lang: str) -> list[Choice]:
    return [Choice(w.id, w.name(lang)) for w in source.wheels]


def _strengths(source: PrintSource, lang: str) -> list[Choice]:
    return [Choice(s.id, s.name(lang)) for s in source.strengths]


def _fixed(*choices: tuple[object, str]) -> Callable[[PrintSource, str], list[Choice]]:
    """Choices that do not depend on the data: labels marked with ``N_``, translated on use."""

    def build(_source: PrintSource, lang: str) -> list[Choice]:
        return [Choice(value, translate_in(lang, label)) for value, label in choices]

    return build


# -- reflection sheets -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReflectionOptions:
    """The task (or a blank line for it), who the sheets are for, and the date on them."""

    task: str | Special
    who: str | Special
    date: dt.date


def _tasks(source: PrintSource, lang: str) -> list[Choice]:
    choices = [Choice(Special.BLANK, translate_in(lang, N_("No task (write it by hand)")))]
    for wheel in source.wheels:
        for index, task in enumerate(wheel.tasks, start=1):
            choices.append(Choice(task.id, f"{wheel.name(lang)} {index}: {task.text(lang)}"))
    return choices


def _who(source: PrintSource, lang: str) -> list[Choice]:
    return [
        Choice(
            Special.WHOLE_CLASS, translate_in(lang, N_("The whole class (one sheet per pupil)"))
        ),
        Choice(Special.BLANK, translate_in(lang, N_("Blank sheet (write the name by hand)"))),
        *_pupils(source, lang),
    ]


def _load_reflection(
    source: PrintSource, options: ReflectionOptions, lang: str
) -> ReflectionSheetData:
    pupil_ids: Sequence[str] | None
    if options.who is Special.BLANK:
        pupil_ids = None
    elif options.who is Special.WHOLE_CLASS:
        pupil_ids = [p.id for p in source.pupils]
    else:
        pupil_ids = [str(options.who)]
    return print_data.reflection_sheet_data(
        source.db,
        lang,
        task_id=options.task if isinstance(options.task, str) else None,
        pupil_ids=pupil_ids,
        # A blank sheet is filled in by hand, the date too.
        date=None if options.who is Special.BLANK else options.date,
        class_id=source.class_id,
    )


REFLECTION: DocumentKind[ReflectionOptions, ReflectionSheetData] = DocumentKind(
    id=DocumentId.REFLECTION,
    title=N_("Reflection sheets"),
    fields=(
        ChoiceField("task", N_("Task:"), N_("Task"), "task_combo", _tasks),
        ChoiceField("who", N_("For:"), N_("Who the sheets are for"), "who_combo", _who),
        DateField("date", N_("Date:"), N_("Date on the sheet"), "sheet_date", lambda today: today),
    ),
    options=ReflectionOptions,
    load=_load_reflection,
    document_title=reflection_sheet.title,
    render=reflection_sheet.reflection_sheets,
    page=lambda _data: A4_PORTRAIT,
)


# -- star chart --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StarChartOptions:
    """The star wall whose current round is printed, or a blank chart."""

    wall: str | Special


def _walls(source: PrintSource, lang: str) -> list[Choice]:
    return [
        *(Choice(wall.id, wall.goal) for wall in source.walls),
        Choice(Special.BLANK, translate_in(lang, N_("Blank chart (fill it in by hand)"))),
    ]


def _load_star_chart(
    source: PrintSource, options: StarChartOptions, _lang: str
) -> StarChartData | None:
    if isinstance(options.wall, Special):
        return None
    return print_data.star_chart_data(source.db, options.wall)


STAR_CHART: DocumentKind[StarChartOptions, StarChartData | None] = DocumentKind(
    id=DocumentId.STAR_CHART,
    title=N_("Star chart"),
    fields=(ChoiceField("wall", N_("Star wall:"), N_("Star wall to print"), "wall_combo", _walls),),
    options=StarChartOptions,
    load=_load_star_chart,
    document_title=star_chart.title,
    render=lambda data, lang, _progress: star_chart.star_chart(data, lang),
    page=lambda _data: A4_LANDSCAPE,
)


# -- strength sheets ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StrengthSheetOptions:
    """Which sheet, and the strength repeated on the one-strength sheet."""

    sheet: StrengthSheet
    strength: str | None


def _load_strength_sheet(
    source: PrintSource, options: StrengthSheetOptions, _lang: str
) -> StrengthSheetData:
    if options.sheet is StrengthSheet.ONE:
        chosen = [s for s in source.strengths if s.id == options.strength]
        # With no strength chosen, the first one (as the combo box shows it).
        return StrengthSheetData(StrengthSheet.ONE, tuple(chosen or source.strengths[:1]))
    return StrengthSheetData(options.sheet, source.strengths)


STRENGTHS: DocumentKind[StrengthSheetOptions, StrengthSheetData] = DocumentKind(
    id=DocumentId.STRENGTHS,
    title=N_("Strength sheets"),
    fields=(
        ChoiceField(
            "sheet",
            N_("Sheet:"),
            N_("Kind of strength sheet"),
            "strength_sheet_combo",
            _fixed(
                (StrengthSheet.ALL, N_("All strengths on one page")),
                (StrengthSheet.ONE, N_("One strength repeated (to cut out)")),
                (StrengthSheet.BLANK, N_("Blank strength cards")),
            ),
        ),
        ChoiceField("strength", N_("Strength:"), N_("Strength"), "strength_combo", _strengths),
    ),
    options=StrengthSheetOptions,
    load=_load_strength_sheet,
    document_title=strength_sheets.title,
    render=lambda data, lang, _progress: strength_sheets.strength_sheet(data, lang),
    page=lambda _data: A4_PORTRAIT,
)


# -- wheel poster ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WheelPosterOptions:
    """The wheel and the paper size."""

    wheel: str
    paper: Paper


def _load_wheel_poster(
    source: PrintSource, options: WheelPosterOptions, _lang: str
) -> WheelPosterData:
    wheel = next((w for w in source.wheels if w.id == options.wheel), source.wheels[0])
    return WheelPosterData(wheel, options.paper)


def _papers(_source: PrintSource, _lang: str) -> list[Choice]:
    return [Choice(paper, paper.value) for paper in Paper]


WHEEL: DocumentKind[WheelPosterOptions, WheelPosterData] = DocumentKind(
    id=DocumentId.WHEEL,
    title=N_("Wheel poster"),
    fields=(
        ChoiceField("wheel", N_("Wheel:"), N_("Wheel"), "wheel_combo", _wheels, required=True),
        ChoiceField("paper", N_("Paper:"), N_("Paper size"), "paper_combo", _papers),
    ),
    options=WheelPosterOptions,
    load=_load_wheel_poster,
    document_title=lambda data, lang: wheel_poster.title(data.wheel, lang),
    render=lambda data, lang, _progress: wheel_poster.wheel_poster(
        data.wheel, lang, data.paper.value
    ),
    page=lambda data: PageFormat(data.paper),
)


# -- a pupil's strength profile ----------------------------------------------------------------


@dataclass(frozen=True)
class ProfileOptions:
    """The pupil and the dates the profile covers (either order)."""

    pupil: str
    start: dt.date
    end: dt.date


def _load_profile(source: PrintSource, options: ProfileOptions, lang: str) -> PupilProfileData:
    start, end = min(options.start, options.end), max(options.start, options.end)
    data = print_data.pupil_profile_data(source.db, options.pupil, start, end, lang)
    cards = recognition_print.cards_given(source.db, options.pupil, start, end)
    return dataclasses.replace(data, cards=cards)


PROFILE: DocumentKind[ProfileOptions, PupilProfileData] = DocumentKind(
    id=DocumentId.PROFILE,
    title=N_("Pupil's strength profile"),
    fields=(
        ChoiceField(
            "pupil",
            N_("Pupil:"),
            N_("Pupil"),
            "profile_pupil_combo",
            _pupils,
            required=True,
            takes_pupil=True,
        ),
        DateField(
            "start",
            N_("From:"),
            N_("From"),
            "profile_from",
            lambda today: school_year_range(today)[0],
        ),
        DateField("end", N_("To:"), N_("To"), "profile_to", lambda today: today),
    ),
    options=ProfileOptions,
    load=_load_profile,
    document_title=pupil_profile.title,
    render=lambda data, lang, _progress: pupil_profile.pupil_profile(data, lang),
    page=lambda _data: A4_PORTRAIT,
)


# -- advent calendar and its daily slips -------------------------------------------------------


@dataclass(frozen=True)
class AdventOptions:
    """The calendar printed (this year's December)."""

    calendar: str


def _calendars(source: PrintSource, lang: str) -> list[Choice]:
    return [Choice(c.id, c.name(lang)) for c in advent.list_calendars(source.db)]


def _load_advent(source: PrintSource, options: AdventOptions, lang: str) -> AdventCalendarData:
    return advent.print_data(source.db, options.calendar, calendar_year(clock.today()), lang)


_CALENDAR_FIELD = ChoiceField(
    "calendar",
    N_("Calendar:"),
    N_("Advent calendar"),
    "advent_calendar_combo",
    _calendars,
    required=True,
)

ADVENT_CALENDAR: DocumentKind[AdventOptions, AdventCalendarData] = DocumentKind(
    id=DocumentId.ADVENT_CALENDAR,
    title=N_("Advent calendar"),
    fields=(_CALENDAR_FIELD,),
    options=AdventOptions,
    load=_load_advent,
    document_title=advent_calendar.calendar_title,
    render=lambda data, lang, _progress: advent_calendar.advent_calendar(data, lang),
    page=lambda _data: A4_PORTRAIT,
)

ADVENT_SLIPS: DocumentKind[AdventOptions, AdventCalendarData] = DocumentKind(
    id=DocumentId.ADVENT_SLIPS,
    title=N_("Advent calendar: daily slips"),
    fields=(_CALENDAR_FIELD,),
    options=AdventOptions,
    load=_load_advent,
    document_title=advent_calendar.slips_title,
    render=lambda data, lang, _progress: advent_calendar.advent_slips(data, lang),
    page=lambda _data: A4_PORTRAIT,
)


# -- practice summary --------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryOptions:
    """The period the summary covers (either order); reflections and notes are the class's."""

    start: dt.date
    end: dt.date


def _load_summary(source: PrintSource, options: SummaryOptions, lang: str) -> PracticeSummaryData:
    start, end = min(options.start, options.end), max(options.start, options.end)
    if not source.class_id:
        return PracticeSummaryData(class_name="", start=start, end=end)
    return practice_data.summary_data(source.db, source.class_id, start, end, lang)


PRACTICE_SUMMARY: DocumentKind[SummaryOptions, PracticeSummaryData] = DocumentKind(
    id=DocumentId.PRACTICE_SUMMARY,
    title=N_("Practice summary"),
    fields=(
        DateField(
            "start", N_("From:"), N_("From"), "summary_from", lambda t: t - dt.timedelta(days=90)
        ),
        DateField("end", N_("To:"), N_("To"), "summary_to", lambda today: today),
    ),
    options=SummaryOptions,
    load=_load_summary,
    document_title=practice_summary.title,
    render=lambda data, lang, _progress: practice_summary.practice_summary(data, lang),
    page=lambda _data: A4_PORTRAIT,
)


# -- recognition: the pupil of the week's poster, strength cards, SMART slips -----------------


@dataclass(frozen=True)
class PosterOptions:
    """The pupil and a day of the week the poster is for."""

    pupil: str
    week: dt.date


def _load_poster(source: PrintSource, options: PosterOptions, _lang: str) -> RecognitionPosterData:
    return recognition_print.poster_data(source.db, options.pupil, options.week)


RECOGNITION_POSTER: DocumentKind[PosterOptions, RecognitionPosterData] = DocumentKind(
    id=DocumentId.RECOGNITION_POSTER,
    title=N_("Pupil of the week poster"),
    fields=(
        ChoiceField(
            "pupil",
            N_("Pupil:"),
            N_("Pupil"),
            "poster_pupil_combo",
            _pupils,
            required=True,
            takes_pupil=True,
        ),
        DateField("week", N_("Week:"), N_("A day in the week"), "poster_week", lambda t: t),
    ),
    options=PosterOptions,
    load=_load_poster,
    document_title=recognition_poster.title,
    render=lambda data, lang, _progress: recognition_poster.recognition_poster(data, lang),
    page=lambda _data: A4_PORTRAIT,
)


@dataclass(frozen=True)
class CardsOptions:
    """Whose cards (one pupil or the whole class) and how they are laid out."""

    who: str | Special
    layout: CardLayout


def _class_or_pupil(source: PrintSource, lang: str) -> list[Choice]:
    return [
        Choice(Special.WHOLE_CLASS, translate_in(lang, N_("The whole class"))),
        *_pupils(source, lang),
    ]


def _load_cards(source: PrintSource, options: CardsOptions, _lang: str) -> StrengthCardsData:
    if source.class_id is None:
        return StrengthCardsData((), options.layout)
    pupil = None if isinstance(options.who, Special) else options.who
    return recognition_print.cards_data(source.db, source.class_id, pupil, options.layout)


STRENGTH_CARDS: DocumentKind[CardsOptions, StrengthCardsData] = DocumentKind(
    id=DocumentId.STRENGTH_CARDS,
    title=N_("Strength cards with a reason"),
    fields=(
        ChoiceField(
            "who",
            N_("For:"),
            N_("Whose cards"),
            "cards_who_combo",
            _class_or_pupil,
            takes_pupil=True,
        ),
        ChoiceField(
            "layout",
            N_("Layout:"),
            N_("Card layout"),
            "cards_layout_combo",
            _fixed(
                (CardLayout.DUPLEX, N_("Both sides (fronts, then backs)")),
                (CardLayout.SINGLE, N_("One side (front and back side by side, to fold)")),
            ),
        ),
    ),
    options=CardsOptions,
    load=_load_cards,
    document_title=strength_cards.title,
    render=lambda data, lang, _progress: strength_cards.strength_cards(data, lang),
    page=lambda _data: A4_PORTRAIT,
)


@dataclass(frozen=True)
class SlipsOptions:
    """Who the slips are for."""

    who: str | Special


def _load_slips(source: PrintSource, options: SlipsOptions, _lang: str) -> SlipsData:
    if options.who is Special.BLANK:
        return recognition_print.slips_data(source.db, source.class_id, None)
    if options.who is Special.WHOLE_CLASS:
        ids = [p.id for p in source.pupils]
    else:
        ids = [str(options.who)]
    return recognition_print.slips_data(source.db, source.class_id, ids)


SLIPS: DocumentKind[SlipsOptions, SlipsData] = DocumentKind(
    id=DocumentId.SLIPS,
    title=N_("SMART slips"),
    fields=(ChoiceField("who", N_("For:"), N_("Who the slips are for"), "slips_who_combo", _who),),
    options=SlipsOptions,
    load=_load_slips,
    document_title=smart_slips.title,
    render=lambda data, lang, _progress: smart_slips.smart_slips(data, lang),
    page=lambda _data: A4_PORTRAIT,
)


#: Every printed document, in the order the Print dialog lists them.
DOCUMENTS: tuple[DocumentKind[Any, Any], ...] = (
    REFLECTION,
    STAR_CHART,
    STRENGTHS,
    WHEEL,
    PROFILE,
    ADVENT_CALENDAR,
    ADVENT_SLIPS,
    PRACTICE_SUMMARY,
    RECOGNITION_POSTER,
    STRENGTH_CARDS,
    SLIPS,
)


def document(document_id: DocumentId) -> DocumentKind[Any, Any]:
    """The registered document with this id."""
    return next(kind for kind in DOCUMENTS if kind.id is document_id)
