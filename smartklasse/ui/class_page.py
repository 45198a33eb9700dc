"""The Klassen page: classes and pupils."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smartklasse.storage import classes
from smartklasse.ui.context import AppContext
from smartklasse.ui.page import Page


class ClassPage(Page):
    """Lists the active class's pupils."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        context.class_changed.connect(lambda _id: self.on_shown())
        context.data_changed.connect(lambda _t: self.on_shown())

    def on_shown(self) -> None:
        """Refresh the list."""
        class_id = self.context.active_class_id
        names = [p.name for p in classes.list_pupils(self.context.db, class_id)] if class_id else []
        self.label.setText("\n".join(names))
