"""The Egenskapene page: the card wall, one strength big, and the teacher's catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.document_ids import DocumentId
from smartklasse.domain.languages import is_right_to_left
from smartklasse.domain.strengths import Strength, load_default_strengths
from smartklasse.i18n import _, current_language
from smartklasse.storage import catalogue, strength_of_week
from smartklasse.storage.strength_usage import usage_of_strength
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.page import Page
from smartklasse.ui.strengths.big_view import StrengthBigView
from smartklasse.ui.strengths.cards import StrengthGridView
from smartklasse.ui.strengths.model import StrengthListModel, second_name
from smartklasse.ui.style import TOUCH_TARGET, control_size, current_factor

#: data_changed topics that change what this page shows.
TOPICS = frozenset(
    {Topic.STRENGTHS, Topic.STRENGTH_OF_WEEK, Topic.LOG, Topic.SETTINGS, Topic.CLASSES}
)


class StrengthsPage(Page):
    """All strengths as cards; a tap shows one big with the class's usage and the pin."""

    print_kind = DocumentId.STRENGTHS
    projected = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._shipped: dict[str, Strength] = {s.id: s for s in load_default_strengths()}
        wall = self._build_wall()
        self.big_view = StrengthBigView(self)
        self.big_view.back_requested.connect(self.show_wall)
        self.big_view.pin_toggled.connect(self.set_pinned)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(wall)
        self.stack.addWidget(self.big_view)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addWidget(self.stack)
        self._margins = self.page_layout.contentsMargins()

        context.class_changed.connect(lambda _id: self.refresh())
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _build_wall(self) -> QWidget:
        # The title, the strength of the week and Edit over the grid of cards.
        self.model = StrengthListModel(self)
        self.grid = StrengthGridView(self)
        self.grid.setObjectName("strength_grid")
        self.grid.setAccessibleName(_("The strengths"))
        self.grid.setModel(self.model)
        self.grid.strength_chosen.connect(self.open_strength)
        self.title = QLabel(_("Our strengths"), self)
        self.title.setProperty("heading", True)
        self.title.setFont(widgets.bigger(self.title.font(), 1.5, bold=self.title.font().bold()))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("strength_of_week_label")
        self.edit_button = widgets.button(
            _("Edit strengths…"), self, "edit_strengths_button", slot=self.open_editor
        )
        self.edit_button.setAccessibleName(_("Edit the strength catalogue"))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(24)
        header.addWidget(self.week_label, 1)
        header.addWidget(self.edit_button)
        wall = QWidget(self)
        wall_layout = QVBoxLayout(wall)
        wall_layout.setContentsMargins(0, 0, 0, 0)
        wall_layout.addLayout(header)
        wall_layout.addWidget(self.grid, 1)
        return wall

    # -- showing ------------------------------------------------------------------------------
    def _second_language(self) -> str:
        second = self.context.settings.second_language
        return "" if second == current_language() else second

    def refresh(self) -> None:
        """Read the catalogue, the pin and (in the big view) the usage again."""
        db = self.context.db
        class_id = self.context.active_class_id
        pinned = strength_of_week.current(db, class_id) if class_id else None
        self.model.set_strengths(
            catalogue.list_strengths(db),
            current_language(),
            self._second_language(),
            self._shipped,
            pinned,
        )
        pinned_strength = catalogue.get_strength(db, pinned) if pinned else None
        self.week_label.setText(
            _("Strength of the week: {name}").format(name=pinned_strength.name(current_language()))
            if pinned_strength
            else ""
        )
        if self.stack.currentWidget() is self.big_view:
            self.open_strength(self.big_view.strength_id)

    def open_strength(self, strength_id: str) -> None:
        """Show one strength big, with the active class's usage figures."""
        db = self.context.db
        strength = catalogue.get_strength(db, strength_id)
        if strength is None or strength.hidden:
            self.show_wall()
            return
        class_id = self.context.active_class_id
        lang = current_language()
        second = self._second_language()
        self.big_view.show_strength(
            strength,
            lang,
            second_name(strength, lang, second, self._shipped),
            is_right_to_left(second) if second else False,
            pinned=bool(class_id) and strength_of_week.current(db, class_id) == strength.id,
            usage=usage_of_strength(db, class_id, strength.id) if class_id else None,
        )
        self.stack.setCurrentWidget(self.big_view)
        self.big_view.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_wall(self) -> None:
        """Back to all the cards, keeping the last opened card current."""
        shown = self.big_view.strength_id
        self.stack.setCurrentIndex(0)
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.grid.setCurrentIndex(self.model.index(row, 0))
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_shown(self) -> None:
        """Refresh when the page comes into view (the log may have grown)."""
        self.refresh()

    def on_projection(self) -> None:
        """Full screen: the wall becomes the poster, every card at once."""
        # The poster takes the height the page's top and bottom margins had.
        m = self._margins
        top = 0 if self.projected_text_px else m.top()
        bottom = 0 if self.projected_text_px else m.bottom()
        self.page_layout.setContentsMargins(m.left(), top, m.right(), bottom)
        # and the teacher's button is a control's size, not a board target's.
        self.edit_button.setMinimumHeight(
            control_size(current_factor()) if self.projected_text_px else TOUCH_TARGET
        )
        self.grid.set_projection(self.projected_text_px)

    # -- actions ------------------------------------------------------------------------------
    def set_pinned(self, strength_id: str, pin: bool) -> None:
        """Pin (or unpin) the class's strength of the week, undoably."""
        if not self.context.require_teacher(self):
            return
        db = self.context.db
        class_id = self.context.active_class_id
        if not class_id:
            return
        before = strength_of_week.pinned(db, class_id)
        after = strength_id if pin else None
        strength = catalogue.get_strength(db, strength_id)
        name = strength.name(current_language()) if strength else ""
        text = (
            _("{name} is the strength of the week").format(name=name)
            if pin
            else _("{name} is no longer the strength of the week").format(name=name)
        )
        self.context.perform(
            text,
            do=lambda: strength_of_week.set_pinned(db, class_id, after),
            undo=lambda _done: strength_of_week.set_pinned(db, class_id, before),
            topic=Topic.STRENGTH_OF_WEEK,
            toast=text,
        )

    def open_editor(self) -> None:
        """Open the teacher's catalogue editor."""
        if not self.context.require_teacher(self):
            return
        from smartklasse.ui.strengths.editor import StrengthEditorDialog

        dialog = StrengthEditorDialog(self.context, self)
        dialog.exec()

    def _on_data_changed(self, topic: Topic) -> None:
        # Behind another page nothing is read: on_shown refreshes when the page comes back.
        if topic in TOPICS and self.is_current():
            self.refresh()
