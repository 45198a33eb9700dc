"""A game shown full screen step by step; afterwards one tap per strength the class used.

Saving logs one whole-class entry (undoable); no pupil is named.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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

from smartklasse.domain import clock
from smartklasse.domain.games import AFTER_QUESTION, Game, Space, Step
from smartklasse.i18n import N_, _, current_language, ngettext
from smartklasse.storage import catalogue, games
from smartklasse.storage.ids import new_id
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.style import scaled

STEP_TITLES = {
    Step.GOAL: N_("Goal"),
    Step.BEFORE: N_("Before the game"),
    Step.DURING: N_("How it goes"),
    Step.AFTER: N_("After the game"),
    Step.IRP: N_("Think, pair, share (IRP)"),
}
SPACE_NAMES = {
    Space.DESKS: N_("At the desks"),
    Space.FLOOR: N_("Some floor space"),
    Space.HALL: N_("A gym or a hall"),
    Space.OUTDOORS: N_("Outdoors"),
}
#: The step after the game's own steps: which strengths were in use.
STRENGTHS_STEP = len(Step)


class GamePlayer(QDialog):
    """Leads the class through one game; ``saved_entry`` is the logged entry's id, if any."""

    def __init__(self, context: AppContext, game: Game, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.game = game
        self.saved_entry: str | None = None
        self.setObjectName("game_player")
        widgets.for_pupils(self)
        lang = current_language()
        text = game.text(lang)
        self.setWindowTitle(text.title)
        title = QLabel(text.title, self)
        title.setObjectName("game_title")
        title.setFont(widgets.bigger(self.font(), 2.4))
        meta = QLabel(self._meta(), self)
        meta.setObjectName("game_meta")
        self.step_label = QLabel(self)
        self.step_label.setObjectName("game_step")
        self.step_label.setFont(widgets.bigger(self.font(), 1.4, bold=False))
        self.stack = QStackedWidget(self)
        pages = {
            Step.GOAL: text.goal,
            Step.BEFORE: text.before,
            Step.DURING: text.during,
            Step.AFTER: "\n\n".join(t for t in (_(AFTER_QUESTION), text.after) if t),
            Step.IRP: "\n\n".join(
                f"{label}: {body}"
                for label, body in (
                    (_("Alone"), text.individual),
                    (_("In pairs"), text.pair),
                    (_("All together"), text.plenary),
                )
                if body
            ),
        }
        for step in Step:
            self.stack.addWidget(self._text_page(step, pages[step]))
        self.stack.addWidget(self._strength_page())
        self.back_button = widgets.button(_("Back"), self, "game_back", slot=self.back)
        self.next_button = widgets.button(_("Next"), self, "game_next", slot=self.next)
        self.save_button = widgets.button(_("Save"), self, "game_save", slot=self.save)
        self.close_button = widgets.button(_("Close"), self, "game_close", slot=self.reject)
        for button in (self.back_button, self.next_button, self.save_button, self.close_button):
            button.setFont(widgets.bigger(self.font(), 1.3))
        self.message = QLabel(self)
        self.message.setObjectName("game_message")
        bottom = QHBoxLayout()
        bottom.addWidget(self.close_button)
        bottom.addStretch(1)
        bottom.addWidget(self.message)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        pad = scaled(32)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.addWidget(title)
        layout.addWidget(meta)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        for key, slot in (("Right", self.next), ("Left", self.back)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.go_to(0)

    def _meta(self) -> str:
        minutes = ngettext("{n} minute", "{n} minutes", self.game.minutes).format(
            n=self.game.minutes
        )
        parts = [minutes, _(SPACE_NAMES[self.game.space])]
        if self.game.credit:
            parts.append(_("From {source}").format(source=self.game.credit))
        return " · ".join(parts)

    def _text_page(self, step: Step, body: str) -> QWidget:
        label = QLabel(body, self)
        label.setObjectName(f"game_text_{step.value}")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFont(widgets.bigger(self.font(), 2.2, bold=False))
        return label

    def _strength_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("game_strengths")
        grid = QGridLayout(page)
        lang = current_language()
        self.chips: dict[str, QPushButton] = {}
        for index, strength in enumerate(catalogue.list_strengths(self.context.db)):
            chip = widgets.chip(
                strength.name(lang), page, f"game_strength_{strength.id}", strength.colour
            )
            grid.addWidget(chip, index // 5, index % 5)
            self.chips[strength.id] = chip
        return page

    # -- steps ---------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Show step ``index`` (0 = the goal, the last one = the strengths)."""
        index = max(0, min(index, STRENGTHS_STEP))
        self.stack.setCurrentIndex(index)
        steps = list(Step)
        title = _(STEP_TITLES[steps[index]]) if index < STRENGTHS_STEP else _(AFTER_QUESTION)
        self.step_label.setText(
            _("Step {n} of {total}: {title}").format(
                n=index + 1, total=STRENGTHS_STEP + 1, title=title
            )
        )
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < STRENGTHS_STEP)
        self.save_button.setVisible(index == STRENGTHS_STEP)
        self.save_button.setEnabled(bool(self.context.active_class_id))
        if index == STRENGTHS_STEP and not self.context.active_class_id:
            self.message.setText(_("Add a class to save which strengths were in use."))

    def next(self) -> None:
        """The next step."""
        self.go_to(self.stack.currentIndex() + 1)

    def back(self) -> None:
        """The step before."""
        self.go_to(self.stack.currentIndex() - 1)

    def chosen_strengths(self) -> list[str]:
        """The strengths tapped, in the catalogue's order."""
        return [sid for sid, chip in self.chips.items() if chip.isChecked()]

    def save(self) -> None:
        """Log the game as one class entry with the strengths tapped (undoable), and close."""
        class_id = self.context.active_class_id
        if not class_id:
            return
        db = self.context.db
        game, strengths, lang = self.game, self.chosen_strengths(), current_language()
        today = clock.today()
        entry_id = new_id()
        command = self.context.perform(
            _("Log game"),
            lambda: games.record_play(db, class_id, game, strengths, lang, today, entry_id),
            lambda _done: games.undo_play(db, entry_id),
            Topic.LOG,
            toast=_("The game is in the log."),
            pupil_action=True,  # the class logs what it played, as with the wheel
            parent=self,
        )
        if command is None:
            return  # not saved (told): the strengths tapped stay for another try
        self.saved_entry = entry_id
        self.accept()
