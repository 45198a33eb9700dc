"""The shape of a registered printed document and of the options it asks for."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlite_utils import Database

from smartklasse.domain import clock
from smartklasse.domain.document_ids import DocumentId
from smartklasse.domain.documents import PageFormat
from smartklasse.domain.strengths import Strength
from smartklasse.domain.wheels import Wheel
from smartklasse.printing.common import Progress
from smartklasse.storage import catalogue, classes, print_data
from smartklasse.storage.classes import Pupil
from smartklasse.storage.print_data import StarWallChoice

OptionsT = TypeVar("OptionsT")
DataT = TypeVar("DataT")


class Special(enum.Enum):
    """Choices that stand for no stored item."""

    #: A blank sheet or chart, filled in by hand.
    BLANK = "blank"
    #: One sheet for each pupil of the class.
    WHOLE_CLASS = "whole_class"


@dataclass(frozen=True)
class Choice:
    """One item of a choice: the value the options get and its label (already translated)."""

    value: object
    label: str


@dataclass(frozen=True)
class PrintSource:
    """What the options choose from, read once when the Print dialog opens."""

    db: Database
    class_id: str | None
    #: The active class's name ("" without one), for file names.
    class_name: str
    pupils: tuple[Pupil, ...]
    wheels: tuple[Wheel, ...]
    strengths: tuple[Strength, ...]
    walls: tuple[StarWallChoice, ...]


def _class_name(db: Database, class_id: str | None) -> str:
    found = classes.get_class(db, class_id) if class_id else None
    return found.name if found else ""


def load_source(db: Database, class_id: str | None) -> PrintSource:
    """The active class's pupils and star walls and the catalogue's wheels and strengths."""
    return PrintSource(
        db=db,
        class_id=class_id,
        class_name=_class_name(db, class_id),
        pupils=tuple(classes.list_pupils(db, class_id)) if class_id else (),
        wheels=tuple(catalogue.list_wheels(db)),
        strengths=tuple(catalogue.list_strengths(db)),
        walls=tuple(print_data.list_star_walls(db, class_id)) if class_id else (),
    )


@dataclass(frozen=True)
class ChoiceField:
    """An option picked from a list (a combo box in the dialog)."""

    #: The field of the document's options this fills in.
    name: str
    #: Form label and accessible name, marked with ``N_``.
    label: str
    accessible: str
    object_name: str
    choices: Callable[[PrintSource, str], Sequence[Choice]]
    #: Without any choice here there is nothing to print.
    required: bool = False
    #: A pupil handed to the dialog (a profile opened from the log) is chosen here.
    takes_pupil: bool = False


@dataclass(frozen=True)
class DateField:
    """An option that is a date (a date edit in the dialog)."""

    name: str
    label: str
    accessible: str
    object_name: str
    #: The date shown first, from today's date.
    default: Callable[[dt.date], dt.date]


Field = ChoiceField | DateField


def file_stem(title: str, class_name: str, today: dt.date) -> str:
    """A saved file's name: the title, the class unless the title names it, and the day."""
    parts = [title]
    if class_name and class_name not in title:
        parts.append(class_name)
    parts.append(today.isoformat())
    return " ".join(parts)


@dataclass(frozen=True)
class Job:
    """A document ready to draw: its title, page format and how to draw it (slow: off the UI)."""

    title: str
    page: PageFormat
    draw: Callable[[Progress], bytes]
    #: What the saved file is called, without ".pdf": what, for whom and when.
    file_stem: str = ""


@dataclass(frozen=True)
class DocumentKind(Generic[OptionsT, DataT]):
    """A printed document: its id, title, options, loader (storage) and renderer (printing)."""

    id: DocumentId
    #: Its name in the Print dialog's list, marked with ``N_``.
    title: str
    #: How the dialog asks for the options, one field per field of ``options``.
    fields: tuple[Field, ...]
    #: The typed options, built from the fields' values by name.
    options: Callable[..., OptionsT]
    #: Reads what the document shows (fast: runs on the UI thread).
    load: Callable[[PrintSource, OptionsT, str], DataT]
    #: The document's own title in a language (preview window, file name, PDF metadata).
    document_title: Callable[[DataT, str], str]
    #: Draws the document as PDF bytes in a language, reporting progress.
    render: Callable[[DataT, str, Progress], bytes]
    #: The paper and orientation the document is printed on.
    page: Callable[[DataT], PageFormat]

    def job(
        self,
        source: PrintSource,
        values: Mapping[str, object],
        lang: str,
        today: dt.date | None = None,
    ) -> Job | None:
        """The document for the options' values in ``lang``; None when there is nothing to print.

        ``values`` maps each field's name to its value (None for an empty choice).
        """
        required = (f for f in self.fields if isinstance(f, ChoiceField) and f.required)
        if any(values.get(f.name) is None for f in required):
            return None
        data = self.load(source, self.options(**values), lang)

        def draw(progress: Progress) -> bytes:
            return self.render(data, lang, progress)

        title = self.document_title(data, lang)
        return Job(
            title,
            self.page(data),
            draw,
            file_stem(title, source.class_name, today or clock.today()),
        )
