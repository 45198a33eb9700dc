"""The Anerkjennelse page: the pupil of the week, what the class has seen, and the teacher's tools.

The board shows only the pupil of the week (and their name only when the teacher
chose so) and the strengths seen in them; never who gave a recognition.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain import clock
from smartklasse.domain.document_ids import DocumentId
from smartklasse.domain.recognition import MAX_SENTENCE_LENGTH, GiverKind, PupilWeek, quoted
from smartklasse.domain.strengths import Strength
from smartklasse.i18n import _, current_language
from smartklasse.storage import catalogue, classes, recognition
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.page import Page
from smartklasse.ui.recognition.poster import Pill, PosterView

#: data_changed topics that change what this page shows.
TOPICS = frozenset({Topic.RECOGNITION, Topic.PUPILS, Topic.CLASSES, Topic.STRENGTHS})
#: Strength chips per row in the add panel.
CHIP_COLUMNS = 4


class RecognitionPage(Page):
    """Ukas SMARTing on the board: the poster grows as the class adds what it has seen."""

    print_kind = DocumentId.RECOGNITION_POSTER

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.week: PupilWeek | None = None
        self._strengths: list[Strength] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        body = QHBoxLayout()
        body.addLayout(self._build_poster(), 3)
        body.addSpacing(widgets.DESK_HEIGHT // 2)
        body.addWidget(self._build_add_panel(), 2)
        layout.addLayout(body, 1)
        context.class_changed.connect(lambda _id: self.refresh())
        context.data_changed.connect(self._on_data_changed)
        context.pupil_mode_changed.connect(lambda _on: self._update_buttons())
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        self.title = QLabel(_("Pupil of the week"), self)
        self.title.setProperty("heading", True)
        self.title.setFont(widgets.bigger(self.title.font(), 1.5))
        self.name_label = QLabel(self)
        self.name_label.setObjectName("pupil_of_week_name")
        self.name_label.setFont(widgets.bigger(self.font(), 2.6))
        self.show_name_button = widgets.button(
            _("Show the name"), self, "show_name_button", slot=self.toggle_show_name
        )
        self.skip_button = widgets.button(
            _("Away this week"), self, "skip_button", slot=self.skip_pupil
        )
        self.skip_button.setToolTip(
            _("Keeps their turn for next week; the next pupil gets this week")
        )
        self.swap_button = widgets.button(_("Swap…"), self, "swap_button", slot=self.swap_pupil)
        self.card_button = widgets.button(
            _("Give a strength card…"), self, "give_card_button", slot=self.give_card
        )
        self.print_button = widgets.button(
            _("Print poster…"), self, "print_poster_button", slot=self.print_current
        )
        self.focus_button = widgets.button(_("Focus…"), self, "focus_button", slot=self.open_focus)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(24)
        header.addWidget(self.name_label, 1)
        for button in (
            self.show_name_button,
            self.skip_button,
            self.swap_button,
            self.card_button,
            self.print_button,
            self.focus_button,
        ):
            header.addWidget(button)
        return header

    def _build_poster(self) -> QVBoxLayout:
        self.poster = PosterView(self)
        self.sentences = QListWidget(self)
        self.sentences.setObjectName("recognition_sentences")
        self.sentences.setAccessibleName(_("What the class has seen"))
        self.sentences.setFont(widgets.bigger(self.font(), 1.25, bold=False))
        self.sentences.setWordWrap(True)
        self.remove_button = widgets.button(
            _("Remove…"), self, "remove_recognition_button", slot=self.remove_selected
        )
        column = QVBoxLayout()
        column.addWidget(self.poster, 3)
        column.addWidget(self.sentences, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        column.addLayout(row)
        return column

    def _build_add_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        prompt = QLabel(_("What have you seen?"), panel)
        prompt.setFont(widgets.bigger(prompt.font(), 1.3))
        layout.addWidget(prompt)
        self.chip_grid = QGridLayout()
        self.strength_group = QButtonGroup(self)
        self.strength_group.setExclusive(True)
        layout.addLayout(self.chip_grid)
        self.sentence_edit = QLineEdit(panel)
        self.sentence_edit.setObjectName("recognition_sentence")
        self.sentence_edit.setMaxLength(MAX_SENTENCE_LENGTH)
        self.sentence_edit.setPlaceholderText(
            _("A short sentence, e.g. “You helped me with maths”")
        )
        self.sentence_edit.setAccessibleName(_("What you saw"))
        self.sentence_edit.setMinimumHeight(widgets.DESK_HEIGHT)
        self.sentence_edit.returnPressed.connect(self.add_recognition)
        layout.addWidget(self.sentence_edit)
        givers = QHBoxLayout()
        self.giver_group = QButtonGroup(self)
        self.giver_buttons: dict[GiverKind, QPushButton] = {}
        for kind, text in (
            (GiverKind.PUPIL, _("From a classmate")),
            (GiverKind.ADULT, _("From an adult")),
        ):
            chip = widgets.chip(text, panel, f"giver_{kind.value}")
            self.giver_group.addButton(chip)
            self.giver_buttons[kind] = chip
            givers.addWidget(chip)
        self.giver_buttons[GiverKind.PUPIL].setChecked(True)
        layout.addLayout(givers)
        self.add_button = widgets.button(
            _("Add"), panel, "add_recognition_button", slot=self.add_recognition
        )
        self.add_button.setFont(widgets.bigger(self.add_button.font(), 1.2))
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        return panel

    def _fill_chips(self) -> None:
        strengths = catalogue.list_strengths(self.context.db)
        if [s.id for s in strengths] == [s.id for s in self._strengths]:
            return
        for button in self.strength_group.buttons():
            self.strength_group.removeButton(button)
            button.deleteLater()
        self._strengths = strengths
        lang = current_language()
        for index, strength in enumerate(strengths):
            chip = widgets.chip(strength.name(lang), self, f"seen_{strength.id}", strength.colour)
            chip.setProperty("strength_id", strength.id)
            self.strength_group.addButton(chip)
            self.chip_grid.addWidget(chip, *divmod(index, CHIP_COLUMNS))

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the week, its pupil and what has been seen."""
        self._fill_chips()
        db = self.context.db
        class_id = self.context.active_class_id
        self.week = recognition.pupil_week(db, class_id) if class_id else None
        pupil_id = self.week.pupil_id if self.week else None
        if not class_id or not classes.list_pupils(db, class_id):
            self.name_label.setText(_("Add pupils on the Class page first"))
        elif pupil_id is None:
            self.name_label.setText(_("This week waits for the pupil who is away"))
        elif self.week is not None and self.week.show_name:
            pupil = next((p for p in classes.list_pupils(db, class_id) if p.id == pupil_id), None)
            self.name_label.setText(pupil.name if pupil else "")
        else:
            self.name_label.setText("")  # the teacher chose not to show the name
        self.name_label.setAccessibleName(self.name_label.text() or _("The name is hidden"))
        seen = recognition.recognitions_for(db, pupil_id, clock.today()) if pupil_id else []
        by_id = {s.id: s for s in catalogue.list_strengths(db, include_hidden=True)}
        lang = current_language()
        counts: dict[str, int] = {}
        for item in seen:
            counts[item.strength_id] = counts.get(item.strength_id, 0) + 1
        self.poster.set_pills(
            [
                Pill(by_id[sid].name(lang), by_id[sid].colour, count)
                for sid, count in counts.items()
                if sid in by_id
            ],
            _("Tap a strength you have seen this week"),
        )
        self.sentences.clear()
        for item in seen:
            strength = by_id.get(item.strength_id)
            name = strength.name(lang) if strength else ""
            text = f"{name}: {quoted(item.sentence, lang)}" if item.sentence else name
            entry = QListWidgetItem(text, self.sentences)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
        shown = bool(self.week and self.week.show_name)
        self.show_name_button.setText(_("Hide the name") if shown else _("Show the name"))
        self.show_name_button.setAccessibleName(self.show_name_button.text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_pupil = bool(self.week and self.week.pupil_id)
        for button in (self.add_button, self.print_button, self.show_name_button, self.skip_button):
            button.setEnabled(has_pupil)
        self.swap_button.setEnabled(self.week is not None)
        self.card_button.setEnabled(bool(self.context.active_class_id))
        self.focus_button.setEnabled(bool(self.context.active_class_id))

    def on_shown(self) -> None:
        """A new week may have begun since the page was last shown."""
        self.refresh()

    def _on_data_changed(self, topic: Topic) -> None:
        if topic in TOPICS:
            self.refresh()

    def chosen_strength(self) -> str | None:
        """The strength chip tapped, if any."""
        checked = self.strength_group.checkedButton()
        return str(checked.property("strength_id")) if checked else None

    def chosen_giver(self) -> GiverKind:
        """Who is giving: a classmate or an adult."""
        return next((k for k, b in self.giver_buttons.items() if b.isChecked()), GiverKind.PUPIL)

    # -- actions (pupils may add; everything else is the teacher's) ---------------------------
    def add_recognition(self) -> None:
        """Add the strength tapped and the sentence typed to the pupil of the week (undoable)."""
        strength_id = self.chosen_strength()
        if self.week is None or self.week.pupil_id is None or strength_id is None:
            self.context.show_toast(_("Tap a strength first"))
            return
        db = self.context.db
        class_id, pupil_id = self.week.class_id, self.week.pupil_id
        sentence, giver = self.sentence_edit.text(), self.chosen_giver()
        text = _("Recognition added")
        done = self.context.perform(
            text,
            do=lambda: recognition.add_recognition(
                db, class_id, pupil_id, strength_id, sentence, giver
            ),
            undo=lambda rid: recognition.remove_recognition(db, rid),
            topic=Topic.RECOGNITION,
            toast=text,
            pupil_action=True,  # pupils at the board may add, never remove
            parent=self,
        )
        if done is None:
            return  # not saved: the sentence and the strength stay for another try
        self.sentence_edit.clear()
        checked = self.strength_group.checkedButton()
        if checked is not None:
            self.strength_group.setExclusive(False)
            checked.setChecked(False)
            self.strength_group.setExclusive(True)

    def remove_selected(self) -> None:
        """Remove the recognition chosen in the list (the teacher's; undoable)."""
        item = self.sentences.currentItem()
        if item is None or not self.context.require_teacher(self):
            return
        db = self.context.db
        recognition_id = str(item.data(Qt.ItemDataRole.UserRole))
        text = _("Recognition removed")
        self.context.perform(
            text,
            do=lambda: recognition.remove_recognition(db, recognition_id),
            undo=lambda row: recognition.restore_recognition(db, row),
            topic=Topic.RECOGNITION,
            toast=text,
        )

    def toggle_show_name(self) -> None:
        """Show or hide the pupil's name on the board (the teacher's choice)."""
        if self.week is None or not self.context.require_teacher(self):
            return
        wanted = not self.week.show_name
        db, class_id = self.context.db, self.week.class_id
        text = _("The name is shown") if wanted else _("The name is hidden")
        self.context.perform(
            text,
            do=lambda: recognition.set_show_name(db, class_id, wanted),
            undo=lambda before: recognition.set_show_name(db, class_id, before),
            topic=Topic.RECOGNITION,
            toast=text,
        )

    def skip_pupil(self) -> None:
        """The pupil of the week is away: they keep their turn, the next one gets this week."""
        if self.week is None or not self.context.require_teacher(self):
            return
        db, class_id = self.context.db, self.week.class_id
        text = _("Skipped: they keep their turn for next week")
        self.context.perform(
            text,
            do=lambda: recognition.skip_pupil(db, class_id),
            undo=lambda before: recognition.restore_week(db, before),
            topic=Topic.RECOGNITION,
            toast=text,
        )

    def swap_pupil(self) -> None:
        """Give this week to another pupil whose turn it is."""
        if self.week is None or not self.context.require_teacher(self):
            return
        db, class_id = self.context.db, self.week.class_id
        names = {p.id: p.name for p in classes.list_pupils(db, class_id)}
        choices = [pid for pid in recognition.swap_choices(db, class_id) if pid in names]
        if not choices:
            return
        labels = [names[pid] for pid in choices]
        label, ok = QInputDialog.getItem(self, _("Swap"), _("Give this week to:"), labels, 0, False)
        if not ok:
            return
        pupil_id = choices[labels.index(label)]
        text = _("The week is swapped")
        self.context.perform(
            text,
            do=lambda: recognition.swap_pupil(db, class_id, pupil_id),
            undo=lambda before: recognition.restore_week(db, before),
            topic=Topic.RECOGNITION,
            toast=text,
        )

    def give_card(self) -> None:
        """Open the dialog that gives a pupil a strength card with a reason."""
        if not self.context.require_teacher(self):
            return
        from smartklasse.ui.recognition.card_dialog import GiveCardDialog

        GiveCardDialog(self.context, self).exec()

    def open_focus(self) -> None:
        """Show the strengths an activity needs, full screen (the teacher's)."""
        if not self.context.require_teacher(self):
            return
        from smartklasse.ui.recognition.focus import FocusWindow

        window = FocusWindow(self.context, self)
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.exec()

    def print_current(self) -> None:
        """Open the Print dialog at the poster of this week's pupil."""
        if not self.context.require_teacher(self):
            return
        from smartklasse.ui.printing.dialog import open_print_dialog

        pupil_id = self.week.pupil_id if self.week and self.week.pupil_id else ""
        open_print_dialog(self.context, self, self.print_kind, pupil_id)
