"""The pupils' flow after a completed task: who, which strengths, and a short reflection.

Big, friendly steps for a touch board. The dialog only gathers the answers and
emits them once; the page saves them as one log entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.strengths import Strength
from smartklasse.i18n import _, current_language, pgettext
from smartklasse.storage.classes import Pupil
from smartklasse.ui import widgets
from smartklasse.ui.style import TOUCH_TARGET

#: Longest reflection answer typed on the board (the log keeps up to 2000).
REFLECTION_MAX = 300


@dataclass(frozen=True)
class TapAnswers:
    """What the pupils chose in the flow."""

    pupil_ids: tuple[str, ...]
    whole_class: bool
    strength_ids: tuple[str, ...]
    reflection_me: str
    reflection_others: str


def _grid(buttons: Sequence[QPushButton], columns: int, parent: QWidget) -> QScrollArea:
    inner = QWidget(parent)
    grid = QGridLayout(inner)
    grid.setSpacing(12)
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // columns, index % columns)
    grid.setRowStretch(grid.rowCount(), 1)
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


#: Columns of the pupil and strength grids (the arrow keys move by these rows).
PUPIL_COLUMNS = 5
STRENGTH_COLUMNS = 4


class TapFlow(QDialog):
    """Who did it → which strengths → reflection → Ferdig (saved once)."""

    #: Emitted once, when "Done" is tapped, with the :class:`TapAnswers`.
    answered = Signal(object)

    def __init__(
        self,
        task_text: str,
        colour: str,
        pupils: Sequence[Pupil],
        strengths: Sequence[Strength],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tap_flow")
        widgets.for_pupils(self)
        self.setWindowTitle(_("Well done!"))
        self.setAccessibleName(_("Log a completed task"))
        self._done = False
        self._save_failed = False
        task = QLabel(task_text, self)
        task.setObjectName("tap_flow_task")
        task.setWordWrap(True)
        widgets.tint_text(task, colour)
        task.setFont(widgets.bigger(self.font(), 1.6))
        self.step_label = QLabel(self)
        self.step_label.setObjectName("tap_flow_step")
        self.step_label.setFont(widgets.bigger(self.font(), 1.3))
        self.step_label.setWordWrap(True)
        self.steps = QStackedWidget(self)
        who = self._build_who(pupils, colour)
        which = self._build_which(strengths)
        self.steps.addWidget(who)
        self.steps.addWidget(which)
        self.steps.addWidget(self._build_reflect())

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(task)
        layout.addWidget(self.step_label)
        layout.addWidget(self.steps, 1)
        layout.addLayout(self._build_buttons())
        # Arrow keys move through a grid by rows and columns, not in Tab order; Enter moves the
        # flow on (keyPressEvent) and Space toggles a chip. Shortcuts on each step, not an event
        # filter on each chip: a filter would run for every event of every chip (some 1 600
        # as a class of 30 opens), for the few arrow presses.
        self._grids: dict[QPushButton, tuple[list[QPushButton], int]] = {}
        for step, chips, columns in (
            (who, [self.whole_class, *self.pupil_tiles.values()], PUPIL_COLUMNS),
            (which, list(self.strength_chips.values()), STRENGTH_COLUMNS),
        ):
            for chip in chips:
                chip.setAutoDefault(False)
                self._grids[chip] = (chips, columns)
            for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
                shortcut = QShortcut(QKeySequence(key), step)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda key=key: self._arrow(key))
        self._go(0)

    def _build_who(self, pupils: Sequence[Pupil], colour: str) -> QWidget:
        who = QWidget(self)
        self.whole_class = widgets.chip(_("The whole class"), who, "tap_whole_class", colour)
        self.pupil_tiles: dict[str, QPushButton] = {}
        for pupil in pupils:
            self.pupil_tiles[pupil.id] = widgets.chip(
                pupil.name, who, f"tap_pupil_{pupil.id}", colour
            )
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.whole_class)
        who_layout.addWidget(_grid(list(self.pupil_tiles.values()), PUPIL_COLUMNS, who), 1)
        self.whole_class.toggled.connect(self._update)
        for tile in self.pupil_tiles.values():
            tile.toggled.connect(self._update)
        return who

    def _build_which(self, strengths: Sequence[Strength]) -> QWidget:
        lang = current_language()
        which = QWidget(self)
        self.strength_chips: dict[str, QPushButton] = {}
        for strength in strengths:
            if strength.hidden:
                continue
            made = widgets.chip(
                strength.name(lang), which, f"tap_strength_{strength.id}", strength.colour
            )
            made.setToolTip(strength.description(lang))
            made.setAccessibleDescription(strength.description(lang))
            made.toggled.connect(self._update)
            self.strength_chips[strength.id] = made
        which_layout = QVBoxLayout(which)
        which_layout.setContentsMargins(0, 0, 0, 0)
        which_layout.addWidget(
            _grid(list(self.strength_chips.values()), STRENGTH_COLUMNS, which), 1
        )
        return which

    def _build_reflect(self) -> QWidget:
        reflect = QWidget(self)
        hint = QLabel(_("Think on your own first, then talk in pairs, then share with everyone."))
        hint.setObjectName("tap_irp_hint")
        hint.setWordWrap(True)
        self.reflection_me = self._answer("tap_reflection_me", _("What did it do to me?"))
        self.reflection_others = self._answer(
            "tap_reflection_others", _("What did it do to the other person or people?")
        )
        reflect_layout = QVBoxLayout(reflect)
        reflect_layout.addWidget(hint)
        for question, edit in (
            (_("What did it do to me?"), self.reflection_me),
            (_("What did it do to the other person or people?"), self.reflection_others),
        ):
            label = QLabel(question, reflect)
            label.setFont(widgets.bigger(self.font(), 1.15))
            label.setBuddy(edit)
            reflect_layout.addWidget(label)
            reflect_layout.addWidget(edit)
        reflect_layout.addStretch(1)
        return reflect

    def _build_buttons(self) -> QHBoxLayout:
        self.back_button = widgets.button(_("Back"), self, "tap_back", auto_default=False)
        self.next_button = widgets.button(_("Next"), self, "tap_next", auto_default=False)
        self.done_button = widgets.button(_("Done"), self, "tap_done", auto_default=False)
        self.done_button.setProperty("primary", True)
        self.cancel_button = widgets.button(
            pgettext("wheel", "Cancel"), self, "tap_cancel", auto_default=False
        )
        self.back_button.clicked.connect(lambda: self._go(self.steps.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self._go(self.steps.currentIndex() + 1))
        self.done_button.clicked.connect(self._finish)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for made in (self.back_button, self.next_button, self.done_button):
            buttons.addWidget(made)
        for made in (self.cancel_button, self.back_button, self.next_button, self.done_button):
            made.setMinimumWidth(TOUCH_TARGET * 2)
        return buttons

    def _answer(self, name: str, question: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(question)
        edit.setPlaceholderText(_("Optional – a few words"))
        edit.setMaxLength(REFLECTION_MAX)
        edit.setMinimumHeight(TOUCH_TARGET)
        return edit

    def _go(self, index: int) -> None:
        index = max(0, min(index, self.steps.count() - 1))
        self.steps.setCurrentIndex(index)
        self.step_label.setText(
            (
                _("Who did it? Tap your names."),
                _("Which strengths did you use? Tap all that fit."),
                _("Talk about it (you may skip this)."),
            )[index]
        )
        self._update()
        self._focus_first()

    def _focus_first(self) -> None:
        # The first useful control of the step: never Cancel or Done, so typing cannot save.
        index = self.steps.currentIndex()
        if index == 0:
            first: QWidget = self.whole_class
        elif index == 1:
            chips = list(self.strength_chips.values())
            first = chips[0] if chips else self.next_button
        else:
            first = self.reflection_me
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        whole = self.whole_class.isChecked()
        for tile in self.pupil_tiles.values():
            tile.setEnabled(not whole)
        who_ok = whole or any(t.isChecked() for t in self.pupil_tiles.values())
        which_ok = any(c.isChecked() for c in self.strength_chips.values())
        index = self.steps.currentIndex()
        self.back_button.setVisible(index > 0)
        self.next_button.setVisible(index < self.steps.count() - 1)
        self.next_button.setEnabled((index == 0 and who_ok) or (index == 1 and which_ok))
        self.done_button.setVisible(index > 0)
        self.done_button.setEnabled(who_ok and which_ok and not self._done)
        # A greyed-out button says what is missing.
        why = (
            ""
            if who_ok and which_ok
            else _("Tap who did it first.")
            if not who_ok
            else _("Tap at least one strength first.")
        )
        self.next_button.setToolTip("" if self.next_button.isEnabled() else why)
        self.done_button.setToolTip(why)

    def answers(self) -> TapAnswers:
        """What is chosen now."""
        whole = self.whole_class.isChecked()
        return TapAnswers(
            pupil_ids=()
            if whole
            else tuple(pid for pid, t in self.pupil_tiles.items() if t.isChecked()),
            whole_class=whole,
            strength_ids=tuple(sid for sid, c in self.strength_chips.items() if c.isChecked()),
            reflection_me=self.reflection_me.text(),
            reflection_others=self.reflection_others.text(),
        )

    def _finish(self) -> None:
        # A double tap on a board sends two clicks: only the first one counts.
        if self._done or not self.done_button.isEnabled():
            return
        self._done = True
        self._save_failed = False
        self.done_button.setEnabled(False)
        self.answered.emit(self.answers())
        if self._save_failed:
            # Not saved: everything the pupils chose and wrote stays, for another try.
            self._done = False
            self.done_button.setEnabled(True)
            return
        self.accept()

    def save_failed(self) -> None:
        """Called from ``answered`` when the answers could not be saved: the flow stays open."""
        self._save_failed = True

    def _move_on(self) -> None:
        # Enter: the next step, the next answer, then Done; only Enter on Done saves.
        index, focused = self.steps.currentIndex(), self.focusWidget()
        if focused is self.done_button:
            self._finish()
        elif index < self.steps.count() - 1:
            if self.next_button.isEnabled():
                self._go(index + 1)
        elif focused is self.reflection_me:
            self.reflection_others.setFocus(Qt.FocusReason.TabFocusReason)
        elif self.done_button.isEnabled():
            self.done_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _grid_neighbour(self, chip: QPushButton, step: int) -> QPushButton | None:
        # "The whole class" sits alone above the pupils' grid: one step down or right from it is
        # the first pupil, and any step up or left out of the grid's first row goes back to it.
        chips, _columns = self._grids[chip]
        index = chips.index(chip)
        if chips[0] is not self.whole_class:
            target = index + step
            return chips[target] if 0 <= target < len(chips) else None
        if index == 0:
            return chips[1] if step > 0 and len(chips) > 1 else None
        target = index + step
        if target < 1:
            return self.whole_class
        return chips[target] if target < len(chips) else None

    def _arrow(self, key: Qt.Key) -> None:
        """Arrow keys in the pupil and strength grids move by row (up/down) and column."""
        focused = self.focusWidget()
        if not isinstance(focused, QPushButton) or focused not in self._grids:
            return
        columns = self._grids[focused][1]
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -columns,
            Qt.Key.Key_Down: columns,
        }[key]
        target = self._grid_neighbour(focused, step)
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter moves on (it never closes the flow by accident); Escape cancels."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._move_on()
            return
        super().keyPressEvent(event)
