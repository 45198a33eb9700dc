"""FOKUS: the strengths an activity needs, full screen and big; afterwards, which were in use.

Three steps in one window: pick 2–4 strengths, show them as "FOKUS", then one
tap per strength that was in use. The result is saved to the log as a class
activity (the whole class, no pupil named).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.recognition import FOCUS_MAX, FOCUS_MIN
from smartklasse.domain.strengths import Strength
from smartklasse.i18n import _, current_language
from smartklasse.storage import catalogue, log
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic

CHIP_COLUMNS = 5


class FocusWindow(QDialog):
    """Pick, show big, then record which strengths the class used."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("focus_window")
        self.setWindowTitle(_("Focus"))
        self.strengths = catalogue.list_strengths(context.db)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_pick())
        self.show_page = QWidget(self)
        self.used_page = QWidget(self)
        self.stack.addWidget(self.show_page)
        self.stack.addWidget(self.used_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # -- step 1: pick --------------------------------------------------------------------------
    def _build_pick(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        heading = QLabel(
            _("Which strengths does the activity need? Choose {low} to {high}.").format(
                low=FOCUS_MIN, high=FOCUS_MAX
            ),
            page,
        )
        heading.setFont(widgets.bigger(heading.font(), 1.4))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        grid = QGridLayout()
        self.pick_chips: dict[str, QPushButton] = {}
        lang = current_language()
        for index, strength in enumerate(self.strengths):
            chip = widgets.chip(strength.name(lang), page, f"focus_{strength.id}", strength.colour)
            chip.toggled.connect(lambda _on: self._update_pick())
            self.pick_chips[strength.id] = chip
            grid.addWidget(chip, *divmod(index, CHIP_COLUMNS))
        layout.addLayout(grid)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(widgets.button(_("Cancel"), page, "focus_cancel", slot=self.reject))
        row.addStretch(1)
        self.show_button = widgets.button(_("Show FOCUS"), page, "focus_show", slot=self.show_focus)
        self.show_button.setProperty("primary", True)
        row.addWidget(self.show_button)
        layout.addLayout(row)
        self._update_pick()
        return page

    def picked(self) -> list[Strength]:
        """The strengths chosen, in catalogue order."""
        return [s for s in self.strengths if self.pick_chips[s.id].isChecked()]

    def _update_pick(self) -> None:
        count = len(self.picked())
        self.show_button.setEnabled(FOCUS_MIN <= count <= FOCUS_MAX)
        for chip in self.pick_chips.values():
            # No fifth: a full hand greys out the rest.
            chip.setEnabled(chip.isChecked() or count < FOCUS_MAX)

    # -- step 2: show big ----------------------------------------------------------------------
    def _fill(self, page: QWidget, build: QVBoxLayout) -> None:
        old = page.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout away, so it is deleted
        page.setLayout(build)

    def show_focus(self) -> None:
        """Show the chosen strengths full screen, big, under "FOCUS"."""
        picked = self.picked()
        if not FOCUS_MIN <= len(picked) <= FOCUS_MAX:
            return
        layout = QVBoxLayout()
        title = QLabel(_("FOCUS"), self.show_page)
        title.setObjectName("focus_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setFont(widgets.bigger(self.font(), 5.0))
        layout.addWidget(title)
        tiles = QHBoxLayout()
        self.focus_tiles: list[QLabel] = []
        lang = current_language()
        for strength in picked:
            tile = QLabel(strength.name(lang), self.show_page)
            tile.setObjectName(f"focus_tile_{strength.id}")
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setWordWrap(True)
            tile.setFont(widgets.bigger(self.font(), 3.0))
            widgets.tint_badge(tile, strength.colour, scale=2.0)
            tiles.addWidget(tile, 1)
            self.focus_tiles.append(tile)
        layout.addStretch(1)
        layout.addLayout(tiles, 3)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        done = widgets.button(_("Activity done"), self.show_page, "focus_done", slot=self.ask_used)
        row.addWidget(done)
        layout.addLayout(row)
        self._fill(self.show_page, layout)
        self.stack.setCurrentWidget(self.show_page)

    # -- step 3: which were in use -------------------------------------------------------------
    def ask_used(self) -> None:
        """After the activity: one tap per strength the class used."""
        layout = QVBoxLayout()
        question = QLabel(_("Which strengths did the class use?"), self.used_page)
        question.setFont(widgets.bigger(self.font(), 2.0))
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(question)
        row = QHBoxLayout()
        self.used_chips: dict[str, QPushButton] = {}
        lang = current_language()
        for strength in self.picked():
            chip = widgets.chip(
                strength.name(lang), self.used_page, f"used_{strength.id}", strength.colour
            )
            chip.setFont(widgets.bigger(self.font(), 2.0))
            chip.setMinimumHeight(widgets.DESK_HEIGHT * 3)
            self.used_chips[strength.id] = chip
            row.addWidget(chip, 1)
        layout.addStretch(1)
        layout.addLayout(row, 2)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(
            widgets.button(
                _("Close without saving"), self.used_page, "focus_discard", slot=self.reject
            )
        )
        buttons.addStretch(1)
        save = widgets.button(_("Save to the log"), self.used_page, "focus_save", slot=self.save)
        save.setProperty("primary", True)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        self._fill(self.used_page, layout)
        self.stack.setCurrentWidget(self.used_page)

    def used(self) -> list[str]:
        """The ids of the strengths tapped as in use."""
        return [sid for sid, chip in self.used_chips.items() if chip.isChecked()]

    def save(self) -> None:
        """Log the activity for the whole class with the strengths in use (undoable)."""
        class_id = self.context.active_class_id
        if not class_id:
            self.reject()
            return
        db, used = self.context.db, self.used()
        task_text = _("Focus: {strengths}").format(
            strengths=", ".join(s.name(current_language()) for s in self.picked())
        )
        text = _("Saved to the log")
        self.context.perform(
            text,
            do=lambda: log.add_entry(
                db,
                class_id,
                wheel_id=None,
                task_id=None,
                task_text=task_text,
                strength_ids=used,
                whole_class=True,
            ),
            undo=lambda entry_id: log.delete_entry(db, entry_id),
            topic=Topic.LOG,
            toast=text,
        )
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Escape steps back from the big view rather than closing everything."""
        if event.key() == Qt.Key.Key_Escape and self.stack.currentIndex() > 0:
            self.stack.setCurrentIndex(self.stack.currentIndex() - 1)
            return
        super().keyPressEvent(event)
