"""Hjulet: project a wheel, spin it, and let pupils log the tasks they did."""

from __future__ import annotations

import random

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain import clock
from smartklasse.domain import spin as spin_rules
from smartklasse.domain.document_ids import DocumentId
from smartklasse.domain.periods import Period
from smartklasse.domain.wheel_geometry import segment_under_pointer, span
from smartklasse.domain.wheels import Wheel
from smartklasse.i18n import _, current_language, format_date_range, ngettext
from smartklasse.storage import catalogue, classes, log, periods, strength_of_week, wheel_progress
from smartklasse.storage.ids import new_id
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.page import Page
from smartklasse.ui.style import TOUCH_TARGET
from smartklasse.ui.wheel import accessible
from smartklasse.ui.wheel.tap_flow import TapAnswers, TapFlow
from smartklasse.ui.wheel.widget import WheelWidget


class WheelPage(Page):
    """The wheel page. It wires the wheel widget, the spin and the tap flow to storage."""

    print_kind = DocumentId.REFLECTION
    projected = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rng = random.Random()
        self.wheels: list[Wheel] = []
        self.wheel: Wheel | None = None
        self.plan: spin_rules.SpinPlan | None = None
        self.result_task_id = ""
        self.tap_flow: TapFlow | None = None
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(16)
        self._timer.timeout.connect(self._tick)

        self.wheel_widget = WheelWidget(self)
        self.wheel_widget.setAccessibleName(_("The SMART wheel"))
        self.wheel_widget.segment_activated.connect(self.open_task)
        self.wheel_widget.hub_activated.connect(self.spin)
        # Built in reading order: the order widgets are made is the keyboard's Tab order.
        header = self._build_header()
        side = self._build_side()
        # The period heads the side column, so the wheel has the page's whole height.
        side.insertWidget(0, self.strength_of_week)
        side.insertLayout(0, header)
        body = QHBoxLayout()
        body.addWidget(self.wheel_widget, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        # Low top and bottom margins: the whole page fits a 1366×768 laptop with a taskbar.
        margins = layout.contentsMargins()
        layout.setContentsMargins(margins.left(), 4, margins.right(), 4)
        layout.addLayout(body, 1)
        # Space spins wherever the keyboard is in the window while this page shows: a shortcut,
        # so a button that had focus (a wheel colour, "Start a new round", the class list) is
        # never pressed by it instead. Text fields keep their spaces; dialogs are other windows.
        self.spin_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.spin_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.spin_shortcut.activated.connect(self.spin)

        context.class_changed.connect(lambda _id: self.refresh())
        context.data_changed.connect(self._on_data_changed)
        self.reload_wheels()

    def _build_header(self) -> QHBoxLayout:
        # The period and its edit button (the strength of the week goes below them).
        self.period_label = QLabel(self)
        self.period_label.setObjectName("wheel_period")
        self.period_button = widgets.button(
            _("Change period"),
            self,
            "wheel_period_edit",
            slot=self.edit_period,
            height=widgets.DESK_HEIGHT,
        )
        self.strength_of_week = QLabel(self)
        self.strength_of_week.setObjectName("wheel_strength_of_week")
        self.strength_of_week.hide()
        header = QHBoxLayout()
        header.addWidget(self.period_label)
        header.addWidget(self.period_button)
        header.addStretch(1)
        return header

    def _build_side(self) -> QVBoxLayout:
        # The wheel switcher, Spin, the result and the teacher's buttons beside the wheel.
        self.switcher = QHBoxLayout()
        self.switcher.setSpacing(8)
        self.wheel_buttons: dict[str, QPushButton] = {}
        self.spin_button = widgets.button(
            _("Spin the wheel"),
            self,
            "wheel_spin",
            slot=self.spin,
            tip=_("Spin the wheel (Space)"),
            height=round(TOUCH_TARGET * 1.4),
        )
        self.spin_button.setProperty("primary", True)
        self.spin_button.setFont(widgets.bigger(self.font(), 1.5))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("wheel_result")
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_label.setFont(widgets.bigger(self.font(), 2.0))
        self.done_button = widgets.button(
            _("We did the task!"),
            self,
            "wheel_result_done",
            slot=lambda: self.open_task_id(self.result_task_id),
        )
        self.done_button.setFont(widgets.bigger(self.font(), 1.2))
        self.done_button.hide()
        self.picked_label = QLabel(self)
        self.picked_label.setObjectName("wheel_picked")
        self.picked_label.setWordWrap(True)
        self.reset_button = widgets.button(
            _("Start a new round"),
            self,
            "wheel_picked_reset",
            slot=self.reset_picks,
            height=widgets.DESK_HEIGHT,
        )
        self.hint_label = QLabel(_("Did the task? Tap it on the wheel."), self)
        self.hint_label.setWordWrap(True)
        self.edit_button = widgets.button(
            _("Edit wheels…"), self, "wheel_edit", slot=self.edit_wheels, height=widgets.DESK_HEIGHT
        )
        side = QVBoxLayout()
        side.setSpacing(14)
        side.addLayout(self.switcher)
        side.addWidget(self.spin_button)
        side.addWidget(self.result_label, 1)
        side.addWidget(self.done_button)
        side.addWidget(self.picked_label)
        side.addWidget(self.reset_button)
        side.addStretch(1)
        side.addWidget(self.hint_label)
        side.addWidget(self.edit_button)
        return side

    # -- data ----------------------------------------------------------------------------------
    def reload_wheels(self) -> None:
        """Read the wheels and rebuild the switcher."""
        self.wheels = catalogue.list_wheels(self.context.db)
        for button in self.wheel_buttons.values():
            self.switcher.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.wheel_buttons.clear()
        lang = current_language()
        for index, wheel in enumerate(self.wheels):
            button = widgets.button(
                wheel.name(lang), self, f"wheel_switch_{wheel.id}", height=round(TOUCH_TARGET * 1.1)
            )
            button.setCheckable(True)
            # One wheel shows at a time: screen readers hear radio buttons, not check boxes.
            button.setAutoExclusive(True)
            button.setMinimumWidth(TOUCH_TARGET * 2)
            button.setProperty("look", "switch")
            if index < 9:
                button.setToolTip(_("Show this wheel ({key})").format(key=index + 1))
            widgets.tint_toggle(button, wheel.colour, coloured_text=True)
            button.clicked.connect(lambda _c=False, wid=wheel.id: self.show_wheel(wid))
            self.switcher.addWidget(button)
            self.wheel_buttons[wheel.id] = button
        self.fit_projection()
        ids = [w.id for w in self.wheels]
        current = self.wheel.id if self.wheel else self.context.view_state.wheel_id
        if self.wheels:
            self.show_wheel(current if current in ids else ids[0])

    def show_wheel(self, wheel_id: str) -> None:
        """Show one of the wheels."""
        wheel = next((w for w in self.wheels if w.id == wheel_id), None)
        if wheel is None or self._timer.isActive():
            return
        changed = self.wheel is None or self.wheel.id != wheel.id
        self.wheel = wheel
        self.context.view_state.wheel_id = wheel.id
        for wid, button in self.wheel_buttons.items():
            button.setChecked(wid == wheel_id)
        lang = current_language()
        self.wheel_widget.set_wheel(
            [t.text(lang) for t in wheel.tasks], wheel.colour, wheel.name(lang)
        )
        if changed:
            # Rest with the first task under the pointer, not a border.
            self.wheel_widget.set_rotation(-span(len(wheel.tasks)) / 2 if wheel.tasks else 0.0)
            self.wheel_widget.set_highlight(None)
            self.result_label.setText("")
            self.done_button.hide()
        self.refresh()

    def refresh(self) -> None:
        """Show the period, progress and picked marks of the active class on this wheel."""
        wheel = self.wheel
        if wheel is None:
            return
        db, class_id = self.context.db, self.context.active_class_id
        current = periods.current_period(db, class_id, clock.today())
        period = current.period
        self.period_label.setText(
            _("Period: {dates}").format(dates=format_date_range(period.start, period.end))
        )
        self.period_button.setEnabled(bool(class_id))
        self.period_button.setToolTip(
            _("Change the period and the tasks the class chose")
            if class_id
            else _("Make a class first, on the Class page.")
        )
        self.period_label.setToolTip(
            _(
                "A week runs Monday to Sunday: a task done on Saturday or Sunday "
                "counts for the week that just ended."
            )
            if current.id is None
            else ""
        )
        self._show_progress(class_id, period)
        picked = wheel_progress.picked_tasks(db, class_id, wheel.id)
        self.wheel_widget.set_picked([t.id in picked for t in wheel.tasks])
        self.wheel_widget.set_chosen([t.id in current.chosen_task_ids for t in wheel.tasks])
        n = len([t for t in wheel.tasks if t.id in picked])
        self.picked_label.setText(
            ngettext(
                "Picked so far: {n} of {total} task",
                "Picked so far: {n} of {total} tasks",
                len(wheel.tasks),
            ).format(n=n, total=len(wheel.tasks))
        )
        self.reset_button.setEnabled(n > 0)
        self.reset_button.setToolTip(
            _("Every task can be picked again (asks first, Ctrl+Z takes it back).")
            if n > 0
            else _("No task has been picked in this round yet.")
        )
        self._show_strength_of_week(class_id)

    def _show_progress(self, class_id: str, period: Period) -> None:
        """Mark how often each task of the shown wheel was done in ``period``."""
        wheel = self.wheel
        if wheel is None:
            return
        db = self.context.db
        done = wheel_progress.completions(db, class_id, wheel.id, period) if class_id else {}
        self.wheel_widget.set_progress([done.get(t.id, 0) for t in wheel.tasks])

    def _show_strength_of_week(self, class_id: str) -> None:
        """Show the class's pinned strength in its colour, or nothing."""
        strength_id = strength_of_week.current(self.context.db, class_id) if class_id else None
        strength = catalogue.get_strength(self.context.db, strength_id) if strength_id else None
        if strength is None:
            self.strength_of_week.hide()
            return
        self.strength_of_week.setText(
            _("Strength of the week: {name}").format(name=strength.name(current_language()))
        )
        widgets.tint_badge(self.strength_of_week, strength.colour, scale=0.7)
        self.strength_of_week.show()

    def _on_data_changed(self, topic: Topic) -> None:
        if topic == Topic.WHEELS:
            self.reload_wheels()
        elif topic == Topic.LOG:
            # A logged (or undone) task changes only the progress marks; the period, the
            # picks and the strength of the week have topics of their own. Behind another
            # page nothing is read: on_shown refreshes everything when the page comes back.
            if self.is_current():
                class_id = self.context.active_class_id
                current = periods.current_period(self.context.db, class_id, clock.today())
                self._show_progress(class_id, current.period)
        else:
            self.refresh()

    # -- spinning ------------------------------------------------------------------------------
    def spin(self) -> None:
        """Pick a task fairly, store the pick, then show it with a spin (or at once)."""
        wheel = self.wheel
        if wheel is None or not wheel.tasks:
            return
        if self._timer.isActive():
            self._land()  # a second Space while spinning: stop at the result at once
            return
        db, class_id = self.context.db, self.context.active_class_id
        ids = [t.id for t in wheel.tasks]
        pick = spin_rules.fair_pick(
            ids, wheel_progress.picked_tasks(db, class_id, wheel.id), self.rng
        )
        if not self.context.write(
            lambda: wheel_progress.set_picked_tasks(db, class_id, wheel.id, pick.picked),
            self,
            pupil_action=True,
        ):
            return
        if pick.new_round:
            # Replaces "the next spin starts a new round" if that is still showing.
            self.context.show_toast(_("A new round has started."))
        self.result_task_id = pick.task_id
        self.context.view_state.task_id = pick.task_id
        self.plan = spin_rules.plan_spin(
            ids.index(pick.task_id), len(ids), self.wheel_widget.rotation() % 360.0, self.rng
        )
        self.wheel_widget.set_highlight(None)
        self.result_label.setText("")
        self.done_button.hide()
        if self.context.settings.reduced_motion:
            self._land()
            return
        self.wheel_widget.set_interactive(False)
        self.spin_button.setEnabled(False)
        self._clock.start()
        self._timer.start()

    def is_spinning(self) -> bool:
        """True while the wheel turns."""
        return self._timer.isActive()

    def _tick(self) -> None:
        plan = self.plan
        if plan is None or self._clock.elapsed() >= plan.duration_ms:
            self._land()
            return
        elapsed = self._clock.elapsed()
        # Quick frames while the eye cannot follow; full quality once it can.
        radius = self.wheel_widget.wheel_circle()[2] * self.wheel_widget.devicePixelRatioF()
        fast = spin_rules.is_quick(plan, elapsed, radius)
        self.wheel_widget.set_rotation(spin_rules.rotation_at(plan, elapsed), fast)

    def _land(self) -> None:
        self._timer.stop()
        plan, wheel = self.plan, self.wheel
        if plan is None or wheel is None:
            return
        self.wheel_widget.set_rotation(plan.end)
        index = segment_under_pointer(plan.end, len(wheel.tasks))
        self.wheel_widget.set_highlight(index)
        self.wheel_widget.focus_segment(index)
        self.wheel_widget.set_interactive(True)
        self.spin_button.setEnabled(True)
        widgets.tint_text(self.result_label, wheel.colour)
        landed = wheel.tasks[index].text(current_language())
        self.result_label.setText(landed)
        accessible.announce(self.wheel_widget, _("The wheel landed on: {task}").format(task=landed))
        self.done_button.show()
        self.refresh()
        db, class_id = self.context.db, self.context.active_class_id
        picked = wheel_progress.picked_tasks(db, class_id, wheel.id)
        if {t.id for t in wheel.tasks} <= picked:
            # The fair round is complete: say so, rather than start the next one silently.
            self.context.show_toast(
                ngettext(
                    "All {n} task has been picked. The next spin starts a new round.",
                    "All {n} tasks have been picked. The next spin starts a new round.",
                    len(wheel.tasks),
                ).format(n=len(wheel.tasks))
            )
        if self.context.settings.sound:
            from smartklasse.ui.wheel.sound import play_landing

            play_landing(self.context.data_dir)

    def reset_picks(self) -> None:
        """Start a new fair round after asking: every task can be picked again (undoable)."""
        wheel = self.wheel
        if wheel is None or not self.context.require_teacher(self):
            return
        answer = QMessageBox.question(
            self,
            _("Start a new round"),
            _("Start a new round? Every task on the wheel can be picked again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Clearing the round's picks is one undoable action (Ctrl+Z or the toast's Undo).
        db, class_id = self.context.db, self.context.active_class_id

        def do() -> frozenset[str]:
            before = wheel_progress.picked_tasks(db, class_id, wheel.id)
            wheel_progress.set_picked_tasks(db, class_id, wheel.id, ())
            return before

        self.context.perform(
            _("Start a new round"),
            do,
            lambda before: wheel_progress.set_picked_tasks(db, class_id, wheel.id, before),
            Topic.WHEEL_PICKS,
            toast=_("A new round has started."),
        )

    # -- pupils log a task ---------------------------------------------------------------------
    def open_task(self, index: int) -> None:
        """A pupil tapped segment ``index``: ask who, which strengths, and reflect."""
        if self.wheel is not None and 0 <= index < len(self.wheel.tasks):
            self.open_task_id(self.wheel.tasks[index].id)

    def open_task_id(self, task_id: str) -> None:
        """Open the tap flow for a task of the shown wheel."""
        wheel = self.wheel
        task = next((t for t in wheel.tasks if t.id == task_id), None) if wheel else None
        if wheel is None or task is None:
            return
        self.context.view_state.task_id = task_id
        class_id = self.context.active_class_id
        if not class_id:
            self.context.show_toast(_("Make a class first, on the Class page."))
            return
        db = self.context.db
        text = task.text(current_language())
        flow = TapFlow(
            text,
            wheel.colour,
            classes.list_pupils(db, class_id),
            catalogue.list_strengths(db),
            self.window(),
        )

        def save(answers: TapAnswers) -> None:
            if not self._log(class_id, wheel.id, task.id, text, answers):
                flow.save_failed()

        flow.answered.connect(save)
        flow.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window = self.window()
        flow.resize(round(window.width() * 0.85), round(window.height() * 0.85))
        self.tap_flow = flow
        flow.open()

    def _log(self, class_id: str, wheel_id: str, task_id: str, text: str, a: TapAnswers) -> bool:
        """Save what the pupils answered; False (the flow stays open) if it was not saved."""
        db = self.context.db
        entry_id = new_id()

        def do() -> None:
            log.add_entry(
                db,
                class_id,
                wheel_id=wheel_id,
                task_id=task_id,
                task_text=text,
                pupil_ids=a.pupil_ids,
                strength_ids=a.strength_ids,
                whole_class=a.whole_class,
                reflection_me=a.reflection_me,
                reflection_others=a.reflection_others,
                entry_id=entry_id,
            )

        command = self.context.perform(
            _("Log “{task}”").format(task=text),
            do,
            lambda _done: log.delete_entry(db, entry_id),
            Topic.LOG,
            toast=_("Saved. Well done!"),
            pupil_action=True,
        )
        return command is not None

    # -- teacher -------------------------------------------------------------------------------
    def edit_period(self) -> None:
        """Let the teacher set the period and the chosen tasks."""
        if not self.context.require_teacher(self):
            return
        from smartklasse.ui.wheel.period_dialog import edit_period

        if self.wheel is not None and self.context.active_class_id:
            self.period_dialog = edit_period(self.window(), self.context, self.wheel)

    def edit_wheels(self) -> None:
        """Open the wheel editor for the shown wheel."""
        if not self.context.require_teacher(self):
            return
        from smartklasse.ui.wheel.editor import WheelEditor

        if self.wheel is not None:
            editor = WheelEditor(self.context, self.wheel, self.window())
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.editor = editor
            editor.open()

    def on_shown(self) -> None:
        """Refresh and put the keyboard on the wheel, so Space spins at once."""
        self.refresh()
        self.wheel_widget.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """1–9 show the wheels (Space is the page's spin shortcut)."""
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not event.modifiers():
            index = key - Qt.Key.Key_1
            if index < len(self.wheels):
                self.show_wheel(self.wheels[index].id)
        else:
            super().keyPressEvent(event)
