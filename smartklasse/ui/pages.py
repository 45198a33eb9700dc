"""The pages of the main window, in navigation order: one typed entry each.

Each entry's factory imports its feature package when the page is first
opened, so only the first page shown is imported at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from smartklasse.i18n import N_, _
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext
from smartklasse.ui.page import Page


class PageKey(StrEnum):
    """The pages of the main window."""

    WHEEL = "wheel"
    STRENGTHS = "strengths"
    STAR_WALL = "starwall"
    LOG = "log"
    CLASS = "class"
    YEAR = "year"
    RECOGNITION = "recognition"


@dataclass(frozen=True)
class PageEntry:
    """One entry of the navigation."""

    key: PageKey
    title: str  # marked with N_, translated when shown
    icon: str  # file name in resources/icons
    factory: Callable[[AppContext], Page]
    teacher_only: bool = False  # in pupil mode the page asks for the PIN

    def translated_title(self) -> str:
        """The page's title in the current language."""
        return _(self.title)

    def create(self, context: AppContext) -> Page:
        """Build the page widget."""
        page = self.factory(context)
        page.setObjectName(f"page_{self.key}")
        if not self.teacher_only:
            widgets.for_pupils(page)  # pupils tap what is on it at the board
        return page


def _wheel(context: AppContext) -> Page:
    from smartklasse.ui.wheel.page import WheelPage

    return WheelPage(context)


def _strengths(context: AppContext) -> Page:
    from smartklasse.ui.strengths.page import StrengthsPage

    return StrengthsPage(context)


def _star_wall(context: AppContext) -> Page:
    from smartklasse.ui.star_wall.page import StarWallPage

    return StarWallPage(context)


def _log(context: AppContext) -> Page:
    from smartklasse.ui.log.page import LogPage

    return LogPage(context)


def _class(context: AppContext) -> Page:
    from smartklasse.ui.classes.page import ClassPage

    return ClassPage(context)


def _year(context: AppContext) -> Page:
    from smartklasse.ui.year.page import YearPage

    return YearPage(context)


def _recognition(context: AppContext) -> Page:
    from smartklasse.ui.recognition.page import RecognitionPage

    return RecognitionPage(context)


PAGES: tuple[PageEntry, ...] = (
    PageEntry(PageKey.WHEEL, N_("The wheel"), "wheel.svg", _wheel),
    PageEntry(PageKey.STRENGTHS, N_("Strengths"), "strengths.svg", _strengths),
    PageEntry(PageKey.STAR_WALL, N_("Star wall"), "starwall.svg", _star_wall),
    PageEntry(PageKey.LOG, N_("Log"), "log.svg", _log, teacher_only=True),
    PageEntry(PageKey.CLASS, N_("Class"), "class.svg", _class, teacher_only=True),
    PageEntry(PageKey.YEAR, N_("The year"), "year.svg", _year),
    PageEntry(PageKey.RECOGNITION, N_("Recognition"), "recognition.svg", _recognition),
)


def page_entry(key: str) -> PageEntry:
    """The registry entry for ``key``."""
    return next(entry for entry in PAGES if entry.key == key)
