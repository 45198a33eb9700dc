"""The advent calendar on the board: doors on the left, the chosen door open large on the right.

Which doors open is decided by :mod:`smartklasse.domain.advent` from the app's clock each
time the view is drawn; a door for a future day is disabled, whatever happened before.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain import clock
from smartklasse.domain.advent import (
    KIND_COLOURS,
    Calendar,
    Door,
    DoorDays,
    DoorOrder,
    calendar_year,
    doors,
    is_open,
    todays_door,
)
from smartklasse.i18n import _, current_language, format_date
from smartklasse.storage import advent, games
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.style import TOUCH_TARGET, scaled

CLOSED = "#9E9E9E"
TODAY_RING = "#F2B705"


def _door_style(colour: str, today: bool) -> str:
    ring = f"border: {scaled(8)}px solid {TODAY_RING};" if today else "border: none;"
    checked = TODAY_RING if today else "#1A1A1A"
    return (
        f"QPushButton {{ background: {colour}; color: white; {ring} "
        f"border-radius: {scaled(14)}px; font-weight: 700; }}"
        f"QPushButton:checked {{ border: {scaled(8)}px solid {checked}; }}"
        f"QPushButton:disabled {{ background: #E0E0E0; color: {CLOSED}; "
        f"border: {scaled(2)}px dashed {CLOSED}; }}"
    )


class CalendarView(QWidget):
    """Chooses a calendar, lays out its doors and shows the chosen door's task or game."""

    #: A door's game is to be played: the argument is the game's id.
    game_requested = Signal(str)
    #: The teacher wants to edit the calendar shown.
    edit_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("advent_view")
        self.calendars: list[Calendar] = []
        self.door_buttons: dict[dt.date, QPushButton] = {}
        self.shown_door: Door | None = None
        self.door_group = QButtonGroup(self)
        self.door_group.setExclusive(True)

        self.calendar_combo = QComboBox(self)
        self.calendar_combo.setObjectName("advent_calendar_combo")
        self.calendar_combo.setAccessibleName(_("Choose an advent calendar"))
        self.calendar_combo.setMinimumHeight(TOUCH_TARGET)
        self.calendar_combo.activated.connect(lambda _i: self.refresh())
        self.order_button = widgets.button("", self, "advent_order", slot=self._toggle_order)
        self.days_button = widgets.button("", self, "advent_days", slot=self._toggle_days)
        self.edit_button = widgets.button(
            _("Edit calendar…"),
            self,
            "advent_edit",
            slot=self._request_edit,
        )
        top = QHBoxLayout()
        top.addWidget(self.calendar_combo, 2)
        top.addWidget(self.order_button)
        top.addWidget(self.days_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("advent_title")
        self.title_label.setFont(widgets.bigger(self.font(), 2.0))
        self.grid_widget = QWidget(self)
        self.grid_widget.setObjectName("advent_doors")
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setSpacing(scaled(12))

        self.door_panel = QWidget(self)
        self.door_panel.setObjectName("advent_open_door")
        self.door_panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.door_number = QLabel(self.door_panel)
        self.door_number.setObjectName("advent_door_number")
        self.door_number.setFont(widgets.bigger(self.font(), 5.0))
        self.door_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.door_date = QLabel(self.door_panel)
        self.door_date.setObjectName("advent_door_date")
        self.door_date.setFont(widgets.bigger(self.font(), 1.4, bold=False))
        self.door_date.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.door_text = QLabel(self.door_panel)
        self.door_text.setObjectName("advent_door_text")
        self.door_text.setFont(widgets.bigger(self.font(), 2.4))
        self.door_text.setWordWrap(True)
        self.door_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.play_button = widgets.button(
            _("Play the game"), self.door_panel, "advent_play", slot=self._play
        )
        self.play_button.setFont(widgets.bigger(self.font(), 1.4))
        panel = QVBoxLayout(self.door_panel)
        panel.setContentsMargins(scaled(32), scaled(24), scaled(32), scaled(24))
        panel.addStretch(1)
        panel.addWidget(self.door_number)
        panel.addWidget(self.door_date)
        panel.addSpacing(scaled(24))
        panel.addWidget(self.door_text)
        panel.addSpacing(scaled(24))
        panel.addWidget(self.play_button, 0, Qt.AlignmentFlag.AlignHCenter)
        panel.addStretch(2)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.title_label)
        left.addWidget(self.grid_widget, 1)
        body.addLayout(left, 3)
        body.addWidget(self.door_panel, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _request_edit(self) -> None:
        calendar = self.current()
        if calendar is not None:
            self.edit_requested.emit(calendar.id)

    # -- data ----------------------------------------------------------------------------------
    def current(self) -> Calendar | None:
        """The calendar shown."""
        index = self.calendar_combo.currentIndex()
        return self.calendars[index] if 0 <= index < len(self.calendars) else None

    def reload(self) -> None:
        """Read the calendars again and show the one chosen before (or the first)."""
        shown = self.current()
        chosen = shown.id if shown else ""
        lang = current_language()
        self.calendars = advent.list_calendars(self.context.db)
        self.calendar_combo.blockSignals(True)
        self.calendar_combo.clear()
        for calendar in self.calendars:
            self.calendar_combo.addItem(calendar.name(lang), calendar.id)
        index = next((i for i, c in enumerate(self.calendars) if c.id == chosen), 0)
        self.calendar_combo.setCurrentIndex(index)
        self.calendar_combo.blockSignals(False)
        self.refresh()

    def _on_data_changed(self, topic: Topic) -> None:
        if topic in (Topic.CALENDARS, Topic.GAMES):
            self.reload()

    # -- the doors -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Lay out the doors by today's date and open today's door (or the latest open one)."""
        calendar = self.current()
        for button in self.door_buttons.values():
            self.door_group.removeButton(button)
            self.grid.removeWidget(button)
            button.deleteLater()
        self.door_buttons = {}
        if calendar is None:
            self.show_door(None)
            return
        lang = current_language()
        today = clock.today()
        year = calendar_year(today)
        self.title_label.setText(f"{calendar.name(lang)} {year}")
        self.order_button.setText(
            _("Doors mixed") if calendar.order is DoorOrder.SHUFFLED else _("Doors in order")
        )
        self.days_button.setText(
            _("1–24 December") if calendar.days is DoorDays.ALL else _("School days")
        )
        laid_out = doors(calendar, year)
        columns = 6 if len(laid_out) > 16 else 4
        colour = KIND_COLOURS[calendar.kind]
        size = scaled(round(TOUCH_TARGET * 1.6))
        for index, door in enumerate(laid_out):
            button = QPushButton(str(door.number), self.grid_widget)
            button.setObjectName(f"advent_door_{door.number}")
            button.setCheckable(True)
            button.setMinimumSize(size, size)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setFont(widgets.bigger(self.font(), 2.2))
            opened = is_open(door, today)
            button.setEnabled(opened)
            button.setAccessibleName(_("Door {n}").format(n=door.number))
            if not opened:
                button.setToolTip(_("Opens on {date}").format(date=format_date(door.day, "long")))
            button.setStyleSheet(_door_style(colour, door.day == today))
            button.clicked.connect(lambda _c=False, d=door: self.show_door(d))
            self.door_group.addButton(button)
            self.grid.addWidget(button, index // columns, index % columns)
            self.door_buttons[door.day] = button
        opened_doors = sorted((d for d in laid_out if is_open(d, today)), key=lambda d: d.day)
        self.show_door(todays_door(calendar, today) or (opened_doors[-1] if opened_doors else None))

    def show_door(self, door: Door | None) -> None:
        """Open ``door`` large (only a door whose day has come); None shows when doors open."""
        calendar = self.current()
        today = clock.today()
        if door is not None and not is_open(door, today):
            door = None
        self.shown_door = door
        self.play_button.setVisible(False)
        if door is None or calendar is None:
            self.door_panel.setStyleSheet("")
            self.door_number.setText("")
            first = dt.date(calendar_year(today), 12, 1)
            self.door_date.setText("")
            self.door_text.setText(
                _("The first door opens on {date}.").format(date=format_date(first, "long"))
                if calendar is not None
                else _("There is no advent calendar.")
            )
            return
        lang = current_language()
        button = self.door_buttons.get(door.day)
        if button is not None:
            button.setChecked(True)
        colour = KIND_COLOURS[calendar.kind]
        self.door_panel.setStyleSheet(
            f"QWidget#advent_open_door {{ background: {colour}; border-radius: {scaled(24)}px; "
            f"border: {scaled(8)}px solid {TODAY_RING if door.day == today else colour}; }}"
            "QWidget#advent_open_door QLabel { color: white; background: transparent; "
            "border: none; }"
        )
        self.door_number.setText(str(door.number))
        self.door_date.setText(format_date(door.day, "full"))
        game = games.get_game(self.context.db, door.item.game_id) if door.item.game_id else None
        self.door_text.setText(game.text(lang).title if game else door.item.text(lang))
        if game is not None:
            self.door_text.setText(f"{game.text(lang).title}\n\n{game.text(lang).goal}")
            self.play_button.setVisible(True)
        class_id, db = self.context.active_class_id, self.context.db
        if door.day == today and class_id:
            # The class opening today's door is theirs to do; a failed save is told.
            self.context.write(
                lambda: advent.mark_door_opened(db, class_id, calendar.id, door.day.isoformat()),
                self,
                pupil_action=True,
            )

    def _play(self) -> None:
        if self.shown_door is not None and self.shown_door.item.game_id:
            self.game_requested.emit(self.shown_door.item.game_id)

    # -- layout (teacher actions, undoable) ----------------------------------------------------
    def _toggle_order(self) -> None:
        calendar = self.current()
        if calendar is None:
            return
        order = DoorOrder.STANDARD if calendar.order is DoorOrder.SHUFFLED else DoorOrder.SHUFFLED
        self._store_layout(calendar, order, calendar.days)

    def _toggle_days(self) -> None:
        calendar = self.current()
        if calendar is None:
            return
        days = DoorDays.WEEKDAYS if calendar.days is DoorDays.ALL else DoorDays.ALL
        self._store_layout(calendar, calendar.order, days)

    def _store_layout(self, calendar: Calendar, order: DoorOrder, days: DoorDays) -> None:
        if not self.context.require_teacher(self):
            return
        db = self.context.db
        draft = advent.draft_of(calendar)
        draft = advent.CalendarDraft(draft.kind, draft.names, draft.items, order, days)
        self.context.perform(
            _("Change calendar"),
            lambda: advent.save_calendar(db, calendar.id, draft),
            lambda before: advent.put_back(db, calendar.id, before),
            Topic.CALENDARS,
        )
