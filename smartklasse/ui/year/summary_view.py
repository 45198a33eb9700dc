"""The practice summary: placeholder until the summary is built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smartklasse.ui.context import AppContext


class SummaryView(QWidget):
    """The practice summary section."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
