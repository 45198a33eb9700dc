"""The teacher's strength catalogue: rename, describe, colour, hide, add, reorder, reset."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.strengths import Strength
from smartklasse.i18n import LANGUAGE_NAMES, _, current_language
from smartklasse.storage import catalogue
from smartklasse.storage import strength_catalogue_edit as edit
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.strengths.model import StrengthListModel


class StrengthEditorDialog(QDialog):
    """Lists every strength (hidden ones too) and edits the chosen one; every edit undoable."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("strength_editor")
        self.setWindowTitle(_("Edit strengths"))
        self.model = StrengthListModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("strength_editor_list")
        self.list_view.setAccessibleName(_("Strengths"))
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().currentChanged.connect(lambda *_a: self._show_current())

        right = QVBoxLayout()
        right.addLayout(self._build_form())
        self._build_actions(right)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list_view, 2)
        layout.addLayout(right, 3)
        self.resize(self.fontMetrics().height() * 50, self.fontMetrics().height() * 30)
        context.data_changed.connect(self._on_data_changed)
        self.refresh()
        self.list_view.setCurrentIndex(self.model.index(0, 0))

    def _build_form(self) -> QFormLayout:
        # The chosen strength's name, description, colour and whether it is shown.
        lang = LANGUAGE_NAMES.get(current_language(), current_language())
        self.name_edit = self._line_edit("strength_name_edit", _("Name"))
        self.name_edit.editingFinished.connect(self._rename)
        self.description_edit = self._line_edit("strength_description_edit", _("Description"))
        self.description_edit.editingFinished.connect(self._describe)
        self.colour_button = widgets.button(
            _("Choose colour…"),
            self,
            "strength_colour_button",
            slot=self._choose_colour,
            height=widgets.DESK_HEIGHT,
        )
        self.shown_check = QCheckBox(_("Show on the cards and when logging"), self)
        self.shown_check.setObjectName("strength_shown_check")
        self.shown_check.setAccessibleName(_("Show this strength"))
        self.shown_check.clicked.connect(self._toggle_hidden)
        form = QFormLayout()
        form.addRow(_("Name ({language}):").format(language=lang), self.name_edit)
        form.addRow(_("Description ({language}):").format(language=lang), self.description_edit)
        form.addRow(_("Colour:"), self.colour_button)
        form.addRow("", self.shown_check)
        return form

    def _build_actions(self, right: QVBoxLayout) -> None:
        # Move, add, reset to the SMART default and close, under the form.
        self.up_button = widgets.button(
            _("Move up"),
            self,
            "strength_up_button",
            slot=lambda: self._move(-1),
            height=widgets.DESK_HEIGHT,
        )
        self.down_button = widgets.button(
            _("Move down"),
            self,
            "strength_down_button",
            slot=lambda: self._move(1),
            height=widgets.DESK_HEIGHT,
        )
        self.add_button = widgets.button(
            _("Add a strength"),
            self,
            "strength_add_button",
            slot=self._add,
            height=widgets.DESK_HEIGHT,
        )
        self.reset_button = widgets.button(
            _("Reset to SMART default…"),
            self,
            "strength_reset_button",
            slot=self._reset,
            height=widgets.DESK_HEIGHT,
        )
        self.reset_button.setProperty("danger", True)
        # Qt's standard Close button: its text comes from the shared Qt button catalogue.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("strength_close_button")
        self.close_button.setMinimumHeight(widgets.DESK_HEIGHT)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        right.addLayout(moves)
        right.addStretch(1)
        right.addWidget(self.add_button)
        right.addWidget(self.reset_button)
        right.addWidget(buttons)

    def _line_edit(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        line.setMinimumHeight(widgets.DESK_HEIGHT)
        return line

    def refresh(self, select: str | None = None) -> None:
        """Reload the list, keeping (or moving to) the chosen strength."""
        current = self.current()
        chosen = select or (current.id if current else None)
        strengths = catalogue.list_strengths(self.context.db, include_hidden=True)
        strengths.sort(key=lambda s: (s.hidden, s.position))
        self.model.set_strengths(strengths, current_language())
        row = self.model.row_of(chosen) if chosen else 0
        self.list_view.selectionModel().setCurrentIndex(
            self.model.index(max(row, 0), 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show_current()

    def current(self) -> Strength | None:
        """The strength being edited."""
        index = self.list_view.currentIndex()
        return self.model.strength(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        strength = self.current()
        lang = current_language()
        self.name_edit.setText(strength.name(lang) if strength else "")
        self.description_edit.setText(strength.description(lang) if strength else "")
        self.shown_check.setChecked(strength is not None and not strength.hidden)
        if strength:
            widgets.tint_swatch(self.colour_button, strength.colour)
        for widget in (
            self.name_edit,
            self.description_edit,
            self.colour_button,
            self.shown_check,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(strength is not None)

    def _on_data_changed(self, topic: Topic) -> None:
        if topic == Topic.STRENGTHS:
            self.refresh()

    # -- edits: each one a single undoable action ---------------------------------------------
    def _apply(self, text: str, change: Callable[[], object], select: str | None = None) -> None:
        db = self.context.db
        before = edit.snapshot(db)
        self.context.perform(
            text,
            do=change,
            undo=lambda _done: edit.restore(db, before),
            topic=Topic.STRENGTHS,
            toast=text,
        )
        if select:
            self.refresh(select)

    def _rename(self) -> None:
        strength = self.current()
        name = self.name_edit.text().strip()
        lang = current_language()
        if strength is None or not name or name == strength.name(lang):
            if strength is not None and not name:
                self.name_edit.setText(strength.name(lang))  # a strength always has a name
            return
        self._apply(
            _("Renamed {old} to {new}").format(old=strength.name(lang), new=name),
            lambda: edit.rename(self.context.db, strength.id, lang, name),
        )

    def _describe(self) -> None:
        strength = self.current()
        text = self.description_edit.text().strip()
        lang = current_language()
        if strength is None or text == strength.description(lang):
            return
        self._apply(
            _("Changed the description of {name}").format(name=strength.name(lang)),
            lambda: edit.set_description(self.context.db, strength.id, lang, text),
        )

    def _choose_colour(self) -> None:
        strength = self.current()
        if strength is None:
            return
        colour = QColorDialog.getColor(QColor(strength.colour), self, _("Colour"))
        if colour.isValid():
            self.set_colour(colour.name())

    def set_colour(self, colour: str) -> None:
        """Give the current strength ``colour`` (``#rrggbb``)."""
        strength = self.current()
        if strength is not None and colour.upper() != strength.colour.upper():
            name = strength.name(current_language())
            self._apply(
                _("Changed the colour of {name}").format(name=name),
                lambda: edit.set_colour(self.context.db, strength.id, colour),
            )

    def _toggle_hidden(self, shown: bool) -> None:
        strength = self.current()
        if strength is None:
            return
        name = strength.name(current_language())
        text = (_("Showing {name} again") if shown else _("Hid {name}")).format(name=name)
        self._apply(text, lambda: edit.set_hidden(self.context.db, strength.id, not shown))

    def _move(self, offset: int) -> None:
        strength = self.current()
        if strength is None or strength.hidden:
            return
        name = strength.name(current_language())
        self._apply(
            _("Moved {name}").format(name=name),
            lambda: edit.move(self.context.db, strength.id, offset),
            select=strength.id,
        )

    def _add(self) -> None:
        created: list[str] = []

        def add() -> None:
            strength_id = edit.add_custom(self.context.db, current_language(), _("New strength"))
            created.append(strength_id)

        self._apply(_("Added a strength"), add)
        if created:
            self.refresh(created[-1])
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def _reset(self) -> None:
        answer = QMessageBox.question(
            self,
            _("Reset to SMART default"),
            _(
                "Put back the 20 SMART strengths with their names, descriptions, colours and "
                "order? Strengths you added are hidden. The class log is not changed, and you "
                "can undo this with Ctrl+Z."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(
                _("Reset the strengths to SMART default"),
                lambda: edit.reset_to_default(self.context.db),
            )
