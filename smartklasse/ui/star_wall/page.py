"""Stjerneveggen: the class earns stars together towards its own goal.

No pupil names ever appear here: the stars belong to the class.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain import clock
from smartklasse.domain.document_ids import DocumentId
from smartklasse.domain.scaling import trend
from smartklasse.domain.star_wall import (
    MAX_NOTE_LENGTH,
    REFUSAL_MESSAGES,
    StarWall,
    WallDraft,
    award_refusal,
    history_lines,
    star_date,
)
from smartklasse.i18n import _, current_language, ngettext
from smartklasse.storage import catalogue, scaling
from smartklasse.storage import star_walls as sw
from smartklasse.storage.ids import new_id
from smartklasse.ui import projection, widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.page import Page
from smartklasse.ui.star_wall.editor import StarWallEditor
from smartklasse.ui.star_wall.grid import StarGridWidget
from smartklasse.ui.star_wall.parts import CelebrationOverlay, HistoryModel, make_chip
from smartklasse.ui.star_wall.scaling import ScalingDialog, ScalingTrend
from smartklasse.ui.style import BASE_POINT_SIZE, TOUCH_TARGET


class StarWallPage(Page):
    """Shows the active class's star wall and lets the teacher award stars."""

    print_kind = DocumentId.STAR_CHART
    projected = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.scale = max(1.0, self.font().pointSizeF() / BASE_POINT_SIZE)
        self.editor: StarWallEditor | None = None
        self._shown: tuple[str, int, int] = ("", -1, -1)  # wall id, round number, count
        # Built in reading order: the order widgets are made is the keyboard's Tab order.
        top = self._build_top()
        self.wall_view = QWidget(self)
        self.wall_view.setObjectName("star_wall_view")
        wall_layout = QVBoxLayout(self.wall_view)
        wall_layout.setContentsMargins(0, 0, 0, 0)
        self.goal_label = self._label("star_wall_goal", 2.4, bold=True)
        self.chips = QWidget(self)
        self.chips.setObjectName("star_wall_chips")
        self.chips_layout = QHBoxLayout(self.chips)
        self.chips_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = self._label("star_wall_count", 1.5)
        wall_layout.addWidget(self.goal_label)
        wall_layout.addWidget(self.chips, 0, Qt.AlignmentFlag.AlignHCenter)
        wall_layout.addWidget(self.count_label)
        wall_layout.addLayout(self._build_body(), 1)
        wall_layout.addLayout(self._build_bottom())
        self.empty_label = self._label("star_wall_empty", 1.6)
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        pad = round(16 * self.scale)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.addLayout(top)
        layout.addWidget(self.wall_view, 1)
        layout.addWidget(self.empty_label, 1)

        self.celebration = CelebrationOverlay(self.scale, self)
        self.celebration.new_round_requested.connect(self.start_new_round)
        self.award_shortcut = QShortcut(QKeySequence("S"), self)
        self.award_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.award_shortcut.activated.connect(self._on_award_key)
        context.class_changed.connect(lambda _id: self.refresh())
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    @property
    def _touch(self) -> int:
        return round(TOUCH_TARGET * self.scale)

    def _build_top(self) -> QHBoxLayout:
        # Which wall, and the teacher's New / Edit buttons.
        self.wall_combo = QComboBox(self)
        self.wall_combo.setObjectName("star_wall_combo")
        self.wall_combo.setAccessibleName(_("Choose a star wall"))
        self.wall_combo.setMinimumHeight(self._touch)
        self.wall_combo.activated.connect(self._on_wall_chosen)
        self.new_button = widgets.button(
            _("New star wall"),
            self,
            "star_wall_new",
            slot=lambda: self._open_editor_as_teacher(None),
            height=self._touch,
        )
        self.edit_button = widgets.button(
            _("Edit star wall"),
            self,
            "star_wall_edit",
            slot=lambda: self._open_editor_as_teacher(self.current_wall()),
            height=self._touch,
        )
        top = QHBoxLayout()
        top.addWidget(self.wall_combo, 1)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        return top

    def _build_body(self) -> QHBoxLayout:
        # The stars, with the earlier rounds beside them.
        self.grid = StarGridWidget(self)
        self.history_title = self._label("star_wall_history_title", 1.0, bold=True)
        self.history_title.setText(_("Earlier rounds"))
        self.history_title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.history_model = HistoryModel(self)
        self.history_view = QListView(self)
        self.history_view.setObjectName("star_wall_history")
        self.history_view.setAccessibleName(_("Earlier rounds"))
        self.history_view.setModel(self.history_model)
        self.history_view.setWordWrap(True)
        # Lines wrap to the panel's width instead of scrolling sideways.
        self.history_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.history_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_view.setMinimumWidth(round(220 * self.scale))
        self.history_view.setMaximumWidth(round(300 * self.scale))
        self.scaling_title = self._label("scaling_title", 1.0, bold=True)
        self.scaling_title.setText(_("Scaling this round"))
        self.scaling_title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.scaling_trend = ScalingTrend(self)
        self.scaling_trend.setMaximumWidth(round(300 * self.scale))
        self.scaling_button = widgets.button(
            _("Scaling…"), self, "scaling_button", slot=self.record_scaling
        )
        self.scaling_button.setToolTip(_("A 1–5 check of how far the class has come"))
        history_box = QVBoxLayout()
        history_box.addWidget(self.history_title)
        # The rounds take the height when there are any; otherwise scaling sits at the bottom.
        history_box.addWidget(self.history_view, 100)
        history_box.addStretch(1)
        history_box.addWidget(self.scaling_title)
        history_box.addWidget(self.scaling_trend)
        history_box.addWidget(self.scaling_button)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addLayout(history_box)
        return body

    def _build_bottom(self) -> QHBoxLayout:
        # A note, Give a star, a new round and the status line.
        touch = self._touch
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("star_note")
        self.note_edit.setMaxLength(MAX_NOTE_LENGTH)
        self.note_edit.setPlaceholderText(_("Short note (optional)"))
        self.note_edit.setAccessibleName(_("Note for the star"))
        self.note_edit.setMinimumHeight(touch)
        self.note_edit.returnPressed.connect(self.award)
        self.award_button = widgets.button(
            _("Give a star"),
            self,
            "star_award",
            slot=self.award,
            tip=_("Give the class a star (S)"),
            height=round(touch * 1.25),
        )
        self.award_button.setProperty("primary", True)
        self.award_button.setFont(widgets.bigger(self.font(), 1.5))
        self.award_button.setMinimumWidth(round(280 * self.scale))
        self.round_button = widgets.button(
            _("Start a new round"),
            self,
            "star_new_round",
            slot=self.show_celebration,
            height=touch,
        )
        self.status_label = self._label("star_status", 1.0)
        self.status_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_edit, 2)
        bottom.addWidget(self.award_button)
        bottom.addWidget(self.round_button)
        bottom.addWidget(self.status_label, 2)
        return bottom

    def _label(self, name: str, size: float, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFont(widgets.bigger(self.font(), size, bold))
        if bold:
            label.setProperty("heading", True)
        return label

    # -- reading ------------------------------------------------------------------------------
    def walls(self) -> list[StarWall]:
        """The active class's walls, archived ones last."""
        class_id = self.context.active_class_id
        if not class_id:
            return []
        return sw.list_walls(self.context.db, class_id, include_archived=True)

    def current_wall(self) -> StarWall | None:
        """The wall shown now (the chosen one, else the first that is not archived)."""
        walls = self.walls()
        chosen = self.context.view_state.star_wall_id
        for wall in walls:
            if wall.id == chosen:
                return wall
        return walls[0] if walls and not walls[0].archived else None

    def select_wall(self, wall_id: str) -> None:
        """Show another of the class's walls."""
        self.context.view_state.star_wall_id = wall_id
        self.refresh()

    def _on_wall_chosen(self, index: int) -> None:
        self.select_wall(str(self.wall_combo.itemData(index)))

    def _on_data_changed(self, topic: Topic) -> None:
        if topic in (Topic.STARS, Topic.CLASSES, Topic.PUPILS, Topic.STRENGTHS, Topic.SETTINGS):
            self.refresh()

    def on_shown(self) -> None:
        """Read the wall again whenever the page comes into view."""
        self.refresh()

    def on_projection(self) -> None:
        """Full screen: the stars' dates and numbers follow the type scale, below the goal."""
        least = self.projected_text_px
        goal = projection.text_px(self.goal_label.font())
        self.grid.set_projection(least, goal * 2 // 3 if least else 0)

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the current wall as stored."""
        walls = self.walls()
        wall = self.current_wall()
        self.wall_combo.clear()
        for item in walls:
            label = _("{goal} (archived)").format(goal=item.goal) if item.archived else item.goal
            self.wall_combo.addItem(label, item.id)
        self.wall_combo.setPlaceholderText(_("Archived star walls"))
        self.wall_combo.setCurrentIndex(self.wall_combo.findData(wall.id) if wall else -1)
        # With only archived walls left, the selector is the way back to them.
        self.wall_combo.setVisible(len(walls) > 1 or (wall is None and bool(walls)))
        has_class = bool(self.context.active_class_id)
        self.new_button.setEnabled(has_class)
        self.edit_button.setVisible(wall is not None)
        self.wall_view.setVisible(wall is not None)
        self.empty_label.setVisible(wall is None)
        if wall is None:
            self.empty_label.setText(
                _("This class has no star wall yet. Choose a goal together, then “New star wall”.")
                if has_class
                else _("Choose or create a class first.")
            )
            self.celebration.hide()
            return
        self._show_wall(wall)

    def _show_wall(self, wall: StarWall) -> None:
        lang = current_language()
        self.goal_label.setText(wall.goal)
        self.goal_label.setAccessibleName(wall.goal)
        while self.chips_layout.count():
            item = self.chips_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        for sid in wall.strength_ids:
            strength = catalogue.get_strength(self.context.db, sid)
            if strength is not None:
                chip = make_chip(strength.name(lang), strength.colour, self.scale, self.chips)
                self.chips_layout.addWidget(chip)
        self.fit_projection()
        current = wall.current
        count_text = ngettext(
            "{count} of {target} star", "{count} of {target} stars", current.target
        ).format(count=current.count, target=current.target)
        if wall.history:
            count_text = _("Round {number}: {count}").format(
                number=current.number, count=count_text
            )
        self.count_label.setText(count_text)
        dates = [s.awarded_on for s in current.stars]
        self.grid.set_stars(current.target, dates, [star_date(d) for d in dates])
        self.grid.setAccessibleName(count_text)
        lines = history_lines(wall.history)
        self.history_model.set_lines(lines)
        self.history_title.setVisible(bool(lines))
        self.history_view.setVisible(bool(lines))
        values = trend(scaling.checks_of_round(self.context.db, current.id))
        self.scaling_trend.set_values(values)
        self.scaling_title.setVisible(bool(values))
        self.scaling_trend.setVisible(bool(values))
        self.scaling_button.setVisible(not wall.archived)
        refusal = award_refusal(wall, clock.today())
        self.award_button.setVisible(not current.reached and not wall.archived)
        self.award_button.setEnabled(refusal is None)
        # A greyed-out button says why (a touch board shows the tooltip on a long press).
        self.award_button.setToolTip(
            _(REFUSAL_MESSAGES[refusal]) if refusal else _("Give the class a star (S)")
        )
        self.note_edit.setVisible(refusal is None)
        self.round_button.setVisible(current.reached and not wall.archived)
        self.status_label.setText(_(REFUSAL_MESSAGES[refusal]) if refusal else "")
        self._after_change(wall)

    def _after_change(self, wall: StarWall) -> None:
        """Animate a star just earned, and celebrate when it fills the target."""
        shown_id, shown_round, shown_count = self._shown
        current = wall.current
        self._shown = (wall.id, current.number, current.count)
        if (shown_id, shown_round) != (wall.id, current.number) or current.count != shown_count + 1:
            if not current.reached:
                self.celebration.hide()
            return
        if not self.context.settings.reduced_motion:
            self.grid.animate_star(current.count - 1)
        if current.reached:
            self.show_celebration()

    def show_celebration(self) -> None:
        """The calm celebration at the target, with the choice of the next round."""
        wall = self.current_wall()
        if wall is None or not wall.current.reached:
            return
        if self.context.settings.sound:
            QApplication.beep()
        self.celebration.celebrate(wall.goal, wall.current.count, wall.current.number)

    def _on_award_key(self) -> None:
        # The editor is a child of the page: keys typed there are never awards.
        if self.editor is None or not self.editor.isVisible():
            self.award()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter gives a star when the award button, the note or the wall itself has focus."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focus = QApplication.focusWidget()
        if enter and focus in (None, self, self.award_button, self.grid):
            self._on_award_key()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Keep the celebration covering the whole page."""
        super().resizeEvent(event)
        self.celebration.setGeometry(self.rect())

    # -- actions ------------------------------------------------------------------------------
    def award(self) -> None:
        """Give the class a star for today (refused past the daily limit or the target)."""
        if not self.context.require_teacher(self):
            return
        wall = self.current_wall()
        if wall is None:
            return
        today = clock.today()
        if award_refusal(wall, today) is not None:
            return
        db, wall_id, star_id = self.context.db, wall.id, new_id()
        note = self.note_edit.text()
        self.note_edit.clear()
        done = self.context.perform(
            _("Give a star"),
            lambda: sw.award_star(db, wall_id, note, today=today, star_id=star_id),
            lambda _done: sw.remove_star(db, star_id),
            Topic.STARS,
            toast=_("A star for the class!"),
        )
        if done is None:
            self.note_edit.setText(note)  # not saved: the note is kept for another try

    def record_scaling(self) -> None:
        """Record a 1–5 check for the current round (the teacher's; undoable)."""
        wall = self.current_wall()
        if wall is None or not self.context.require_teacher(self):
            return
        dialog = ScalingDialog(wall.goal, self)
        if dialog.exec() != ScalingDialog.DialogCode.Accepted or not sum(dialog.counts()):
            return
        self.save_scaling(wall, dialog.counts())

    def save_scaling(self, wall: StarWall, counts: tuple[int, int, int, int, int]) -> None:
        """Store a check's counts for the wall's current round (undoable)."""
        db, round_id = self.context.db, wall.current.id
        text = _("Scaling saved")
        self.context.perform(
            text,
            do=lambda: scaling.add_check(db, round_id, counts),
            undo=lambda check_id: scaling.remove_check(db, check_id),
            topic=Topic.STARS,
            toast=text,
        )

    def start_new_round(self, target: int) -> None:
        """Finish the full round and start the next one with ``target`` stars."""
        if not self.context.require_teacher(self):
            return
        wall = self.current_wall()
        if wall is None or not wall.current.reached:
            return
        self.celebration.hide()
        db, wall_id, round_id = self.context.db, wall.id, new_id()
        self.context.perform(
            _("Start a new round"),
            lambda: sw.start_new_round(db, wall_id, target, round_id=round_id),
            lambda _done: sw.undo_new_round(db, round_id),
            Topic.STARS,
            toast=_("Round {number} has started.").format(number=wall.current.number + 1),
        )

    def _open_editor_as_teacher(self, wall: StarWall | None) -> None:
        if self.context.require_teacher(self):
            self.open_editor(wall)

    def open_editor(self, wall: StarWall | None) -> StarWallEditor:
        """Open the wall editor (new wall when ``wall`` is None)."""
        strengths = catalogue.list_strengths(self.context.db)
        self.editor = StarWallEditor(strengths, wall, self)
        self.editor.accepted.connect(lambda editor=self.editor: self._apply_editor(editor))
        self.editor.open()
        return self.editor

    def _apply_editor(self, editor: StarWallEditor) -> None:
        wall = editor.wall
        if wall is None:
            self.create_wall(editor.draft())
        elif editor.action == "save":
            self.save_wall(wall, editor.draft())
        elif editor.action in ("archive", "unarchive"):
            self.archive_wall(wall, editor.action == "archive")
        elif editor.action == "delete":
            self.delete_wall(wall)

    def create_wall(self, draft: WallDraft) -> str:
        """Create a wall for the active class (undoable); return its id."""
        db, class_id, wall_id = self.context.db, self.context.active_class_id, new_id()
        self.context.view_state.star_wall_id = wall_id
        self.context.perform(
            _("New star wall"),
            lambda: sw.create_wall(
                db,
                class_id,
                draft.goal,
                draft.strength_ids,
                draft.target,
                draft.max_per_day,
                wall_id=wall_id,
            ),
            lambda _done: sw.delete_wall(db, wall_id),
            Topic.STARS,
            toast=_("The star wall is ready."),
        )
        return wall_id

    def save_wall(self, wall: StarWall, draft: WallDraft) -> None:
        """Store the editor's changes (undoable)."""
        db = self.context.db
        self.context.perform(
            _("Edit star wall"),
            lambda: sw.update_wall(
                db, wall.id, draft.goal, draft.strength_ids, draft.target, draft.max_per_day
            ),
            lambda _done: sw.update_wall(
                db, wall.id, wall.goal, wall.strength_ids, wall.current.target, wall.max_per_day
            ),
            Topic.STARS,
            toast=_("The star wall is saved."),
        )

    def archive_wall(self, wall: StarWall, archived: bool) -> None:
        """Put a wall away or bring it back (undoable)."""
        db = self.context.db
        self.context.perform(
            _("Archive star wall") if archived else _("Bring back star wall"),
            lambda: sw.set_wall_archived(db, wall.id, archived),
            lambda _done: sw.set_wall_archived(db, wall.id, not archived),
            Topic.STARS,
            toast=_("The star wall is archived.") if archived else _("The star wall is back."),
        )

    def delete_wall(self, wall: StarWall) -> None:
        """Delete a wall; Undo (toast or Ctrl+Z) brings it back until the app closes."""
        db = self.context.db

        def do() -> sw.WallSnapshot | None:
            return sw.delete_wall(db, wall.id)

        def undo(kept: sw.WallSnapshot | None) -> None:
            if kept is not None:
                sw.restore_wall(db, kept)

        self.context.perform(
            _("Delete star wall"), do, undo, Topic.STARS, toast=_("The star wall is deleted.")
        )
