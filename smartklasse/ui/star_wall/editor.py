"""Create or edit a star wall: goal, 1–4 strengths, target, stars per day; archive, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.star_wall import (
    DEFAULT_TARGET,
    MAX_GOAL_LENGTH,
    MAX_PER_DAY_LIMIT,
    MAX_STRENGTHS,
    MAX_TARGET,
    MIN_TARGET,
    StarWall,
    WallDraft,
    wall_problems,
)
from smartklasse.domain.strengths import Strength
from smartklasse.i18n import _, current_language
from smartklasse.ui import widgets
from smartklasse.ui.style import BASE_POINT_SIZE
from smartklasse.ui.touch_spin import with_step_buttons


def ask_delete(parent: QWidget, goal: str) -> bool:
    """Ask before a wall and all its stars are deleted."""
    answer = QMessageBox.question(
        parent,
        _("Delete star wall"),
        _("Delete the star wall “{goal}” with all its stars and rounds?").format(goal=goal),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class StarWallEditor(QDialog):
    """The form; it only collects the teacher's choice, the page stores it.

    After ``accepted``, :attr:`action` is "save", "archive", "unarchive" or "delete".
    """

    def __init__(
        self,
        strengths: Sequence[Strength],
        wall: StarWall | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("star_wall_editor")
        self.setWindowTitle(_("Edit star wall") if wall else _("New star wall"))
        self.wall = wall
        self.action = ""
        #: Asks before deleting; replaceable so the flow can be tested.
        self.confirm_delete: Callable[[QWidget, str], bool] = ask_delete
        # Wide enough for "Ansvarsbevissthet" in four columns at any scale.
        scale = max(1.0, self.font().pointSizeF() / BASE_POINT_SIZE)
        self.setMinimumWidth(round(760 * scale))
        form = self._build_form()
        strengths_label = QLabel(
            _("The strengths the class will need (1 to {high}):").format(high=MAX_STRENGTHS), self
        )
        grid = self._build_strengths(strengths)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("wall_problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setProperty("look", "error")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(strengths_label)
        layout.addLayout(grid)
        layout.addWidget(self.problems_label)
        layout.addLayout(self._build_buttons(wall))
        self._fill(wall)

    def _build_form(self) -> QFormLayout:
        # The goal, the target and how many stars a day.
        self.goal_edit = QLineEdit(self)
        self.goal_edit.setObjectName("wall_goal")
        self.goal_edit.setMaxLength(MAX_GOAL_LENGTH)
        self.goal_edit.setPlaceholderText(_("For example: Order in the cloakroom"))
        self.goal_edit.setAccessibleName(_("Goal"))
        self.target_spin = QSpinBox(self)
        self.target_spin.setObjectName("wall_target")
        self.target_spin.setRange(MIN_TARGET, MAX_TARGET)
        self.target_spin.setAccessibleName(_("Stars to reach the goal"))
        self.per_day_spin = QSpinBox(self)
        self.per_day_spin.setObjectName("wall_per_day")
        self.per_day_spin.setRange(1, MAX_PER_DAY_LIMIT)
        self.per_day_spin.setAccessibleName(_("Stars allowed per day"))
        for field in (self.goal_edit, self.target_spin, self.per_day_spin):
            field.setMinimumHeight(widgets.DESK_HEIGHT)
        form = QFormLayout()
        form.addRow(_("Goal, in the class's own words:"), self.goal_edit)
        form.addRow(_("Stars to reach the goal:"), with_step_buttons(self.target_spin))
        form.addRow(_("Stars allowed per day:"), with_step_buttons(self.per_day_spin))
        return form

    def _build_strengths(self, strengths: Sequence[Strength]) -> QGridLayout:
        # One toggle per strength, in the strength's colour, four to a row.
        lang = current_language()
        self.strength_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, strength in enumerate(strengths):
            name = strength.name(lang)
            button = widgets.button(
                name, self, f"wall_strength_{strength.id}", height=widgets.DESK_HEIGHT
            )
            button.setCheckable(True)
            button.setProperty("look", "strength")
            widgets.tint_toggle(button, strength.colour)
            button.toggled.connect(self._update)
            self.strength_buttons[strength.id] = button
            grid.addWidget(button, index // 4, index % 4)
        return grid

    def _build_buttons(self, wall: StarWall | None) -> QHBoxLayout:
        # Archive and Delete for a wall that exists; Cancel and Save for every wall.
        save_text = _("Save") if wall else _("Create star wall")
        self.save_button = widgets.button(
            save_text,
            self,
            "wall_save",
            slot=lambda: self._finish("save"),
            height=widgets.DESK_HEIGHT,
        )
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        cancel = widgets.button(
            _("Cancel"), self, "wall_cancel", slot=self.reject, height=widgets.DESK_HEIGHT
        )
        buttons = QHBoxLayout()
        self.archive_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        if wall is not None:
            self.archive_button = widgets.button(
                _("Bring back") if wall.archived else _("Archive"),
                self,
                "wall_archive",
                slot=lambda: self._finish("unarchive" if wall.archived else "archive"),
                height=widgets.DESK_HEIGHT,
            )
            self.delete_button = widgets.button(
                _("Delete…"), self, "wall_delete", slot=self._on_delete, height=widgets.DESK_HEIGHT
            )
            self.delete_button.setProperty("danger", True)
            buttons.addWidget(self.archive_button)
            buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        return buttons

    def _fill(self, wall: StarWall | None) -> None:
        if wall is not None:
            self.goal_edit.setText(wall.goal)
            self.target_spin.setValue(wall.current.target)
            self.per_day_spin.setValue(wall.max_per_day)
            for sid in wall.strength_ids:
                if sid in self.strength_buttons:
                    self.strength_buttons[sid].setChecked(True)
        else:
            self.target_spin.setValue(DEFAULT_TARGET)
            self.per_day_spin.setValue(1)
        self.goal_edit.textChanged.connect(self._update)
        self.target_spin.valueChanged.connect(self._update)
        self._update()

    def draft(self) -> WallDraft:
        """What the form holds now."""
        chosen = tuple(sid for sid, b in self.strength_buttons.items() if b.isChecked())
        return WallDraft(
            self.goal_edit.text(), chosen, self.target_spin.value(), self.per_day_spin.value()
        )

    def problems(self) -> list[str]:
        """Why the form cannot be saved yet (empty when it can)."""
        stars = self.wall.current.count if self.wall else 0
        return wall_problems(self.draft(), stars)

    def _update(self) -> None:
        draft = self.draft()
        full = len(draft.strength_ids) >= MAX_STRENGTHS
        # With four chosen the others wait, so a fifth cannot be picked by accident.
        for button in self.strength_buttons.values():
            button.setEnabled(button.isChecked() or not full)
        problems = self.problems()
        self.problems_label.setText("\n".join(problems))
        self.save_button.setEnabled(not problems)

    def _finish(self, action: str) -> None:
        if action == "save" and self.problems():
            return
        self.action = action
        self.accept()

    def _on_delete(self) -> None:
        if self.wall is not None and self.confirm_delete(self, self.wall.goal):
            self._finish("delete")
