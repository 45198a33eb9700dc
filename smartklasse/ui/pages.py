"""The pages of the main window, in navigation order.

A page is named by its module path so only the first page shown is imported
at start-up; the others load when first opened.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from smartklasse.i18n import N_, _
from smartklasse.ui.context import AppContext
from smartklasse.ui.page import Page, PlaceholderPage

_UI = "smartklasse.ui"


@dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation."""

    key: str
    title: str  # marked with N_, translated when shown
    icon: str  # file name in resources/icons
    factory: str  # "module:Class", or "" for a placeholder

    def translated_title(self) -> str:
        """The page's title in the current language."""
        return _(self.title)

    def create(self, context: AppContext) -> Page:
        """Build the page widget."""
        if not self.factory:
            page: Page = PlaceholderPage(context, self.translated_title())
        else:
            module_name, class_name = self.factory.split(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(context)
        page.setObjectName(f"page_{self.key}")
        return page


PAGES: tuple[PageSpec, ...] = (
    PageSpec("wheel", N_("The wheel"), "wheel.svg", f"{_UI}.wheel_page:WheelPage"),
    PageSpec("strengths", N_("Strengths"), "strengths.svg", f"{_UI}.strengths_page:StrengthsPage"),
    PageSpec("starwall", N_("Star wall"), "starwall.svg", f"{_UI}.star_wall_page:StarWallPage"),
    PageSpec("log", N_("Log"), "log.svg", f"{_UI}.log_page:LogPage"),
    PageSpec("class", N_("Class"), "class.svg", f"{_UI}.class_page:ClassPage"),
)
