"""Året (the SMART year): the advent calendar, the game library and the practice summary."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from smartklasse.domain.document_ids import DocumentId
from smartklasse.i18n import _
from smartklasse.storage import advent
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext
from smartklasse.ui.page import Page
from smartklasse.ui.style import scaled
from smartklasse.ui.year.calendar_editor import CalendarEditor
from smartklasse.ui.year.calendar_view import CalendarView
from smartklasse.ui.year.games_view import GamesView
from smartklasse.ui.year.summary_view import SummaryView

#: What each section prints first (Ctrl+P).
SECTION_DOCUMENTS = (DocumentId.ADVENT_CALENDAR, None, DocumentId.PRACTICE_SUMMARY)


class YearPage(Page):
    """Three sections behind large toggles: advent calendar, games, practice summary."""

    print_kind: DocumentId | None = DocumentId.ADVENT_CALENDAR

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.calendar_view = CalendarView(context, self)
        self.games_view = GamesView(context, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.calendar_view)
        self.stack.addWidget(self.games_view)
        self.summary_view = self._summary(context)
        self.stack.addWidget(self.summary_view)
        self.section_group = QButtonGroup(self)
        tabs = QHBoxLayout()
        for index, (text, name) in enumerate(
            (
                (_("Advent calendar"), "year_section_calendar"),
                (_("Games and exercises"), "year_section_games"),
                (_("Practice summary"), "year_section_summary"),
            )
        ):
            toggle = widgets.chip(text, self, name)
            self.section_group.addButton(toggle, index)
            tabs.addWidget(toggle)
        tabs.addStretch(1)
        self.section_group.idClicked.connect(self.show_section)
        self.calendar_view.game_requested.connect(self.play_game)
        self.calendar_view.edit_requested.connect(self.edit_calendar)
        layout = QVBoxLayout(self)
        pad = scaled(16)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.addLayout(tabs)
        layout.addWidget(self.stack, 1)
        self.show_section(0)

    def _summary(self, context: AppContext) -> SummaryView:
        view = SummaryView(context, self)
        view.print_requested.connect(self.print_current)
        return view

    def show_section(self, index: int) -> None:
        """Show the calendar (0), the games (1) or the practice summary (2)."""
        button = self.section_group.button(index)
        if button is not None:
            button.setChecked(True)
        self.stack.setCurrentIndex(index)
        self.print_kind = SECTION_DOCUMENTS[index]

    def on_shown(self) -> None:
        """Doors follow the clock: lay them out again each time the page is shown."""
        self.calendar_view.refresh()

    def play_game(self, game_id: str) -> None:
        """Open a door's game full screen."""
        self.show_section(1)
        self.games_view.choose(game_id)
        self.games_view.play_current()

    def edit_calendar(self, calendar_id: str) -> None:
        """Open the calendar editor (asks for the PIN in pupil mode)."""
        calendar = advent.get_calendar(self.context.db, calendar_id)
        if calendar is None or not self.context.require_teacher(self):
            return
        CalendarEditor(self.context, calendar, self).exec()
